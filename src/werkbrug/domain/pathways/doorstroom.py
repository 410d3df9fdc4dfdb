"""Doorstroom (flow) rates between situations over a period, per region (docs/pathways.md).

Definition (cohort): the denominator is everybody whose situation on the first day of the period
is in group A. Mode "end": the numerator is those of them whose situation on the last day of the
period is in group B. Mode "ever": those who were in B on any day of the period (a short stay in B
counts, even when they fell back before the last day). Persons with no known situation on the first day are not counted."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from werkbrug.domain.pathways.model import Period

MODES = ("end", "ever")


@dataclass(frozen=True)
class Timeline:
    person: str
    region: str
    periods: tuple[Period, ...]  # ordered by start, not overlapping


@dataclass(frozen=True)
class Rate:
    source: str
    target: str
    region: str
    start: date
    end: date
    cohort: int
    moved: int
    rate: float | None
    low: float | None  # Wilson 95% interval
    high: float | None


def situation_on(periods: Iterable[Period], day: date) -> str | None:
    for p in periods:
        if p.start <= day and (p.end is None or day <= p.end):
            return p.situation
    return None


def _entered_during(periods: Iterable[Period], targets: frozenset[str], start: date, end: date) -> bool:
    return any(p.situation in targets and p.start <= end and (p.end is None or p.end >= start)
               for p in periods)


def wilson(successes: int, n: int, z: float = 1.959964) -> tuple[float | None, float | None]:
    if n == 0:
        return None, None
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def rate(timelines: Iterable[Timeline], sources: frozenset[str], targets: frozenset[str], start: date,
         end: date, *, mode: str = "end", labels: tuple[str, str, str] = ("", "", "")) -> Rate:
    """One doorstroom rate; `labels` = (source name, target name, region name) for the result."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    if end < start:
        raise ValueError("end before start")
    cohort = moved = 0
    for t in timelines:
        if situation_on(t.periods, start) not in sources:
            continue
        cohort += 1
        if mode == "end":
            moved += situation_on(t.periods, end) in targets
        else:
            moved += _entered_during(t.periods, targets, start, end)
    low, high = wilson(moved, cohort)
    return Rate(labels[0], labels[1], labels[2], start, end, cohort, moved,
                moved / cohort if cohort else None, low, high)


def rates_by_region(timelines: list[Timeline], sources: frozenset[str], targets: frozenset[str],
                    start: date, end: date, *, mode: str = "end",
                    names: tuple[str, str] = ("", "")) -> list[Rate]:
    """The rate for every region, followed by the total over all regions (region "")."""
    regions = sorted({t.region for t in timelines})
    out = [rate([t for t in timelines if t.region == r], sources, targets, start, end, mode=mode,
                labels=(names[0], names[1], r)) for r in regions]
    return [*out, rate(timelines, sources, targets, start, end, mode=mode, labels=(names[0], names[1], ""))]
