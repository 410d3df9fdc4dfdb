"""Verloonde uren -> banen (rules-nl.md 1.1): one baan = 25,5 uur per week, pro rata."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from werkbrug.domain.errors import Issues
from werkbrug.domain.parameters import ParameterSet, load_parameters


def _not_negative(field: str, hours: Decimal) -> None:
    issues = Issues()
    if hours < 0:
        issues.add(field, "negative", "mag niet negatief zijn", "must not be negative")
    issues.raise_if_any()


def banen_from_weekly_hours(hours_per_week: Decimal, hours_per_baan: Decimal) -> Decimal:
    """Weekly hours of doelgroep staff ÷ 25,5; every hour counts (no minimum per person)."""
    _not_negative("hours_per_week", hours_per_week)
    return hours_per_week / hours_per_baan


def banen_from_yearly_hours(hours_per_year: Decimal, hours_per_baan_per_year: Decimal) -> Decimal:
    """Yearly verloonde uren ÷ 1.331 (the yearly equivalent of 25,5 uur per week)."""
    _not_negative("hours_per_year", hours_per_year)
    return hours_per_year / hours_per_baan_per_year


def baan_units(on: date, parameters: ParameterSet | None = None) -> tuple[Decimal, Decimal]:
    """(hours per week, hours per year) of one baan in force on a date."""
    params = parameters or load_parameters()
    return (params.get("baan_hours_per_week", on).decimal,
            params.get("arbeidsbeperkte_average_hours_per_year", on).decimal)


def extra_banen_total(markt_regular: Decimal, overheid_regular: Decimal,
                      inleen_delta: Decimal) -> Decimal:
    """UWV's quarterly total: regular jobs per sector plus the (unsplit) inleen delta versus the
    nulmeting, because agency and secondment jobs cannot be split by sector (rules-nl.md 1.2, 1.4)."""
    return markt_regular + overheid_regular + inleen_delta
