"""Doorstroom rates: hand-computed cases and a day-by-day independent implementation."""

import random
from datetime import date, timedelta

import pytest

from werkbrug.domain.pathways import model
from werkbrug.domain.pathways.doorstroom import (
    Timeline,
    rate,
    rates_by_region,
    situation_on,
    wilson,
)
from werkbrug.domain.pathways.model import Period

M = model.load()
DAG, WERK = M.members("dagbesteding"), M.members("werk")
Y0, Y1 = date(2024, 1, 1), date(2024, 12, 31)


def _person(i: int, region: str, *periods: tuple[str, date, date | None]) -> Timeline:
    return Timeline(f"p{i}", region, tuple(Period(*p) for p in periods))


def _cohort(n: int, moved: int, region: str) -> list[Timeline]:
    out = []
    for i in range(n):
        if i < moved:
            out.append(_person(i, region, ("dagbesteding", date(2023, 1, 1), date(2024, 5, 31)),
                               ("regulier_werk", date(2024, 6, 1), None)))
        else:
            out.append(_person(i, region, ("dagbesteding", date(2023, 1, 1), None)))
    return out


def test_seed_figures_ten_and_twenty_three_percent() -> None:
    before = rate(_cohort(100, 10, "Rijk van Nijmegen"), DAG, WERK, Y0, Y1)
    after = rate(_cohort(100, 23, "Rijk van Nijmegen"), DAG, WERK, Y0, Y1)
    assert (before.cohort, before.moved, before.rate) == (100, 10, 0.10)
    assert (after.cohort, after.moved, after.rate) == (100, 23, 0.23)


def test_end_and_ever_modes_differ_for_a_short_stay_and_late_starters_are_not_in_the_cohort() -> None:
    people = [
        _person(1, "A", ("dagbesteding", date(2023, 1, 1), date(2024, 3, 31)),
                ("regulier_werk", date(2024, 4, 1), date(2024, 8, 31)),
                ("dagbesteding", date(2024, 9, 1), None)),                  # terugval: only "ever"
        _person(2, "A", ("dagbesteding", date(2023, 1, 1), date(2024, 6, 30)),
                ("beschut_werk", date(2024, 7, 1), None)),                  # both modes
        _person(3, "A", ("uitkering_bijstand", date(2023, 1, 1), date(2024, 1, 31)),
                ("dagbesteding", date(2024, 2, 1), None)),                   # not in A on day one
        _person(4, "A", ("dagbesteding", date(2023, 1, 1), None)),          # stays
    ]
    end = rate(people, DAG, WERK, Y0, Y1, mode="end")
    ever = rate(people, DAG, WERK, Y0, Y1, mode="ever")
    assert (end.cohort, end.moved) == (3, 1)
    assert (ever.cohort, ever.moved) == (3, 2)
    with pytest.raises(ValueError):
        rate(people, DAG, WERK, Y0, Y1, mode="sometimes")


def test_rates_per_region_and_total() -> None:
    people = _cohort(10, 2, "A") + _cohort(5, 3, "B")
    rows = rates_by_region(people, DAG, WERK, Y0, Y1, names=("dagbesteding", "werk"))
    got = {r.region: (r.cohort, r.moved) for r in rows}
    assert got == {"A": (10, 2), "B": (5, 3), "": (15, 5)}
    assert rows[-1].rate == pytest.approx(1 / 3) and rows[-1].source == "dagbesteding"


def test_empty_cohort_has_no_rate_and_wilson_interval_is_correct() -> None:
    r = rate([], DAG, WERK, Y0, Y1)
    assert (r.cohort, r.rate, r.low) == (0, None, None)
    low, high = wilson(10, 100)
    assert low == pytest.approx(0.0552, abs=1e-4) and high == pytest.approx(0.1744, abs=1e-4)


def _random_timelines(seed: int) -> list[Timeline]:
    rng = random.Random(seed)
    codes = sorted(M.situations)
    out = []
    for i in range(60):
        day, periods = date(2023, 1, 1) + timedelta(days=rng.randint(0, 500)), []
        situation = rng.choice(codes)
        for _ in range(rng.randint(1, 5)):
            length = rng.randint(1, 300)
            periods.append(Period(situation, day, day + timedelta(days=length - 1)))
            day += timedelta(days=length + rng.choice([0, 0, 0, 20]))  # sometimes a gap
            allowed = [b for (a, b) in M.transitions if a == situation]
            situation = rng.choice(allowed)
        if rng.random() < 0.5:
            periods[-1] = Period(periods[-1].situation, periods[-1].start, None)
        out.append(Timeline(f"p{i}", rng.choice("AB"), tuple(periods)))
    return out


def _by_days(timelines: list[Timeline], sources: frozenset[str], targets: frozenset[str],
             start: date, end: date, mode: str) -> tuple[int, int]:
    """Independent: expand each period to its days, then look the days up."""
    cohort = moved = 0
    for t in timelines:
        days: dict[date, str] = {}
        for p in t.periods:
            last = p.end or end
            d = p.start
            while d <= last:
                days[d] = p.situation
                d += timedelta(days=1)
        if days.get(start) not in sources:
            continue
        cohort += 1
        if mode == "end":
            moved += days.get(end) in targets
        else:
            span = (start + timedelta(days=k) for k in range((end - start).days + 1))
            moved += any(days.get(d) in targets for d in span)
    return cohort, moved


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("mode", ["end", "ever"])
def test_matches_day_by_day_counting_on_random_timelines(seed: int, mode: str) -> None:
    people = _random_timelines(seed)
    for a, b in M.report_pairs:
        r = rate(people, M.members(a), M.members(b), Y0, Y1, mode=mode)
        assert (r.cohort, r.moved) == _by_days(people, M.members(a), M.members(b), Y0, Y1, mode)
    assert situation_on(people[0].periods, people[0].periods[0].start) == people[0].periods[0].situation
