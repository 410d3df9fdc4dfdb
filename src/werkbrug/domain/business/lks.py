"""Loonkostensubsidie per hour, month and year (Participatiewet art. 10d; rules-nl.md 2.2).

    LKS_per_uur = min((1 − LW) × WML_uur × (1 + VB), cap × WML_uur × (1 + VB)) × (1 + werkgeverslasten)
    forfaitair:  forfait × WML_uur × (1 + VB) × (1 + werkgeverslasten)   (10d lid 5, first 6 months)

per_hour is rounded to 4 decimals; per_month = per_hour × counted hours × 52 / 12 and
per_year = per_hour × counted hours × 52, both rounded to cents. Counted hours = the weekly
hours, at most `lks_hours_ceiling` (10d lid 4: hours above 36 count up to the sector's full time;
Werkbrug does not know that duration and counts at most 40)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.domain.business.amounts import (
    HUNDRED,
    MONTHS_PER_YEAR,
    WEEKS_PER_YEAR,
    Amount,
    Lookup,
    check_range,
    fraction,
    money,
    per_hour,
    unconfirmed_parameters,
)
from werkbrug.domain.business.wml import validate_age, wml_hourly
from werkbrug.domain.errors import Issues, Message
from werkbrug.domain.parameters import ParameterSet, ParameterVersion

MAX_HOURS_PER_WEEK = Decimal(60)


@dataclass(frozen=True)
class LksResult:
    per_hour: Amount
    per_month: Amount
    per_year: Amount
    wml: Amount
    hours_per_week: Decimal
    hours_counted: Decimal
    loonwaarde_pct: Decimal | None
    forfaitair: bool
    notes: tuple[Message, ...]

    @property
    def amounts(self) -> tuple[Amount, ...]:
        return (self.per_hour, self.per_month, self.per_year, self.wml)

    def as_dict(self) -> dict[str, Any]:
        return {
            "per_hour": self.per_hour.value, "per_month": self.per_month.value,
            "per_year": self.per_year.value, "wml_hourly": self.wml.value,
            "hours_per_week": self.hours_per_week, "hours_counted": self.hours_counted,
            "loonwaarde_pct": self.loonwaarde_pct, "forfaitair": self.forfaitair,
            "rule": {"nl": self.per_hour.rule.nl, "en": self.per_hour.rule.en},
            "amounts": {"per_hour": self.per_hour.as_dict(), "per_month": self.per_month.as_dict(),
                        "per_year": self.per_year.as_dict(), "wml_hourly": self.wml.as_dict()},
            "notes": [{"nl": n.nl, "en": n.en} for n in self.notes],
            "unconfirmed": unconfirmed_parameters(self.amounts),
        }


def validate_lks_input(loonwaarde_pct: Decimal | None, hours_per_week: Decimal,
                       age: int | None, forfaitair: bool) -> None:
    issues = Issues()
    if loonwaarde_pct is None and not forfaitair:
        issues.add("loonwaarde", "required", "is verplicht (behalve bij forfaitaire LKS)",
                   "is required (except for forfaitaire LKS)")
    check_range(issues, "loonwaarde", loonwaarde_pct, 0, 100)
    check_range(issues, "hours_per_week", hours_per_week, 0, MAX_HOURS_PER_WEEK)
    validate_age(issues, age)
    issues.raise_if_any()


def _hourly_basis(lw: Decimal | None, forfaitair: bool, wml_vb: Decimal,
                  cap: ParameterVersion, forfait: ParameterVersion) -> tuple[Decimal, Message]:
    """The subsidised wage gap per hour before the werkgeverslasten, and the rule used."""
    if forfaitair:
        return fraction(forfait) * wml_vb, Message(
            f"forfaitaire LKS (Pw 10d lid 5): {forfait.value}% × (WML + VB) × (1 + werkgeverslasten)",
            f"forfaitaire LKS (Pw 10d lid 5): {forfait.value}% × (WML + VB) × (1 + employer charges)")
    assert lw is not None
    gap = (1 - lw / HUNDRED) * wml_vb
    ceiling = fraction(cap) * wml_vb
    if gap > ceiling:
        return ceiling, Message(
            f"LKS (Pw 10d lid 4): (WML + VB) − loonwaarde begrensd op {cap.value}% van (WML + VB), "
            "× (1 + werkgeverslasten)",
            f"LKS (Pw 10d lid 4): (WML + VB) − loonwaarde capped at {cap.value}% of (WML + VB), "
            "× (1 + employer charges)")
    return gap, Message(
        "LKS (Pw 10d lid 4): ((WML + VB) − loonwaarde × (WML + VB)) × (1 + werkgeverslasten)",
        "LKS (Pw 10d lid 4): ((WML + VB) − loonwaarde × (WML + VB)) × (1 + employer charges)")


def _counted_hours(hours: Decimal, lookup: Lookup, on: date
                   ) -> tuple[Decimal, tuple[ParameterVersion, ...], tuple[Message, ...]]:
    fulltime = lookup.get("lks_fulltime_hours", on)
    if hours <= fulltime.decimal:
        return hours, (fulltime,), ()
    ceiling = lookup.get("lks_hours_ceiling", on)
    counted = min(hours, ceiling.decimal)
    return counted, (fulltime, ceiling), (Message(
        f"uren boven {fulltime.value} tellen mee tot de voltijdsduur van de sector; Werkbrug telt er "
        f"ten hoogste {ceiling.value} (hier {counted})",
        f"hours above {fulltime.value} count up to the sector's full-time duration; Werkbrug counts "
        f"at most {ceiling.value} (here {counted})"),)


def lks(on: date, loonwaarde_pct: Decimal | int | None, hours_per_week: Decimal | int,
        age: int | None = None, forfaitair: bool = False, *, bbl: bool = False,
        params: ParameterSet | None = None) -> LksResult:
    """LKS on a date for a loonwaarde (percent of WML) and weekly hours; see the module text."""
    lw = None if loonwaarde_pct is None else Decimal(loonwaarde_pct)
    hours = Decimal(hours_per_week)
    validate_lks_input(lw, hours, age, forfaitair)
    lookup = Lookup(params)
    wml = wml_hourly(on, age, bbl, lookup.params)
    vb, lasten = lookup.get("vakantiebijslag_pct", on), lookup.get("lks_werkgeverslasten_pct", on)
    cap, forfait = lookup.get("lks_cap_pct", on), lookup.get("lks_forfaitair_pct", on)
    wml_vb = wml.value * (1 + fraction(vb))
    basis, rule = _hourly_basis(lw, forfaitair, wml_vb, cap, forfait)
    hourly = per_hour(basis * (1 + fraction(lasten)))
    used = (*wml.parameters, vb, forfait if forfaitair else cap, lasten)
    counted, hour_params, notes = _counted_hours(hours, lookup, on)
    if forfaitair:
        months = lookup.get("lks_forfaitair_max_months", on)
        used += (months,)
        notes += (Message(f"forfaitaire LKS geldt ten hoogste de eerste {months.value} maanden",
                          f"forfaitaire LKS applies for at most the first {months.value} months"),)
    per_month = money(hourly * counted * WEEKS_PER_YEAR / MONTHS_PER_YEAR)
    return LksResult(
        per_hour=Amount(hourly, rule, used),
        per_month=Amount(per_month, Message(
            f"{rule.nl}; per maand = € {hourly} per uur × {counted} uur × 52 / 12 (naar rato van 36 uur)",
            f"{rule.en}; per month = € {hourly} per hour × {counted} hours × 52 / 12 (pro rata to 36 hours)"),
            used + hour_params),
        per_year=Amount(money(hourly * counted * WEEKS_PER_YEAR), Message(
            f"{rule.nl}; per jaar = € {hourly} per uur × {counted} uur × 52",
            f"{rule.en}; per year = € {hourly} per hour × {counted} hours × 52"),
            used + hour_params),
        wml=wml, hours_per_week=hours, hours_counted=counted, loonwaarde_pct=lw,
        forfaitair=forfaitair, notes=notes)
