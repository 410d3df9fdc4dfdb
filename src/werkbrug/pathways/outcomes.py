"""The outcome figures shown on the analytics page, in the downloads and through the API
(docs/pathways.md defines each). Aggregates only: no row names or identifies a person."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from statistics import mean
from typing import Any

from werkbrug import figures_cache
from werkbrug.domain.pathways import learning as learning_domain
from werkbrug.domain.pathways import model as trajectory
from werkbrug.domain.pathways import value_of_work as vow
from werkbrug.domain.pathways.doorstroom import rates_by_region
from werkbrug.domain.pathways.survival import durations, kaplan_meier
from werkbrug.pathways import followup, learning, reports
from werkbrug.pathways.models import (
    ErasedTrajectoryPeriod,
    FollowUpContact,
    LearningRoute,
    TrajectoryPeriod,
    ValueOfWorkResponse,
)
from werkbrug.registry.models import Placement
from werkbrug.trust.disclosure import MIN_CELL, protect, too_small


def year_periods(as_of: date, years: int) -> list[tuple[str, date, date]]:
    """(label, first day, last day) of the `years` calendar years up to `as_of` (the last one up to as_of)."""
    out = []
    for year in range(as_of.year - years + 1, as_of.year + 1):
        end = min(date(year, 12, 31), as_of)
        out.append((str(year), date(year, 1, 1), end))
    return out


def doorstroom_by_period(timelines: list[Any], as_of: date, years: int, mode: str = "end") -> list[dict[str, Any]]:
    model = trajectory.load()
    rows = []
    for label, start, end in year_periods(as_of, years):
        for a, b in model.report_pairs:
            for r in rates_by_region(timelines, model.members(a), model.members(b), start, end, mode=mode,
                                     names=(a, b)):
                rows.append({"period": label, "from": start.isoformat(), "to": end.isoformat(), "source": a,
                             "target": b, "region": r.region, "cohort": r.cohort, "moved": r.moved,
                             "rate": r.rate, "low": r.low, "high": r.high})
    return rows


def _half(day: date) -> str:
    return f"{day.year}-H{1 if day.month <= 6 else 2}"


def value_of_work_trend(region: str | None = None) -> list[dict[str, Any]]:
    """Per half-year: responses, and the mean overall and theme scores of the responses in it."""
    rows = ValueOfWorkResponse.objects.all()
    if region:
        rows = rows.filter(candidate__arbeidsmarktregio=region)
    themes = list(vow.load().themes)
    buckets: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for answered_on, scores in rows.values_list("answered_on", "scores"):
        buckets[_half(answered_on)].append(scores)
    out = []
    for half in sorted(buckets):
        found = buckets[half]
        row: dict[str, Any] = {"period": half, "responses": len(found)}
        overall = [s["overall"] for s in found if s.get("overall") is not None]
        row["overall"] = round(mean(overall), 2) if overall else None
        for theme in themes:
            values = [s["themes"].get(theme) for s in found if s["themes"].get(theme) is not None]
            row[theme] = round(mean(values), 2) if values else None
        out.append(row)
    return out


def completions_by_year(region: str | None = None) -> list[dict[str, Any]]:
    """Completed learning routes per year and result (praktijkverklaring, mbo-certificaat, diploma)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(learning_domain.TARGETS, 0))
    for _region, _crebo, target, day in learning.completions(region):
        counts[str(day.year)][target] += 1
    return [{"year": year, **counts[year], "total": sum(counts[year].values())} for year in sorted(counts)]


def survival_by_month(region: str | None, as_of: date, months: int = 24) -> list[dict[str, Any]]:
    """The Kaplan–Meier curve read at every whole month (None beyond the longest follow-up)."""
    settings = trajectory.load().survival
    times, events = durations(reports.placement_spells(region), as_of, settings.get("censoring_end_reasons", []))
    curve = kaplan_meier(times, events)
    per_month = float(settings.get("days_per_month", 30.4375))
    return [{"month": m, "survival": curve.at(m * per_month), "at_risk": curve.at_risk_at(m * per_month)}
            for m in range(months + 1)]


def build(as_of: date, *, region: str | None = None, years: int = 3, mode: str = "end",
          publish: bool = True) -> dict[str, Any]:
    """The outcome figures; ``publish`` hides small counts (pages, downloads and API always publish)."""
    from werkbrug.pathways import services

    timelines = services.timelines(region)
    survival = reports.survival(reports.placement_spells(region), as_of)
    report = {
        "as_of": as_of.isoformat(), "region": region or "", "doorstroom_mode": mode,
        "model_version": trajectory.load().version,
        "doorstroom": doorstroom_by_period(timelines, as_of, years, mode),
        "survival": survival,
        "survival_by_month": survival_by_month(region, as_of),
        "end_reasons": [{"end_reason": k, "placements": v} for k, v in followup.end_reasons(region).items()],
        "value_of_work": value_of_work_trend(region),
        "completions": completions_by_year(region),
        "learning_active": learning.active_count(region),
    }
    return disclosed(report) if publish else report


def published(as_of: date, *, region: str | None = None, years: int = 3, mode: str = "end") -> dict[str, Any]:
    """``build`` for the page, downloads and API, kept for a short while (werkbrug.figures_cache)."""
    return cached(("published", as_of, region, years, mode),
                  lambda: build(as_of, region=region, years=years, mode=mode))


def cached(key_parts: tuple[Any, ...], compute: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """``compute()`` kept under the marks of the tables the outcome figures read."""
    marks = (*figures_cache.table_marks((TrajectoryPeriod, ValueOfWorkResponse, LearningRoute, FollowUpContact,
                                         ErasedTrajectoryPeriod)),
             *figures_cache.table_marks((Placement,), newest="updated_at"))
    return figures_cache.kept("pathways-outcomes", key_parts, marks, compute)


def disclosed(report: dict[str, Any]) -> dict[str, Any]:
    """The report as it may be published: with a region filter a cohort can be a handful of people, so
    counts of 1-4 (and what would let them be worked out) are hidden, rates resting on them too, and
    survival read where fewer than 5 people are still followed (trust.disclosure; docs/pathways.md)."""
    _hide_small_doorstroom(report["doorstroom"])
    _hide_small_means(report["value_of_work"])
    _hide_small_counts(report)
    _hide_thin_survival(report)
    report["small_counts_hidden_below"] = MIN_CELL
    return report


def _hide_small_doorstroom(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        row["suppressed"] = False
        if too_small(row["cohort"]) or too_small(row["moved"]) or too_small(row["cohort"] - row["moved"]):
            row.update(moved=None, rate=None, low=None, high=None, suppressed=True)
            if too_small(row["cohort"]):
                row["cohort"] = None


def _hide_small_means(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        row["suppressed"] = too_small(row["responses"])
        if row["suppressed"]:
            row.update({key: None for key in row if key not in {"period", "suppressed"}})


def _hide_small_counts(report: dict[str, Any]) -> None:
    for row in report["completions"]:
        targets = [t for t in learning_domain.TARGETS if t in row]
        for target, cell in zip(targets, protect([row[t] for t in targets]), strict=True):
            row[target] = cell.shown
        row["total"] = None if too_small(row["total"]) else row["total"]
    reasons = report["end_reasons"]
    for row, cell in zip(reasons, protect([r["placements"] for r in reasons]), strict=True):
        row["placements"] = cell.shown


def _hide_thin_survival(report: dict[str, Any]) -> None:
    for row in report["survival_by_month"]:
        if row["at_risk"] is not None and row["at_risk"] < MIN_CELL:
            row.update(survival=None, at_risk=None)
    survival = report["survival"]
    survival["curve"] = [r for r in survival["curve"] if r["at_risk"] >= MIN_CELL]
    for row in survival["durability"]:
        if row.get("at_risk") is not None and row["at_risk"] < MIN_CELL:
            row.update({k: None for k in row if k not in {"months", "days"}})


def tables(report: dict[str, Any]) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The report as flat tables (name, header, rows) for CSV and Excel."""
    def flat(name: str, rows: list[dict[str, Any]]) -> tuple[str, list[str], list[list[Any]]]:
        header = list(rows[0]) if rows else []
        return name, header, [[r.get(h) for h in header] for r in rows]

    durability = report["survival"]["durability"]
    return [flat("doorstroom", report["doorstroom"]), flat("durability", durability),
            flat("survival_by_month", report["survival_by_month"]),
            flat("survival_curve", report["survival"]["curve"]), flat("end_reasons", report["end_reasons"]),
            flat("value_of_work", report["value_of_work"]), flat("completions", report["completions"])]


__all__ = ["build", "cached", "disclosed", "published", "tables"]
