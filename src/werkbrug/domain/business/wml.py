"""Wettelijk minimumloon per hour by date and age (rules-nl.md 2.3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from werkbrug.domain.business.amounts import Amount, Lookup, check_range, fraction, money
from werkbrug.domain.errors import Issues, Message
from werkbrug.domain.parameters import ParameterSet, ParameterVersion

ADULT_AGE = 21
MIN_AGE = 15
BBL_AGES = range(18, 21)
# WML is indexed every 1 January and 1 July (rules-nl.md 2.3). A value older than the last
# indexation date is still used, but flagged: the newer value is not known to Werkbrug.
INDEXATION_MONTHS = (1, 7)


def next_indexation(after: date) -> date:
    for month in INDEXATION_MONTHS:
        candidate = date(after.year, month, 1)
        if candidate > after:
            return candidate
    return date(after.year + 1, INDEXATION_MONTHS[0], 1)


def _flag_if_stale(version: ParameterVersion, on: date) -> ParameterVersion:
    due = next_indexation(version.valid_from)
    if on < due:
        return version
    return replace(version, unconfirmed=True, note=(
        f"UNCONFIRMED: WML of {due.isoformat()} not known; the value valid from "
        f"{version.valid_from.isoformat()} still applies"))


def validate_age(issues: Issues, age: int | None, field_name: str = "age") -> None:
    check_range(issues, field_name, age, MIN_AGE, 120)


def youth_parameter(age: int | None, bbl: bool) -> str | None:
    """Name of the youth-scale percentage for this age, or None for the adult WML."""
    if age is None or age >= ADULT_AGE:
        return None
    if bbl and age in BBL_AGES:
        return f"wml_youth_pct_bbl_{age}"
    return f"wml_youth_pct_{age}"


def wml_hourly(on: date, age: int | None = None, bbl: bool = False,
               params: ParameterSet | None = None) -> Amount:
    """Hourly WML in euro (cents) on a date, for an age (None = 21 or older)."""
    issues = Issues()
    validate_age(issues, age)
    issues.raise_if_any()
    lookup = Lookup(params)
    adult = _flag_if_stale(lookup.get("wml_hourly_21plus", on), on)
    youth_name = youth_parameter(age, bbl)
    if youth_name is None:
        return Amount(adult.decimal, Message(
            "WML per uur, 21 jaar en ouder", "hourly WML, 21 years and older"), (adult,))
    youth = lookup.get(youth_name, on)
    scale = "BBL-staffel" if "bbl" in youth_name else "jeugdstaffel"
    return Amount(money(adult.decimal * fraction(youth)), Message(
        f"WML per uur voor {age} jaar = WML 21+ × {youth.value}% ({scale}), afgerond op centen",
        f"hourly WML at age {age} = WML 21+ × {youth.value}% ({scale}), rounded to cents"),
        (adult, youth))
