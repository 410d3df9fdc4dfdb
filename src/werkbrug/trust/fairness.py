"""Fairness monitoring over stored outcomes (recommended, introduced, placed in a period) and
over the engine's own top-k lists. Groups: age band, gender, doelgroep category, region — only
data the registry already holds. The statistics are in werkbrug.domain.trust.fairness."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from django.db.models import Q, QuerySet

from werkbrug.domain.matching.arrays import encode_candidates, encode_work
from werkbrug.domain.matching.settings import load_settings
from werkbrug.domain.matching.topk import top_k
from werkbrug.domain.trust import fairness as stats
from werkbrug.matching import loading
from werkbrug.matching.models import MatchProposal, ProposalEvent
from werkbrug.registry.models import Candidate, DoelgroepRegistration, Placement

DIMENSIONS = ("age_band", "gender", "doelgroep", "region")
NONE = "-"


def _people(queryset: QuerySet[Candidate], on: date) -> list[dict[str, Any]]:
    doelgroep = dict(DoelgroepRegistration.objects.filter(
        candidate__in=queryset, valid_from__lte=on).filter(Q(valid_to__isnull=True) | Q(valid_to__gte=on))
        .order_by("candidate_id", "valid_from").values_list("candidate_id", "category"))
    return [{"id": pk, "age_band": stats.age_band(born, on), "gender": gender or NONE,
             "doelgroep": doelgroep.get(pk, NONE), "region": region or NONE}
            for pk, born, gender, region in queryset.order_by("id").values_list(
                "id", "date_of_birth", "gender", "arbeidsmarktregio").iterator(chunk_size=5000)]


def _rows(rates: dict[str, list[stats.GroupRate]]) -> dict[str, list[dict[str, Any]]]:
    return {d: [asdict(r) for r in rows] for d, rows in rates.items()}


def _flagged(outcomes: dict[str, Any]) -> list[str]:
    return sorted({f"{name}: {d}={r['group']}" for name, o in outcomes.items()
                   for d, rows in o["groups"].items() for r in rows if r["four_fifths"]})


def _outcome(people: list[dict[str, Any]], chosen: set[int], min_group: int) -> dict[str, Any]:
    selected = [p["id"] in chosen for p in people]
    return {"people": len(people), "selected": sum(selected),
            "groups": _rows(stats.report(people, selected, DIMENSIONS, min_group))}


def period_report(start: date, end: date, min_group: int = 10) -> dict[str, Any]:
    """Rates over everyone registered by `end`: recommended (a proposal created), introduced (a
    step to 'introduced') and placed (a placement starting) within [start, end]."""
    people = _people(Candidate.objects.filter(registered_on__lte=end), end)
    recommended = set(MatchProposal.objects.filter(created_at__date__range=(start, end))
                      .values_list("candidate_id", flat=True))
    introduced = set(ProposalEvent.objects.filter(to_status="introduced", at__date__range=(start, end))
                     .values_list("proposal__candidate_id", flat=True))
    placed = set(Placement.objects.filter(start_date__range=(start, end)).values_list("candidate_id", flat=True))
    outcomes = {"recommended": _outcome(people, recommended, min_group),
                "introduced": _outcome(people, introduced, min_group),
                "placed": _outcome(people, placed, min_group)}
    return {"from": start.isoformat(), "to": end.isoformat(), "min_group": min_group,
            "threshold": stats.FOUR_FIFTHS, "outcomes": outcomes, "flagged": _flagged(outcomes)}


def engine_report(today: date, k: int = 10, region: str | None = None, min_group: int = 10) -> dict[str, Any]:
    """The same rates over the engine's own lists: a candidate is selected when they appear in
    the top k of at least one open work item."""
    settings = load_settings()
    cands, works = loading.available_candidates(today), loading.open_work()
    if region:
        cands = cands.filter(arbeidsmarktregio=region)
        works = works.filter(location__arbeidsmarktregio=region)
    c_specs, w_specs = loading.candidate_specs(cands), loading.work_specs(works)
    chosen: set[int] = set()
    if c_specs and w_specs:
        W = encode_work(w_specs, today)
        C = encode_candidates(c_specs, W.vocabulary, settings, today)
        rows = top_k(C, W, settings, k=k).candidates_for_work
        chosen = {c_specs[r].id for r in rows[rows >= 0].tolist()}
    outcomes = {"engine_top_k": _outcome(_people(cands, today), chosen, min_group)}
    return {"reference_date": today.isoformat(), "k": k, "region": region or "", "min_group": min_group,
            "threshold": stats.FOUR_FIFTHS, "parameters_version": settings.version, "outcomes": outcomes,
            "flagged": _flagged(outcomes)}


def write_xlsx(report: dict[str, Any], path: Path) -> None:
    """One sheet per outcome: one row per dimension and group."""
    from openpyxl import Workbook  # heavy import, only when needed

    book = Workbook()
    book.remove(book.active)
    head = ["dimension", "group", "people", "selected", "rate", "low", "high", "ratio", "ratio_low",
            "ratio_high", "four_fifths", "clear"]
    for name, outcome in report["outcomes"].items():
        sheet = book.create_sheet(name[:31])
        sheet.append(head)
        for dimension, rows in outcome["groups"].items():
            for r in rows:
                sheet.append([dimension, *(r[h] for h in head[1:])])
    book.save(path)
