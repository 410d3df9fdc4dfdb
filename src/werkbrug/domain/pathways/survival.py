"""Kaplan–Meier survival of placements: how long people keep working (docs/pathways.md).

A placement's duration runs in days from its start date. A placement that ended on or before the
as-of date is an event on its end date, unless its end reason is a censoring reason (death,
retirement, moving on to other work: data/trajectory_model.toml [survival]); those, and
placements still open at the as-of date, are right-censored. Ties: events are counted before
censorings at the same time (the usual convention), so a person censored at t is at risk at t."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np


@dataclass(frozen=True)
class Spell:
    start: date
    end: date | None
    end_reason: str = ""


@dataclass(frozen=True)
class Curve:
    times: np.ndarray      # distinct event times (days), ascending
    at_risk: np.ndarray    # n_i
    events: np.ndarray     # d_i
    survival: np.ndarray   # S(t_i)
    variance: np.ndarray   # Greenwood variance of S(t_i)
    max_time: float        # longest follow-up (event or censoring)
    subjects: int
    durations: np.ndarray  # every subject's duration, for the number at risk at any time

    def at(self, t: float) -> float | None:
        """S(t); None beyond the longest follow-up (the curve is not known there)."""
        if t > self.max_time or self.subjects == 0:
            return None
        i = int(np.searchsorted(self.times, t, side="right"))
        return 1.0 if i == 0 else float(self.survival[i - 1])

    def at_risk_at(self, t: float) -> int:
        return int(np.count_nonzero(self.durations >= t))


def durations(spells: Iterable[Spell], as_of: date, censoring_reasons: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """(durations in days, event flags) of spells that started on or before `as_of`."""
    censor = set(censoring_reasons)
    times: list[float] = []
    flags: list[bool] = []
    for s in spells:
        if s.start > as_of:
            continue
        if s.end is not None and s.end <= as_of:
            times.append(float((s.end - s.start).days))
            flags.append(s.end_reason not in censor)
        else:
            times.append(float((as_of - s.start).days))
            flags.append(False)
    return np.asarray(times, dtype=float), np.asarray(flags, dtype=bool)


def kaplan_meier(times: Sequence[float] | np.ndarray, events: Sequence[bool] | np.ndarray) -> Curve:
    t = np.asarray(times, dtype=float)
    e = np.asarray(events, dtype=bool)
    if t.shape != e.shape:
        raise ValueError("times and events differ in length")
    if np.any(t < 0):
        raise ValueError("negative duration")
    # d_i: events exactly at t_i; n_i: subjects with duration >= t_i (binary search in sorted data).
    event_times, d = np.unique(t[e], return_counts=True)
    at_risk = t.size - np.searchsorted(np.sort(t), event_times, side="left")
    factors = 1.0 - d / at_risk
    surv = np.cumprod(factors)
    # Greenwood; once S reaches 0 its variance is 0 (the term 1/(n(n-d)) is undefined there).
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(at_risk > d, d / (at_risk * (at_risk - d)), np.inf)
        variance = np.where(surv > 0, surv ** 2 * np.cumsum(terms), 0.0)
    return Curve(event_times, at_risk.astype(int), d, surv, variance,
                 float(t.max()) if t.size else 0.0, int(t.size), t)


@dataclass(frozen=True)
class Durability:
    months: int
    days: float
    survival: float | None
    at_risk: int
    low: float | None   # 95% interval, log-log transform
    high: float | None


def _loglog_interval(s: float, var: float) -> tuple[float | None, float | None]:
    if s <= 0.0 or s >= 1.0 or not np.isfinite(var):
        return (s, s) if s in (0.0, 1.0) else (None, None)
    se = np.sqrt(var) / (s * abs(np.log(s)))
    a, b = np.exp(-1.959964 * se), np.exp(1.959964 * se)
    return float(s ** b), float(s ** a)


def durability(curve: Curve, horizons_months: Iterable[int], days_per_month: float = 30.4375) -> list[Durability]:
    """Share still working after each horizon (S at months × days_per_month), with its interval."""
    out = []
    for m in horizons_months:
        days = m * days_per_month
        s = curve.at(days)
        low = high = None
        if s is not None:
            i = int(np.searchsorted(curve.times, days, side="right"))
            var = float(curve.variance[i - 1]) if i else 0.0
            low, high = _loglog_interval(s, var)
        out.append(Durability(m, days, s, curve.at_risk_at(days), low, high))
    return out
