"""From a stored candidate and work item to the input of the business-case calculator, with a
record of where each input came from (registry, option, estimate or assumption)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from werkbrug.businesscase import choices
from werkbrug.businesscase.accommodations import AccommodationPlan, plan_accommodations
from werkbrug.businesscase.estimate import LABEL, estimate_loonwaarde
from werkbrug.domain.business import CaseInput, Jobcoach
from werkbrug.domain.business.amounts import MONTHS_PER_YEAR, WEEKS_PER_YEAR, Lookup, money
from werkbrug.domain.errors import DomainValidationError, Issue, Message
from werkbrug.domain.parameters import ParameterVersion
from werkbrug.loonwaarde import services as loonwaarde_services
from werkbrug.registry.models import Candidate, Work
from werkbrug.registry.services import doelgroep_on

DEFAULT_MONTHS = 12


@dataclass(frozen=True)
class Prepared:
    case: CaseInput
    candidate: Candidate
    work: Work
    loonwaarde: dict[str, Any]
    choices: dict[str, choices.Choice]
    doelgroep: str | None
    jobcoach: dict[str, Any] | None
    accommodations: AccommodationPlan
    assumptions: tuple[ParameterVersion, ...]  # estimate and jobcoach share, all UNCONFIRMED


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def contract_months(start: date, end: date | None) -> int:
    """Calendar months the contract covers; the end date is the last working day."""
    if end is None or end < start:
        return DEFAULT_MONTHS
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month + (after.day > start.day)
    return max(months, 1)


def _loonwaarde(candidate: Candidate, work: Work, given: Decimal | None, on: date,
                lookup: Lookup) -> tuple[dict[str, Any], tuple[ParameterVersion, ...]]:
    if given is not None:
        return {"pct": given, "kind": "input", "label": {"nl": "opgegeven", "en": "given"},
                "explanation": {"nl": "loonwaarde opgegeven door de gebruiker",
                                "en": "loonwaarde given by the user"}}, ()
    measured = loonwaarde_services.business_case_default(candidate.pk, work.pk)  # latest FINAL measurement
    if measured is not None:
        return measured, ()
    demands = [t.fml_demand for t in work.tasks.all()]
    found = estimate_loonwaarde(candidate.fml_profile or {}, demands, on, lookup)
    return {"pct": found.pct, "kind": "estimate", "label": {"nl": LABEL.nl, "en": LABEL.en},
            "explanation": {"nl": found.explanation.nl, "en": found.explanation.en},
            "limited_items": found.limited_items, "demanded_items": found.demanded_items,
            "parameters": [p.as_dict() for p in found.parameters]}, found.parameters


def _jobcoach(candidate: Candidate, instrument: str, hours: Decimal, on: date, lookup: Lookup
              ) -> tuple[Jobcoach | None, dict[str, Any] | None, tuple[ParameterVersion, ...]]:
    if not candidate.needs_jobcoach:
        return None, None, ()
    share = lookup.get("jobcoach_hours_share_pct", on)
    funder = choices.jobcoach_funder(instrument, candidate.benefit)
    per_month = money(hours * WEEKS_PER_YEAR / MONTHS_PER_YEAR * share.decimal / 100)
    info = {"hours_per_month": per_month, "funder": funder.as_dict(),
            "hours_basis": {"nl": f"{share.value}% van de betaalde uren (aanname)",
                            "en": f"{share.value}% of the paid hours (assumption)"}}
    return Jobcoach(per_month, str(funder.code)), info, (share,)


def _wage(work: Work) -> Decimal | None:
    return Decimal(work.wage_per_hour) if work.wage_per_hour is not None else None


@dataclass(frozen=True)
class Options:
    loonwaarde: Decimal | None = None
    on: date | None = None
    months: int | None = None
    sickness_rate: Decimal | None = None
    forfaitair: bool = False
    use_matching: bool = True
    hours: Decimal | None = None  # hours per week; default the work's


def prepare(candidate: Candidate, work: Work, options: Options) -> Prepared:
    start = options.on or work.start_date or date.today()
    months = options.months or contract_months(start, work.end_date)
    age = age_on(candidate.date_of_birth, start)
    if age < 15:
        raise DomainValidationError([Issue("date", "too_young", Message(
            "de kandidaat is op de startdatum jonger dan 15 jaar",
            "the candidate is younger than 15 on the start date"))])
    lookup = Lookup()
    registration = doelgroep_on(candidate, start)
    category = registration.category if registration else None
    picked = {"instrument": choices.instrument(candidate.benefit, category, options.forfaitair),
              "lkv": choices.lkv(category), "noriskpolis": choices.noriskpolis(candidate.benefit, category)}
    loonwaarde, estimate_params = _loonwaarde(candidate, work, options.loonwaarde, start, lookup)
    hours = options.hours if options.hours is not None else Decimal(work.hours_per_week)
    coach, coach_info, coach_params = _jobcoach(
        candidate, str(picked["instrument"].code), hours, start, lookup)
    plan = plan_accommodations(candidate, work, start, options.use_matching)
    case = CaseInput(
        start=start, months=months, hours_per_week=hours, loonwaarde_pct=loonwaarde["pct"],
        instrument=str(picked["instrument"].code), age=age, hourly_wage=_wage(work),
        lkv_kind=picked["lkv"].code, lkv_start=start, noriskpolis=picked["noriskpolis"].code is not None,
        sickness_rate_pct=options.sickness_rate, jobcoach=coach, accommodations=plan.items)
    return Prepared(case, candidate, work, loonwaarde, picked, category, coach_info, plan,
                    estimate_params + coach_params)
