"""Fairness statistics: selection rates per group, Wilson intervals, the ratio to the best-off
group with a Katz log interval, and the four-fifths flag. Deterministic: no resampling.

Definitions (docs/trust.md): rate = selected / people in the group; ratio = rate / rate of the
best-off group (the highest rate among groups of at least `min_group` people); a group is
flagged when its ratio is below 0.8 (the four-fifths rule) and it has at least `min_group`
people; `clear` says the whole ratio interval lies below 1 (unlikely to be chance)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

Z95 = 1.959964
FOUR_FIFTHS = 0.8
AGE_BANDS = ((0, 18, "<18"), (18, 27, "18-26"), (27, 35, "27-34"), (35, 45, "35-44"), (45, 55, "45-54"),
             (55, 200, "55+"))


@dataclass(frozen=True)
class GroupRate:
    group: str
    people: int
    selected: int
    rate: float
    low: float
    high: float
    ratio: float | None
    ratio_low: float | None
    ratio_high: float | None
    four_fifths: bool
    clear: bool


def age_band(born: date, on: date) -> str:
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return next(label for low, high, label in AGE_BANDS if low <= age < high)


def wilson(selected: int, people: int, z: float = Z95) -> tuple[float, float]:
    if people == 0:
        return 0.0, 1.0
    p, n = selected / people, people
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def ratio_interval(a: int, n1: int, b: int, n2: int, z: float = Z95) -> tuple[float, float]:
    """Katz log interval of (a/n1) / (b/n2); 0.5 added to every count when a or b is 0."""
    if a == 0 or b == 0:
        a, b, n1, n2 = a + 0.5, b + 0.5, n1 + 1, n2 + 1  # type: ignore[assignment]
    ratio = (a / n1) / (b / n2)
    se = math.sqrt(max(0.0, 1 / a - 1 / n1 + 1 / b - 1 / n2))
    return ratio * math.exp(-z * se), ratio * math.exp(z * se)


def rates(groups: Sequence[str], selected: Sequence[bool], min_group: int = 10) -> list[GroupRate]:
    """One row per group, sorted by group name; groups are the values of `groups` per person."""
    people: dict[str, int] = defaultdict(int)
    chosen: dict[str, int] = defaultdict(int)
    for group, picked in zip(groups, selected, strict=True):
        people[group] += 1
        chosen[group] += bool(picked)
    sized = [g for g in people if people[g] >= min_group]
    best = max(sized, key=lambda g: (chosen[g] / people[g], g), default=None)
    out = []
    for g in sorted(people):
        n, k = people[g], chosen[g]
        low, high = wilson(k, n)
        ratio = r_low = r_high = None
        if best is not None and chosen[best] > 0:
            ratio = (k / n) / (chosen[best] / people[best])
            r_low, r_high = ratio_interval(k, n, chosen[best], people[best])
        flagged = ratio is not None and n >= min_group and ratio < FOUR_FIFTHS
        out.append(GroupRate(g, n, k, round(k / n, 4), round(low, 4), round(high, 4),
                             None if ratio is None else round(ratio, 4),
                             None if r_low is None else round(r_low, 4),
                             None if r_high is None else round(r_high, 4),
                             flagged, flagged and r_high is not None and r_high < 1.0))
    return out


def report(people: Sequence[Mapping[str, str]], selected: Sequence[bool], dimensions: Sequence[str],
           min_group: int = 10) -> dict[str, list[GroupRate]]:
    """rates() for each dimension (age_band, gender, doelgroep, region, ...)."""
    return {d: rates([p[d] for p in people], selected, min_group) for d in dimensions}
