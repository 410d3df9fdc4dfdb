"""The full comparison of one pair (per task, per FML item, with beoordelingspunten) and the
answer to "why is candidate X not in work Y's list"."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from werkbrug.domain.errors import Message
from werkbrug.domain.matching.arrays import encode_candidates, encode_work
from werkbrug.domain.matching.evaluate import PairResult, evaluate
from werkbrug.domain.matching.kernel import evaluate_block, feasible_pairs
from werkbrug.domain.matching.settings import MatchSettings, load_settings
from werkbrug.domain.matching.specs import CandidateSpec, WorkSpec
from werkbrug.domain.matching.topk import SCORE_SCALE
from werkbrug.domain.trust import points as pts
from werkbrug.domain.trust.rules import load_point_rules
from werkbrug.matching import loading
from werkbrug.matching.presenting import pair_dict
from werkbrug.registry.models import Candidate, Work


def _settings(fair: bool) -> MatchSettings:
    return load_settings().fair() if fair else load_settings()


def specs(candidate: Candidate, work: Work) -> tuple[CandidateSpec, WorkSpec]:
    [c] = loading.candidate_specs(Candidate.objects.filter(id=candidate.id))
    [w] = loading.work_specs(Work.objects.filter(id=work.id))
    return c, w


def pair_points(candidate: Candidate, work: Work, today: date, fair: bool = False
                ) -> tuple[PairResult, list[pts.ItemRow], list[pts.Point]]:
    settings = _settings(fair)
    c, w = specs(candidate, work)
    result = evaluate(c, w, settings, today)
    rows, points = pts.compare(c, w, result, settings)
    return result, rows, points


def explain(candidate_ident: str, work_ident: str, today: date | None = None, language: str = "nl",
            fair: bool = False) -> dict[str, Any]:
    """matching.services.explain plus the comparison per task and FML item and the beoordelingspunten."""
    today = today or date.today()
    candidate, work = loading.find(Candidate, candidate_ident), loading.find(Work, work_ident)
    settings = _settings(fair)
    c, w = specs(candidate, work)
    result = evaluate(c, w, settings, today)
    rows, points = pts.compare(c, w, result, settings)
    return (pair_dict(result, c, w, language) | pts.as_dicts(rows, points, language)
            | {"tasks": pts.task_results(w, rows), "points_version": load_point_rules().version})


def _rank(candidate: CandidateSpec, work: WorkSpec, pool: list[CandidateSpec], settings: MatchSettings,
          today: date) -> int | None:
    """The candidate's place in the work item's list as services.recommend_for_work orders it."""
    W = encode_work([work], today)
    C = encode_candidates(pool, W.vocabulary, settings, today)
    pairs = feasible_pairs(C, W, evaluate_block(C, W, np.arange(len(C)), np.arange(len(W))), settings)
    ids = C.ids[pairs.candidate]
    order = np.lexsort((ids, -np.rint(pairs.score * SCORE_SCALE)))
    ranked = ids[order].tolist()
    return ranked.index(candidate.id) + 1 if candidate.id in ranked else None


def _reason(code: str, nl: str, en: str, language: str, **extra: Any) -> dict[str, Any]:
    return {"code": code, "text": Message(nl, en).text(language)} | extra


def _gate_reasons(candidate: Candidate, work: Work, today: date, employer_view: bool,
                  language: str) -> list[dict[str, Any]]:
    out = []
    if work.status != "open":
        out.append(_reason("work_not_open", "het werk staat niet open", "the work item is not open", language))
    if not loading.available_candidates(today).filter(id=candidate.id).exists():
        out.append(_reason("placed", "de kandidaat heeft een lopende plaatsing",
                           "the candidate has a running placement", language))
    if employer_view and not (candidate.visible_by_candidate and candidate.visible_by_consultant):
        who = [n for n, on in (("candidate", candidate.visible_by_candidate),
                               ("consultant", candidate.visible_by_consultant)) if not on]
        out.append(_reason("no_consent", "niet zichtbaar voor werkgevers: toestemming ontbreekt",
                           "not visible to employers: consent missing", language, missing=who))
    return out


_CONFLICT_CODES = {"availability": "unavailable", "travel": "outside_travel", "fml": "fml_conflict",
                   "hours": "hours", "certificate": "certificate"}


def why_not(candidate_ident: str, work_ident: str, top: int = 10, today: date | None = None,
            employer_view: bool = False, fair: bool = False, language: str = "nl") -> dict[str, Any]:
    """Every reason the candidate is missing from the work item's top list (empty when present)."""
    today, settings = today or date.today(), _settings(fair)
    candidate, work = loading.find(Candidate, candidate_ident), loading.find(Work, work_ident)
    c, w = specs(candidate, work)
    result = evaluate(c, w, settings, today)
    reasons = _gate_reasons(candidate, work, today, employer_view, language)
    reasons += [_reason(_CONFLICT_CODES.get(x.kind, x.kind), x.message.nl, x.message.en, language,
                        item=x.item, task=x.task) for x in result.conflicts
                if not (x.kind == "fml" and result.verdict != "excluded")]
    if result.verdict == "fits_without_tasks":
        reasons.append(_reason("only_without_task", "past alleen zonder een taak; lijsten tonen hele functies",
                               "fits only without a task; lists show whole jobs", language,
                               tasks=list(result.carving.dropped) if result.carving else []))
    rank = None
    if not reasons:
        pool = loading.candidate_specs(loading.available_candidates(today))
        rank = _rank(c, w, pool, settings, today)
        if rank is not None and rank > top:
            reasons.append(_reason("rank_below_top", f"plaats {rank}, de lijst toont de eerste {top}",
                                   f"rank {rank}, the list shows the first {top}", language, rank=rank))
    return {"candidate": candidate.external_key, "work": work.external_key, "top": top, "verdict": result.verdict,
            "rank": rank, "in_list": not reasons, "reasons": reasons,
            "unavailable_reason": candidate.unavailable_reason if any(
                r["code"] == "unavailable" for r in reasons) else ""}

