"""Month by month over the first year: income with the job against income on the benefit only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.domain.business.amounts import MONTHS_PER_YEAR, money
from werkbrug.domain.errors import Issues, Message
from werkbrug.domain.income import texts
from werkbrug.domain.income.bijstand import NORMS, bijstand_month
from werkbrug.domain.income.months import MonthRow, month_starts, monthly_earnings
from werkbrug.domain.income.wajong import wajong_month
from werkbrug.domain.parameters import ParameterSet, ParameterVersion, load_parameters

BENEFITS = ("bijstand", "wajong")
AOW_AGE = 67  # simplification: the AOW age itself moves with life expectancy


@dataclass(frozen=True)
class IncomeQuestion:
    benefit: str
    household: str
    age: int
    hours_per_week: Decimal
    hourly_wage: Decimal
    start: date
    medical_hours_limit: bool = False
    loondispensatie: bool = False
    net_month: Decimal | None = None  # net wage per month if known; bijstand counts net income


def _validate(q: IncomeQuestion) -> None:
    issues = Issues()
    if q.benefit not in BENEFITS:
        issues.add("benefit", "invalid", "kies bijstand of wajong", "choose bijstand or wajong")
    if q.household not in NORMS:
        issues.add("household", "invalid", "kies single, couple of single_parent", "choose single, couple or single_parent")
    low = 21 if q.benefit == "bijstand" else 18  # the bijstand youth norms are not in Werkbrug's parameters
    if not low <= q.age < AOW_AGE:
        issues.add("age", "out_of_range", f"leeftijd moet tussen {low} en {AOW_AGE - 1} liggen",
                   f"age must be between {low} and {AOW_AGE - 1}")
    if not 0 < q.hours_per_week <= 60:
        issues.add("hours_per_week", "out_of_range", "uren per week moeten tussen 0 en 60 liggen",
                   "hours per week must be between 0 and 60")
    if not 0 < q.hourly_wage <= 200:
        issues.add("hourly_wage", "out_of_range", "uurloon moet tussen 0 en 200 euro liggen",
                   "hourly wage must be between 0 and 200 euro")
    if q.net_month is not None and q.net_month < 0:
        issues.add("net_month", "out_of_range", "netto loon kan niet negatief zijn", "net wage cannot be negative")
    issues.raise_if_any()


def _rows(q: IncomeQuestion, params: ParameterSet, used: list[ParameterVersion]) -> list[MonthRow]:
    gross = monthly_earnings(q.hourly_wage, q.hours_per_week)
    if q.benefit == "wajong":
        return [wajong_month(params, m, q.age, gross, q.loondispensatie, used) for m in month_starts(q.start)]
    net = gross if q.net_month is None else q.net_month
    return [bijstand_month(params, m, i, q.household, q.age, net, q.medical_hours_limit, used)
            for i, m in enumerate(month_starts(q.start))]


def _notes(q: IncomeQuestion) -> list[Message]:
    notes = [Message("Vakantiegeld (8%) is niet meegeteld; dat komt meestal in mei.",
                     "Holiday pay (8%) is not counted; it usually comes in May.")]
    if q.benefit == "bijstand" and q.net_month is None:
        notes.append(Message("Loonheffing is niet berekend: het brutoloon is als nettoloon gebruikt (ONBEVESTIGD). "
                             "Geef --net-month voor een betere schatting.",
                             "Wage tax is not computed: the gross wage is used as net (UNCONFIRMED). "
                             "Give --net-month for a better estimate."))
    if q.benefit == "wajong":
        notes.append(Message("Wajong en loon zijn bruto bedragen.", "Wajong and wage are gross amounts."))
    if q.loondispensatie:
        notes.append(Message("Met loondispensatie houdt u meer over; die regel is ONBEVESTIGD, hier staat de "
                             "30-centregel als ondergrens.",
                             "With loondispensatie you keep more; that rule is UNCONFIRMED, the 30-cents rule "
                             "is shown as a lower bound."))
    if q.medical_hours_limit and q.benefit == "bijstand":
        notes.append(Message("Of de algemene vrijlating en die voor medische urenbeperking samen gelden, is "
                             "ONBEVESTIGD; hier telt alleen die voor medische urenbeperking.",
                             "Whether the general vrijlating and the medical one add up is UNCONFIRMED; only "
                             "the medical one is counted here."))
    return notes


def _pair(message: Message) -> dict[str, str]:
    return {"nl": message.nl, "en": message.en}


def estimate_income(q: IncomeQuestion, params: ParameterSet | None = None) -> dict[str, Any]:
    _validate(q)
    params = params or load_parameters()
    used: list[ParameterVersion] = []
    rows = _rows(q, params, used)
    differences = [r.difference for r in rows]
    average = money(sum(differences, Decimal(0)) / MONTHS_PER_YEAR)
    unique = {(p.name, p.valid_from): p for p in used}
    parameters = [p.as_dict() for _, p in sorted(unique.items())]
    return {
        "estimate": True, "notice": _pair(texts.ESTIMATE), "benefit": q.benefit, "household": q.household,
        "age": q.age, "hours_per_week": str(q.hours_per_week), "hourly_wage": str(q.hourly_wage),
        "start": q.start.isoformat(), "medical_hours_limit": q.medical_hours_limit,
        "loondispensatie": q.loondispensatie,
        "months": [r.as_dict() | {"explanation": _pair(texts.RULES[r.rule])} for r in rows],
        "average_difference": str(average),
        "summary": _pair(texts.summary(q.benefit, average, min(differences), max(differences))),
        "when_job_ends": _pair(texts.JOB_ENDS[q.benefit]),
        "check_also": [_pair(m) for m in texts.CHECK_ALSO + (texts.CHECK_ALSO_WAJONG if q.benefit == "wajong" else ())],
        "notes": [_pair(n) for n in _notes(q)],
        "parameters": parameters,
        "unconfirmed": [p for p in parameters if p["unconfirmed"]],
    }
