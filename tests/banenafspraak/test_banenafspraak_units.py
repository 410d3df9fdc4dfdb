"""Baan conversion and the UWV consistency figures (rules-nl.md 6.2)."""

from datetime import date
from decimal import Decimal as D

import pytest

from werkbrug.domain.banenafspraak.units import (
    baan_units,
    banen_from_weekly_hours,
    banen_from_yearly_hours,
    extra_banen_total,
)
from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.parameters import load_parameters

WEEK, YEAR = baan_units(date(2024, 1, 1))


def test_one_baan_is_25_5_hours_a_week_and_1331_a_year() -> None:
    assert (WEEK, YEAR) == (D("25.5"), D("1331"))


def test_51_weekly_hours_are_two_banen_and_12_75_hours_half_a_baan() -> None:
    assert banen_from_weekly_hours(D(51), WEEK) == D(2)
    assert banen_from_weekly_hours(D("12.75"), WEEK) == D("0.5")


def test_yearly_hours_convert_through_1331() -> None:
    assert banen_from_yearly_hours(D(2662), YEAR) == D(2)
    # 25,5 h × 52,18 weeks is within a tenth of a baan of 1 baan (the derivation of 1.331)
    assert abs(banen_from_yearly_hours(D("25.5") * D("52.18"), YEAR) - 1) < D("0.001")


def test_negative_hours_are_refused() -> None:
    with pytest.raises(DomainValidationError, match="hours_per_week"):
        banen_from_weekly_hours(D(-1), WEEK)
    with pytest.raises(DomainValidationError, match="hours_per_year"):
        banen_from_yearly_hours(D(-1), YEAR)


def test_q4_2023_consistency_markt_plus_overheid_plus_inleen() -> None:
    total = extra_banen_total(D(76258), D(10835), D(-830))
    assert total == D(86263)
    assert abs(total - D(86264)) <= 1  # published figure, rounding


def test_register_nulmeting_is_the_same_from_both_reports() -> None:
    nulmeting = load_parameters().get("doelgroepregister_nulmeting_persons", date(2013, 1, 1))
    assert D(221002) + D(26737) == D(200452) + D(47287) == nulmeting.decimal == D(247739)
    assert "derived" in nulmeting.note
