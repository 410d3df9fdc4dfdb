"""WML by date and age (rules-nl.md 2.3)."""

from datetime import date
from decimal import Decimal

import pytest

from werkbrug.domain.business.wml import next_indexation, wml_hourly
from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.parameters import build_parameter_set, load_parameters


@pytest.mark.parametrize(("on", "expected"), [
    (date(2025, 1, 1), "14.06"), (date(2025, 6, 30), "14.06"), (date(2025, 7, 1), "14.40"),
    (date(2025, 12, 31), "14.40"), (date(2026, 1, 1), "14.71"),
])
def test_adult_wml_follows_the_indexation_dates(on: date, expected: str) -> None:
    assert wml_hourly(on).value == Decimal(expected)
    assert not wml_hourly(on).unconfirmed


@pytest.mark.parametrize(("age", "expected"), [
    (20, "11.77"), (19, "8.83"), (18, "7.36"), (17, "5.81"), (16, "5.07"), (15, "4.41"), (21, "14.71"),
    (40, "14.71"),
])
def test_youth_scale_2026_matches_the_published_amounts(age: int, expected: str) -> None:
    assert wml_hourly(date(2026, 1, 1), age).value == Decimal(expected)


def test_bbl_scale_applies_only_to_18_to_20() -> None:
    on = date(2026, 1, 1)
    assert wml_hourly(on, 19, bbl=True).value == Decimal("7.72")  # 14.71 × 52.5%
    assert wml_hourly(on, 20, bbl=True).value == Decimal("9.05")  # 14.71 × 61.5% = 9.0467
    assert wml_hourly(on, 17, bbl=True).value == wml_hourly(on, 17).value


def test_wml_after_the_unknown_july_2026_indexation_is_flagged() -> None:
    result = wml_hourly(date(2026, 7, 1))
    assert result.value == Decimal("14.71")
    assert result.unconfirmed
    assert "2026-07-01" in result.parameters[0].note


def test_a_deployer_value_for_july_2026_replaces_the_flag() -> None:
    extra = '[[wml_hourly_21plus]]\nvalue = "15.00"\nvalid_from = 2026-07-01\nsource = "test"\n'
    shipped = load_parameters()
    params = build_parameter_set([extra])
    merged = type(shipped)({**shipped.table, "wml_hourly_21plus":
                            shipped.table["wml_hourly_21plus"] + params.table["wml_hourly_21plus"]})
    result = wml_hourly(date(2026, 8, 1), params=merged)
    assert result.value == Decimal("15.00") and not result.unconfirmed


def test_next_indexation() -> None:
    assert next_indexation(date(2026, 1, 1)) == date(2026, 7, 1)
    assert next_indexation(date(2025, 7, 1)) == date(2026, 1, 1)


def test_age_below_15_and_dates_before_the_first_parameter_are_refused() -> None:
    with pytest.raises(DomainValidationError) as young:
        wml_hourly(date(2026, 1, 1), 14)
    assert young.value.issues[0].field == "age"
    assert "15" in young.value.issues[0].message.nl and "15" in young.value.issues[0].message.en
    with pytest.raises(DomainValidationError) as early:
        wml_hourly(date(2024, 12, 31))
    assert early.value.issues[0].code == "before_first_parameter"
    assert "01-01-2025" in str(early.value)
