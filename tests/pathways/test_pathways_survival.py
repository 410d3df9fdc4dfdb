"""Kaplan–Meier survival of placements: hand-computed cases, censoring, and independent checks."""

import random
from datetime import date, timedelta
from fractions import Fraction

import pytest

from werkbrug.domain.pathways.survival import Spell, durability, durations, kaplan_meier


def _naive_km(times: list[float], events: list[bool], t: float) -> float:
    """A second, deliberately different implementation: walk the ordered observations one by
    one, events before censorings on ties, multiplying (1 - 1/n) per single event."""
    obs = sorted(zip(times, events, strict=True), key=lambda x: (x[0], not x[1]))
    s, n = Fraction(1), len(obs)
    i = 0
    while i < len(obs) and obs[i][0] <= t:
        time = obs[i][0]
        group = [e for (u, e) in obs if u == time]
        deaths = sum(group)
        s *= Fraction(n - deaths, n) if deaths else 1
        n -= len(group)
        i += len(group)
    return float(s)


def test_hand_computed_curve() -> None:
    # 2e 3e 3c 5e 6c 8e 8e: S = 6/7, 5/7, 15/28, 0
    curve = kaplan_meier([2, 3, 3, 5, 6, 8, 8], [1, 1, 0, 1, 0, 1, 1])
    assert list(curve.times) == [2, 3, 5, 8]
    assert list(curve.at_risk) == [7, 6, 4, 2]
    assert list(curve.events) == [1, 1, 1, 2]
    assert curve.at(1.9) == 1.0
    assert curve.at(2) == pytest.approx(6 / 7)
    assert curve.at(4) == pytest.approx(5 / 7)
    assert curve.at(7.9) == pytest.approx(15 / 28)
    assert curve.at(8) == 0.0
    assert curve.at(8.1) is None  # beyond the longest follow-up
    assert curve.variance[1] == pytest.approx((5 / 7) ** 2 * (1 / 42 + 1 / 30))


def test_censoring_at_the_same_time_as_an_event_keeps_the_person_at_risk() -> None:
    curve = kaplan_meier([5, 5, 10], [1, 0, 0])
    assert curve.at(5) == pytest.approx(2 / 3)  # n = 3 at t = 5, not 2


def test_placements_become_events_or_censored_by_end_reason_and_as_of() -> None:
    as_of = date(2025, 1, 1)
    spells = [
        Spell(date(2024, 1, 1), date(2024, 3, 1), "ontslag_werkgever"),  # event at 60
        Spell(date(2024, 1, 1), date(2024, 3, 1), "pensioen"),           # censored at 60
        Spell(date(2024, 1, 1), date(2024, 3, 1), "overstap_regulier"),  # censored at 60
        Spell(date(2024, 1, 1), None),                                     # open: censored at 366
        Spell(date(2024, 1, 1), date(2025, 6, 1), "einde_contract"),      # ends after as-of: censored at 366
        Spell(date(2025, 2, 1), None),                                     # starts after as-of: left out
    ]
    t, e = durations(spells, as_of, ["pensioen", "overlijden", "overstap_regulier"])
    assert list(t) == [60, 60, 60, 366, 366]
    assert list(e) == [True, False, False, False, False]
    curve = kaplan_meier(t, e)
    assert curve.at(100) == pytest.approx(4 / 5)


def test_durability_at_horizons_is_none_beyond_follow_up() -> None:
    curve = kaplan_meier([30, 100, 200, 400, 500], [1, 1, 0, 1, 0])
    rows = {d.months: d for d in durability(curve, [3, 6, 12, 24])}
    assert rows[3].survival == pytest.approx(4 / 5)          # 91.3 days: after the event at 30
    assert rows[6].survival == pytest.approx(3 / 5)          # 182.6 days
    assert rows[12].survival == pytest.approx(3 / 5)         # 365.25: censoring at 200 does not drop S
    assert rows[12].at_risk == 2
    assert rows[24].survival is None                          # 730.5 > longest follow-up 500
    assert rows[3].low is not None and rows[3].low < 0.8 < rows[3].high


def _random_data(seed: int) -> tuple[list[float], list[bool]]:
    rng = random.Random(seed)
    n = rng.randint(5, 120)
    return ([float(rng.randint(0, 60)) for _ in range(n)], [rng.random() < 0.6 for _ in range(n)])


@pytest.mark.parametrize("seed", range(25))
def test_matches_an_independent_implementation_on_random_data(seed: int) -> None:
    times, events = _random_data(seed)
    curve = kaplan_meier(times, events)
    for t in range(0, 62, 3):
        expected = _naive_km(times, events, t) if t <= max(times) else None
        got = curve.at(t)
        assert (got is None) == (expected is None)
        if expected is not None:
            assert got == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("seed", range(10))
def test_matches_lifelines_on_random_data(seed: int) -> None:
    lifelines = pytest.importorskip("lifelines")
    times, events = _random_data(100 + seed)
    ours = kaplan_meier(times, events)
    theirs = lifelines.KaplanMeierFitter().fit(times, events)
    grid = [t for t in range(0, 61) if t <= max(times)]
    expected = theirs.survival_function_at_times(grid).to_numpy()
    assert [ours.at(t) for t in grid] == pytest.approx(list(expected), abs=1e-12)


def test_spells_from_dates_match_day_counts() -> None:
    start = date(2023, 5, 1)
    spells = [Spell(start, start + timedelta(days=d), "ontslag_werknemer") for d in (10, 20)]
    t, e = durations(spells, date(2030, 1, 1), [])
    assert list(t) == [10, 20] and all(e)
