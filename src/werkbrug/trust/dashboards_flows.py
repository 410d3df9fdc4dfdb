"""Regional figures for policy analysts, part two: doorstroom between situation groups (the
pathways report) and Social Return totals per region of the buying organisation. Aggregates only,
small counts suppressed (trust.disclosure)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, Sum

from werkbrug.pathways import services as pathways
from werkbrug.sroi.models import Contract, Entry
from werkbrug.sroi.valuing import gross_obligation
from werkbrug.sroi.workflow import load_workflow
from werkbrug.trust import disclosure

TOTAL = "totaal / total"  # the pathways report's name for the all-regions line


def _pair_lines(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One pair's regions plus its total: cohorts and movers protected across the regions."""
    regions = [r for r in rows if r["region"] != TOTAL]
    totals = [r for r in rows if r["region"] == TOTAL]
    ordered = regions + totals
    cohorts = disclosure.protect([r["cohort"] for r in regions]) + [disclosure.total([r["cohort"] for r in regions])]
    moved = disclosure.protect([r["moved"] for r in regions]) + [disclosure.total([r["moved"] for r in regions])]
    lines = []
    for row, cohort, mover in zip(ordered, cohorts, moved, strict=False):
        rate = None
        if not (cohort.suppressed or mover.suppressed):
            rate = disclosure.safe_rate(row["moved"], row["cohort"])
        lines.append({"source": row["source"], "target": row["target"], "region": row["region"],
                      "total": row["region"] == TOTAL, "cohort": cohort, "moved": mover, "rate": rate})
    return lines


def doorstroom(year: int, region: str | None = None) -> dict[str, Any]:
    """Doorstroom in the calendar year (mode `end`: the cohort on 1 January, in the target group on
    31 December), per pair of situation groups and region (docs/pathways.md)."""
    report = pathways.outcome_report_for_dashboards(date(year, 1, 1), date(year, 12, 31), region=region)
    by_pair: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in report["doorstroom"]:
        by_pair[(row["source"], row["target"])].append(row)
    lines = [line for rows in by_pair.values() for line in _pair_lines(rows)]
    return {"year": year, "region": region or "", "model_version": report["model_version"], "rows": lines}


def _states() -> tuple[list[str], list[str]]:
    states = load_workflow().states
    return ([code for code, s in states.items() if s.counts], [code for code, s in states.items() if s.verified])


def sroi_totals(year: int, region: str | None = None) -> dict[str, Any]:
    """Per region of the buyer: contracts running in the year, their obligation, the value realised
    and verified by entries starting in the year, and the people placed through those entries."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    contracts = Contract.objects.filter(start_date__lte=end, end_date__gte=start).select_related("buyer")
    if region:
        contracts = contracts.filter(buyer__arbeidsmarktregio=region)
    counting, verified = _states()
    per_region: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"contracts": 0, "obligation": Decimal(0), "realised": Decimal(0), "verified": Decimal(0), "people": 0})
    for contract in contracts:
        line = per_region[contract.buyer.arbeidsmarktregio or ""]
        line["contracts"] += 1
        line["obligation"] += gross_obligation(contract)
    entries = (Entry.objects.filter(contract__in=contracts, period_start__range=(start, end))
               .values("contract__buyer__arbeidsmarktregio")
               .annotate(realised=Sum("value_eur", filter=Q(status__in=counting)),
                         verified=Sum("value_eur", filter=Q(status__in=verified)),
                         people=Count("candidate", distinct=True, filter=Q(status__in=counting)))
               .order_by())
    for row in entries:
        line = per_region[row["contract__buyer__arbeidsmarktregio"] or ""]
        line |= {"realised": row["realised"] or Decimal(0), "verified": row["verified"] or Decimal(0),
                 "people": row["people"]}
    regions = sorted(per_region)
    people = disclosure.protect([per_region[r]["people"] for r in regions])
    lines = []
    for name, persons in zip(regions, people, strict=True):
        values = per_region[name]
        # value realised through a few people's placements says something about those people
        hidden = persons.suppressed
        lines.append({"region": name, "contracts": values["contracts"], "obligation": values["obligation"],
                      "realised": None if hidden else values["realised"],
                      "verified": None if hidden else values["verified"], "people": persons})
    return {"year": year, "region": region or "", "rows": lines,
            "total_people": disclosure.total([per_region[r]["people"] for r in regions])}
