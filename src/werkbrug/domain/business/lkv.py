"""Loonkostenvoordeel per calendar year (Wet tegemoetkomingen loondomein; rules-nl.md 2.5).

    LKV_per_jaar = min(verloonde uren × bedrag per uur, maximum per jaar)

Amounts are looked up on `on` (a date in the calendar year claimed); the maximum duration and the
doelgroepverklaring rule are looked up on the hire date, because the Wet banenafspraak changes them
for hires from 1 January 2026 only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.domain.business.amounts import (
    Amount,
    Lookup,
    check_range,
    money,
    unconfirmed_parameters,
)
from werkbrug.domain.errors import Issues, Message
from werkbrug.domain.parameters import ParameterSet, ParameterVersion

KINDS = ("banenafspraak", "arbeidsgehandicapt", "herplaatsen", "oudere")
MAX_HOURS_PER_YEAR = Decimal(366 * 24)


@dataclass(frozen=True)
class LkvTerms:
    """What one kind of LKV pays in a year for one hire, and whether it applies at all."""

    kind: str
    hourly: ParameterVersion
    cap: ParameterVersion
    eligible: bool
    parameters: tuple[ParameterVersion, ...]
    notes: tuple[Message, ...]


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _duration(kind: str, period: date, start: date | None, lookup: Lookup
              ) -> tuple[bool, tuple[ParameterVersion, ...], tuple[Message, ...]]:
    if start is None:
        return True, (), (Message("maximale duur niet getoetst: geen startdatum opgegeven",
                                  "maximum duration not checked: no start date given"),)
    limit = lookup.get(f"lkv_{kind}_max_years", start, "start_date")
    if not isinstance(limit.value, Decimal):  # "unlimited": hires from 2026 (Wet banenafspraak)
        return True, (limit,), (Message("geen maximale duur voor dit dienstverband",
                                        "no maximum duration for this employment"),)
    end = _add_years(start, int(limit.value))
    if period >= end:
        return False, (limit,), (Message(
            f"de periode van {limit.value} jaar na de start eindigde op {end:%d-%m-%Y}",
            f"the {limit.value}-year period after the start ended on {end.isoformat()}"),)
    if end.year == period.year:
        return True, (limit,), (Message(
            f"alleen uren tot {end:%d-%m-%Y} tellen mee (maximaal {limit.value} jaar)",
            f"only hours before {end.isoformat()} count (at most {limit.value} years)"),)
    return True, (limit,), ()


def _verklaring(kind: str, start: date | None, lookup: Lookup
                ) -> tuple[tuple[ParameterVersion, ...], tuple[Message, ...]]:
    if kind != "banenafspraak" or start is None:
        return (), ()
    rule = lookup.get("lkv_banenafspraak_verklaring_months", start, "start_date")
    if isinstance(rule.value, Decimal):
        return (rule,), (Message(
            f"voorwaarde: doelgroepverklaring aangevraagd binnen {rule.value} maanden na de start (Wtl 2.11)",
            f"condition: doelgroepverklaring requested within {rule.value} months of the start (Wtl 2.11)"),)
    return (rule,), (Message(
        "geen doelgroepverklaring nodig: de werkgever toetst het doelgroepregister (Wet banenafspraak)",
        "no doelgroepverklaring needed: the employer checks the doelgroepregister (Wet banenafspraak)"),)


def lkv_terms(on: date, start_date: date | None = None, kind: str = "banenafspraak",
              params: ParameterSet | Lookup | None = None, period: date | None = None) -> LkvTerms:
    """Terms for the period starting `period` (default: 1 January of the year of `on`)."""
    lookup = params if isinstance(params, Lookup) else Lookup(params)
    hourly = lookup.get(f"lkv_{kind}_hourly", on)
    cap = lookup.get(f"lkv_{kind}_max_per_year", on)
    eligible, duration_params, notes = _duration(
        kind, period or date(on.year, 1, 1), start_date, lookup)
    verklaring_params, verklaring_notes = _verklaring(kind, start_date, lookup)
    if hourly.decimal == 0:
        eligible = False
        notes += (Message(f"LKV {kind} bestaat niet op {on:%d-%m-%Y}",
                          f"LKV {kind} does not exist on {on.isoformat()}"),)
    return LkvTerms(kind, hourly, cap, eligible, (hourly, cap, *duration_params, *verklaring_params),
                    notes + verklaring_notes)


@dataclass(frozen=True)
class LkvResult:
    per_year: Amount
    hours_per_year: Decimal
    cap_reached_at_hours: Decimal | None
    terms: LkvTerms

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.terms.kind, "per_year": self.per_year.value,
            "hours_per_year": self.hours_per_year, "eligible": self.terms.eligible,
            "hourly": self.terms.hourly.decimal, "max_per_year": self.terms.cap.decimal,
            "cap_reached_at_hours": self.cap_reached_at_hours,
            "rule": {"nl": self.per_year.rule.nl, "en": self.per_year.rule.en},
            "amounts": {"per_year": self.per_year.as_dict()},
            "notes": [{"nl": n.nl, "en": n.en} for n in self.terms.notes],
            "unconfirmed": unconfirmed_parameters([self.per_year]),
        }


def validate_lkv_input(on: date, hours: Decimal, start_date: date | None, kind: str) -> None:
    issues = Issues()
    check_range(issues, "hours_per_year", hours, 0, MAX_HOURS_PER_YEAR)
    if kind not in KINDS:
        issues.add("kind", "unknown", f"onbekende LKV-soort '{kind}'; kies uit {', '.join(KINDS)}",
                   f"unknown LKV kind '{kind}'; choose from {', '.join(KINDS)}")
    if start_date is not None and start_date.year > on.year:
        issues.add("start_date", "after_year", "ligt na het kalenderjaar van de berekening",
                   "lies after the calendar year of the calculation")
    issues.raise_if_any()


def lkv(on: date, hours_per_year: Decimal | int, start_date: date | None = None,
        kind: str = "banenafspraak", params: ParameterSet | None = None) -> LkvResult:
    """LKV for the calendar year of `on`, for the paid hours of that year."""
    hours = Decimal(hours_per_year)
    validate_lkv_input(on, hours, start_date, kind)
    terms = lkv_terms(on, start_date, kind, params)
    rate, cap = terms.hourly.decimal, terms.cap.decimal
    value = money(min(hours * rate, cap)) if terms.eligible else money(Decimal(0))
    rule = Message(
        f"LKV {kind} (Wtl): min(verloonde uren × € {rate}, € {cap}) per kalenderjaar",
        f"LKV {kind} (Wtl): min(paid hours × € {rate}, € {cap}) per calendar year")
    reached = (cap / rate).quantize(Decimal("0.01")) if rate else None
    return LkvResult(Amount(value, rule, terms.parameters, terms.notes), hours, reached, terms)
