"""Input of the employer business case (one candidate on one job), with its validation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from werkbrug.domain.business.amounts import check_range
from werkbrug.domain.business.lkv import KINDS
from werkbrug.domain.business.wml import validate_age
from werkbrug.domain.errors import Issues
from werkbrug.domain.vocabulary import COST_PERIODS, FUNDING_ROUTES

# lks: loonkostensubsidie on the set loonwaarde (Pw 10d lid 4); lks_forfaitair: forfaitaire LKS for
# the first months (10d lid 5), then lid 4; loondispensatie: Wajong 2:20; none: no wage instrument.
INSTRUMENTS = ("lks", "lks_forfaitair", "loondispensatie", "none")
JOBCOACH_FUNDERS = ("gemeente", "uwv", "werkgever")
EMPLOYER = "werkgever"
MAX_MONTHS = 120


@dataclass(frozen=True)
class Jobcoach:
    hours_per_month: Decimal
    funder: str  # gemeente (Pw 10 / 10da), uwv (Wet WIA 35) or werkgever
    hourly_rate: Decimal | None = None  # None: the (UNCONFIRMED) jobcoach_hourly_tariff parameter
    months: int | None = None  # None: the whole contract


@dataclass(frozen=True)
class Accommodation:
    description: str
    cost: Decimal
    funder: str  # a FUNDING_ROUTES code
    period: str = "eenmalig"  # a COST_PERIODS code


@dataclass(frozen=True)
class CaseInput:
    start: date
    months: int
    hours_per_week: Decimal
    loonwaarde_pct: Decimal
    instrument: str = "lks"
    age: int | None = None
    bbl: bool = False
    hourly_wage: Decimal | None = None  # CAO wage excl. VB; None: the WML of each month
    employer_charges_pct: Decimal | None = None  # None: the 23.5% of the Regeling LKS as a proxy
    lkv_kind: str | None = "banenafspraak"
    lkv_start: date | None = None  # hire date for the LKV rules; None: `start`
    noriskpolis: bool = True
    noriskpolis_full_pay: bool = False  # employer asks 100% of dagloon (ZW 29b lid 6)
    sickness_rate_pct: Decimal | None = None  # None: the (UNCONFIRMED) assumed rate parameter
    jobcoach: Jobcoach | None = None
    accommodations: tuple[Accommodation, ...] = field(default=())


def _check_codes(issues: Issues, case: CaseInput) -> None:
    if case.instrument not in INSTRUMENTS:
        issues.add("instrument", "unknown", f"kies uit {', '.join(INSTRUMENTS)}",
                   f"choose from {', '.join(INSTRUMENTS)}")
    if case.lkv_kind is not None and case.lkv_kind not in KINDS:
        issues.add("lkv_kind", "unknown", f"kies uit {', '.join(KINDS)}", f"choose from {', '.join(KINDS)}")
    if case.jobcoach is not None and case.jobcoach.funder not in JOBCOACH_FUNDERS:
        issues.add("jobcoach.funder", "unknown", f"kies uit {', '.join(JOBCOACH_FUNDERS)}",
                   f"choose from {', '.join(JOBCOACH_FUNDERS)}")
    for i, item in enumerate(case.accommodations):
        if item.funder not in FUNDING_ROUTES:
            issues.add(f"accommodations[{i}].funder", "unknown", f"kies uit {', '.join(FUNDING_ROUTES)}",
                       f"choose from {', '.join(FUNDING_ROUTES)}")
        if item.period not in COST_PERIODS:
            issues.add(f"accommodations[{i}].period", "unknown", f"kies uit {', '.join(COST_PERIODS)}",
                       f"choose from {', '.join(COST_PERIODS)}")
        check_range(issues, f"accommodations[{i}].cost", item.cost, 0)


def validate_case(case: CaseInput) -> None:
    issues = Issues()
    check_range(issues, "months", case.months, 1, MAX_MONTHS)
    check_range(issues, "hours_per_week", case.hours_per_week, Decimal("0.01"), 60)
    check_range(issues, "loonwaarde", case.loonwaarde_pct, 0, 100)
    validate_age(issues, case.age)
    check_range(issues, "hourly_wage", case.hourly_wage, 0)
    check_range(issues, "employer_charges_pct", case.employer_charges_pct, 0, 100)
    check_range(issues, "sickness_rate_pct", case.sickness_rate_pct, 0, 100)
    if case.jobcoach is not None:
        check_range(issues, "jobcoach.hours_per_month", case.jobcoach.hours_per_month, 0, 200)
        check_range(issues, "jobcoach.hourly_rate", case.jobcoach.hourly_rate, 0)
        check_range(issues, "jobcoach.months", case.jobcoach.months, 0, MAX_MONTHS)
    _check_codes(issues, case)
    issues.raise_if_any()
