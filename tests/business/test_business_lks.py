"""Loonkostensubsidie: the rules-nl.md 6.2 vectors, edge cases and properties."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkbrug.domain.business.lks import lks
from werkbrug.domain.errors import DomainValidationError

ON = date(2026, 3, 1)


@pytest.mark.parametrize(("loonwaarde", "per_hour"), [
    (50, "9.8101"), (20, "13.7341"), (80, "3.9240"),
])
def test_rules_nl_vectors_2026(loonwaarde: int, per_hour: str) -> None:
    assert lks(ON, loonwaarde, 36).per_hour.value == Decimal(per_hour)


def test_forfaitair_vector_and_its_six_month_note() -> None:
    result = lks(ON, None, 36, forfaitair=True)
    assert result.per_hour.value == Decimal("9.8101")
    assert "lks_forfaitair_pct" in {p.name for p in result.per_hour.parameters}
    assert any("6" in note.en for note in result.notes)


def test_the_cap_rule_is_named_when_it_applies() -> None:
    assert "capped" in lks(ON, 20, 36).per_hour.rule.en
    assert "capped" not in lks(ON, 50, 36).per_hour.rule.en


def test_loonwaarde_0_and_100() -> None:
    assert lks(ON, 0, 36).per_hour.value == Decimal("13.7341")  # the 70% cap
    full = lks(ON, 100, 36)
    assert full.per_hour.value == 0 and full.per_month.value == 0 and full.per_year.value == 0


def test_month_and_year_follow_the_documented_definitions() -> None:
    result = lks(ON, 50, 36)
    assert result.per_month.value == Decimal("1530.38")  # 9.8101 × 36 × 52 / 12
    assert result.per_year.value == Decimal("18364.51")  # 9.8101 × 36 × 52


def test_part_time_is_pro_rata() -> None:
    part = lks(ON, 50, 18)
    assert part.per_hour.value == Decimal("9.8101")
    assert part.per_year.value == Decimal("9182.25")  # 9.8101 × 18 × 52 = 9182.2536
    assert abs(part.per_year.value * 2 - lks(ON, 50, 36).per_year.value) <= Decimal("0.01")


def test_hours_above_36_count_up_to_40_and_say_so() -> None:
    at_40, at_45 = lks(ON, 50, 40), lks(ON, 50, 45)
    assert at_45.hours_counted == 40 and at_45.per_year.value == at_40.per_year.value
    assert at_45.per_year.unconfirmed  # the 40-hour ceiling is Werkbrug's simplification
    assert at_45.notes and "40" in at_45.notes[0].en
    assert not lks(ON, 50, 36).per_year.unconfirmed


def test_age_scaled_wml_19_years() -> None:
    result = lks(ON, 50, 36, age=19)
    assert result.wml.value == Decimal("8.83")
    assert result.per_hour.value == Decimal("5.8887")  # 8.83 × 1.08 × 0.5 × 1.235
    assert "wml_youth_pct_19" in {p.name for p in result.per_hour.parameters}


def test_every_amount_names_source_and_date() -> None:
    for param in lks(ON, 50, 36).per_year.parameters:
        assert param.source and param.valid_from <= ON


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"loonwaarde_pct": -1, "hours_per_week": 36}, "loonwaarde"),
    ({"loonwaarde_pct": 101, "hours_per_week": 36}, "loonwaarde"),
    ({"loonwaarde_pct": 50, "hours_per_week": -1}, "hours_per_week"),
    ({"loonwaarde_pct": 50, "hours_per_week": 61}, "hours_per_week"),
    ({"loonwaarde_pct": 50, "hours_per_week": 36, "age": 14}, "age"),
    ({"loonwaarde_pct": None, "hours_per_week": 36}, "loonwaarde"),
])
def test_invalid_input_is_refused_in_both_languages(kwargs: dict, field: str) -> None:
    with pytest.raises(DomainValidationError) as error:
        lks(ON, **kwargs)
    issue = error.value.issues[0]
    assert issue.field == field
    assert issue.message.nl != issue.message.en


def test_dates_before_the_first_wml_are_refused() -> None:
    with pytest.raises(DomainValidationError) as error:
        lks(date(2024, 12, 31), 50, 36)
    assert error.value.issues[0].field == "date"


loonwaarden = st.decimals(min_value=0, max_value=100, places=2)
hours = st.decimals(min_value=0, max_value=60, places=1)
dates = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))


@given(loonwaarden, dates)
def test_lks_never_exceeds_the_70_percent_cap(lw: Decimal, on: date) -> None:
    result = lks(on, lw, 36)
    ceiling = (result.wml.value * Decimal("1.08") * Decimal("0.70") * Decimal("1.235")).quantize(Decimal("0.0001"))
    assert 0 <= result.per_hour.value <= ceiling


@given(loonwaarden, loonwaarden, hours)
def test_lks_is_monotone_non_increasing_in_loonwaarde(a: Decimal, b: Decimal, h: Decimal) -> None:
    low, high = sorted((a, b))
    assert lks(ON, low, h).per_hour.value >= lks(ON, high, h).per_hour.value
    assert lks(ON, low, h).per_year.value >= lks(ON, high, h).per_year.value
