"""The fairness report as the page and its downloads show it: one table per dimension with, per
group, every outcome's rate, ratio and four-fifths flag. Groups smaller than the disclosure
threshold are shown without figures (they would point at a few people)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from werkbrug import figures_cache
from werkbrug.trust import disclosure, fairness

OUTCOMES = ("recommended", "introduced", "placed", "engine_top_k")


@dataclass(frozen=True)
class GroupLine:
    dimension: str
    group: str
    outcome: str
    people: int
    suppressed: bool
    row: dict[str, Any]  # the statistics of domain.trust.fairness.GroupRate, as a dict


def report(start: date, end: date, engine: bool, min_group: int = 10, k: int = 10) -> dict[str, Any]:
    """``compute`` kept for a short while (werkbrug.figures_cache): a new proposal, event or placement
    shows at once."""
    from werkbrug.matching.models import MatchProposal, ProposalEvent
    from werkbrug.registry.models import Candidate, Placement, Work

    marks = (*figures_cache.table_marks((MatchProposal, ProposalEvent)),
             *figures_cache.table_marks((Candidate, Placement, Work), newest="updated_at"))
    return figures_cache.kept("fairness", (start, end, engine, min_group, k), marks,
                              lambda: compute(start, end, engine, min_group, k))


def compute(start: date, end: date, engine: bool, min_group: int = 10, k: int = 10) -> dict[str, Any]:
    """The period report, with the engine's top-k figures on the current data when asked."""
    result = fairness.period_report(start, end, min_group=min_group)
    if engine:
        engine_part = fairness.engine_report(end, k=k, min_group=min_group)
        result["outcomes"] |= engine_part["outcomes"]
        result["flagged"] = sorted(set(result["flagged"]) | set(engine_part["flagged"]))
        result["engine"] = {"k": k, "parameters_version": engine_part["parameters_version"],
                            "reference_date": engine_part["reference_date"]}
    return result


def lines(result: dict[str, Any]) -> list[GroupLine]:
    """Every outcome × dimension × group, in report order."""
    out = []
    for outcome in OUTCOMES:
        body = result["outcomes"].get(outcome)
        if body is None:
            continue
        for dimension, rows in body["groups"].items():
            for row in rows:
                out.append(GroupLine(dimension, row["group"], outcome, row["people"],
                                     disclosure.too_small(row["people"]), row))
    return out


def flagged(result: dict[str, Any]) -> list[GroupLine]:
    """The groups with a four-fifths flag (never a suppressed group: a flag needs min_group people)."""
    return [line for line in lines(result) if line.row["four_fifths"] and not line.suppressed]


def by_dimension(result: dict[str, Any]) -> dict[str, dict[str, dict[str, GroupLine]]]:
    """dimension -> group -> outcome -> line: the shape of the page's tables and charts."""
    table: dict[str, dict[str, dict[str, GroupLine]]] = {}
    for line in lines(result):
        table.setdefault(line.dimension, {}).setdefault(line.group, {})[line.outcome] = line
    return table


def download_rows(result: dict[str, Any]) -> list[list[Any]]:
    """One row per outcome, dimension and group; figures of suppressed groups are left out."""
    rows = []
    for line in lines(result):
        r = line.row
        figures = ([disclosure.SUPPRESSED] + [None] * 9 if line.suppressed else
                   [r["people"], r["selected"], r["rate"], r["low"], r["high"], r["ratio"], r["ratio_low"],
                    r["ratio_high"], r["four_fifths"], r["clear"]])
        rows.append([line.outcome, line.dimension, line.group, *figures])
    return rows


DOWNLOAD_COLUMNS = ("outcome", "dimension", "group", "people", "selected", "rate", "rate_low", "rate_high",
                    "ratio", "ratio_low", "ratio_high", "four_fifths", "clear")
