"""The amounts of one contract month in the business case, each with its rule and parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from werkbrug.domain.business.amounts import (
    HUNDRED,
    MONTHS_PER_YEAR,
    WEEKS_PER_YEAR,
    Amount,
    Lookup,
    fraction,
    money,
)
from werkbrug.domain.business.case_input import EMPLOYER, CaseInput
from werkbrug.domain.business.lks import lks
from werkbrug.domain.business.lkv import lkv_terms
from werkbrug.domain.errors import DomainValidationError, Issue, Message
from werkbrug.domain.parameters import ParameterVersion

ZERO = Decimal(0)


def month_hours(case: CaseInput) -> Decimal:
    return case.hours_per_week * WEEKS_PER_YEAR / MONTHS_PER_YEAR


def none(nl: str, en: str) -> Amount:
    return Amount(money(ZERO), Message(nl, en))


@dataclass(frozen=True)
class Wage:
    """Wage cost of one month: what the employer pays and what full productivity would cost."""

    cost: Amount
    paid_with_vb: Decimal  # wage incl. vakantiebijslag actually paid (basis of the dagloon)
    full_cost: Decimal  # employer cost at 100% productivity (basis of the productive value)
    parameters: tuple[ParameterVersion, ...]


def wage(case: CaseInput, month: date, wml: Amount, lookup: Lookup) -> Wage:
    hourly = case.hourly_wage if case.hourly_wage is not None else wml.value
    if hourly < wml.value and case.instrument != "loondispensatie":
        raise DomainValidationError([Issue("hourly_wage", "below_wml", Message(
            f"ligt onder het WML van {month:%m-%Y}; alleen met loondispensatie toegestaan",
            f"is below the WML of {month:%Y-%m}; only allowed with loondispensatie"))])
    vb = lookup.get("vakantiebijslag_pct", month)
    used: tuple[ParameterVersion, ...] = (vb,) if case.hourly_wage is not None else (*wml.parameters, vb)
    if case.employer_charges_pct is None:
        charges_version = lookup.get("lks_werkgeverslasten_pct", month)
        charges, used = fraction(charges_version), (*used, charges_version)
    else:
        charges = case.employer_charges_pct / HUNDRED
    with_vb = hourly * (1 + fraction(vb)) * month_hours(case)
    full = with_vb * (1 + charges)
    share = case.loonwaarde_pct / HUNDRED if case.instrument == "loondispensatie" else Decimal(1)
    basis = "CAO-loon" if case.hourly_wage is not None else "WML"
    shown = f"{(charges * HUNDRED).normalize():f}"
    rule = Message(
        f"loonkosten = {basis} € {hourly}/uur × {month_hours(case):.2f} uur × (1 + VB) × "
        f"(1 + {shown}% werkgeverslasten)",
        f"wage cost = {basis} € {hourly}/hour × {month_hours(case):.2f} hours × (1 + VB) × "
        f"(1 + {shown}% employer charges)")
    if share != 1:
        rule = Message(rule.nl + f" × loonwaarde {case.loonwaarde_pct}% (loondispensatie, Wajong 2:20; "
                       "UWV vult het inkomen aan)",
                       rule.en + f" × loonwaarde {case.loonwaarde_pct}% (loondispensatie, Wajong 2:20; "
                       "UWV tops up the income)")
    return Wage(Amount(money(full * share), rule, used), with_vb * share, full, used)


def subsidy(case: CaseInput, index: int, month: date, lookup: Lookup) -> Amount:
    if case.instrument not in ("lks", "lks_forfaitair"):
        return none("geen loonkostensubsidie", "no loonkostensubsidie")
    forfait_months = lookup.get("lks_forfaitair_max_months", month)
    forfaitair = case.instrument == "lks_forfaitair" and index < forfait_months.decimal
    result = lks(month, case.loonwaarde_pct, case.hours_per_week, case.age, forfaitair,
                 bbl=case.bbl, params=lookup.params)
    return result.per_month


def lkv_month(case: CaseInput, month: date, used_this_year: Decimal, lookup: Lookup) -> Amount:
    if case.lkv_kind is None:
        return none("geen loonkostenvoordeel", "no loonkostenvoordeel")
    terms = lkv_terms(month, case.lkv_start or case.start, case.lkv_kind, lookup, period=month)
    if not terms.eligible:
        return Amount(money(ZERO), Message(f"LKV {case.lkv_kind} is niet van toepassing",
                                           f"LKV {case.lkv_kind} does not apply"),
                      terms.parameters, terms.notes)
    room = max(terms.cap.decimal - used_this_year, ZERO)
    value = money(min(month_hours(case) * terms.hourly.decimal, room))
    return Amount(value, Message(
        f"LKV {case.lkv_kind} (Wtl) = uren × € {terms.hourly.value}, samen ten hoogste € {terms.cap.value} "
        "per kalenderjaar; uitbetaald na afloop van het jaar",
        f"LKV {case.lkv_kind} (Wtl) = hours × € {terms.hourly.value}, at most € {terms.cap.value} per "
        "calendar year in total; paid after the year"), terms.parameters, terms.notes)


def noriskpolis(case: CaseInput, month: date, paid_with_vb: Decimal, lookup: Lookup) -> Amount:
    if not case.noriskpolis:
        return none("geen no-riskpolis", "no no-riskpolis")
    used: tuple[ParameterVersion, ...] = ()
    if case.sickness_rate_pct is None:
        assumed = lookup.get("noriskpolis_assumed_sickness_rate_pct", month)
        rate, used = assumed.decimal, (assumed,)
    else:
        rate = case.sickness_rate_pct
    name = "noriskpolis_first_year_max_pct" if case.noriskpolis_full_pay else "noriskpolis_benefit_pct"
    pct = lookup.get(name, month)
    if case.noriskpolis_full_pay:
        used += (lookup.get("noriskpolis_first_year_weeks", month),)
    value = money(rate / HUNDRED * paid_with_vb * fraction(pct))
    return Amount(value, Message(
        f"vermeden loonkosten bij ziekte = verzuim {rate}% × loon incl. VB × {pct.value}% van het "
        "dagloon (ZW 29b; dagloon benaderd door het loon)",
        f"avoided sick pay = sickness rate {rate}% × wage incl. VB × {pct.value}% of the dagloon "
        "(ZW 29b; dagloon approximated by the wage)"), (*used, pct))


def jobcoach(case: CaseInput, index: int, month: date, lookup: Lookup) -> Amount:
    coach = case.jobcoach
    if coach is None or (coach.months is not None and index >= coach.months):
        return none("geen jobcoach", "no jobcoach")
    used: tuple[ParameterVersion, ...] = ()
    if coach.hourly_rate is None:
        tariff = lookup.get("jobcoach_hourly_tariff", month)
        rate, used = tariff.decimal, (tariff,)
    else:
        rate = coach.hourly_rate
    cost = money(coach.hours_per_month * rate)
    if coach.funder != EMPLOYER:
        return Amount(money(ZERO), Message(
            f"jobcoach € {cost} per maand betaald door {coach.funder} (Pw 10/10da, Wet WIA 35)",
            f"jobcoach € {cost} a month paid by {coach.funder} (Pw 10/10da, WIA 35)"), used)
    return Amount(cost, Message(f"jobcoach door werkgever betaald: {coach.hours_per_month} uur × € {rate}",
                                f"jobcoach paid by the employer: {coach.hours_per_month} hours × € {rate}"),
                  used)


def _share(cost: Decimal, period: str, index: int) -> Decimal:
    if period == "eenmalig":
        return cost if index == 0 else ZERO
    return cost / MONTHS_PER_YEAR if period == "per_jaar" else cost


def accommodations(case: CaseInput, index: int) -> Amount:
    own = sum((_share(a.cost, a.period, index) for a in case.accommodations if a.funder == EMPLOYER),
              ZERO)
    funded = sum((_share(a.cost, a.period, index) for a in case.accommodations if a.funder != EMPLOYER),
                 ZERO)
    return Amount(money(own), Message(
        f"werkplekaanpassingen voor rekening van de werkgever (eenmalig in maand 1, per jaar / 12); "
        f"door anderen betaald deze maand: € {money(funded)}",
        f"workplace accommodations paid by the employer (one-off in month 1, yearly / 12); "
        f"paid by others this month: € {money(funded)}"))
