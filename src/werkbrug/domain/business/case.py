"""The employer's business case for one candidate on one job, month by month.

Each month uses the parameters in force on its first day, so a contract that crosses 1 January
or 1 July follows the WML indexation. Net cost = wage cost − LKS − LKV − sick pay avoided by the
no-riskpolis + jobcoach and accommodations paid by the employer; it is set against the productive
value = loonwaarde × the wage cost of a fully productive worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.domain.business import case_parts as parts
from werkbrug.domain.business.amounts import Amount, Lookup, money, unconfirmed_parameters
from werkbrug.domain.business.case_input import CaseInput, validate_case
from werkbrug.domain.business.wml import wml_hourly
from werkbrug.domain.errors import Message
from werkbrug.domain.parameters import ParameterSet

COMPONENTS = ("wage_cost", "lks", "lkv", "noriskpolis_avoided", "jobcoach_employer",
              "accommodations_employer", "net_cost", "productive_value")
SUBTRACTED = ("lks", "lkv", "noriskpolis_avoided")


@dataclass(frozen=True)
class MonthLine:
    month: date
    wml_hourly: Amount
    amounts: dict[str, Amount]

    def as_dict(self) -> dict[str, Any]:
        return {"month": self.month.strftime("%Y-%m"), "wml_hourly": self.wml_hourly.as_dict(),
                **{name: amount.as_dict() for name, amount in self.amounts.items()}}


def month_starts(start: date, months: int) -> list[date]:
    first = start.replace(day=1)
    return [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
            for i in range(months)]


def _net(amounts: dict[str, Amount]) -> Amount:
    value = amounts["wage_cost"].value + amounts["jobcoach_employer"].value \
        + amounts["accommodations_employer"].value - sum(amounts[n].value for n in SUBTRACTED)
    return Amount(value, Message(
        "netto kosten = loonkosten − LKS − LKV − vermeden loonkosten bij ziekte + jobcoach + "
        "werkplekaanpassingen (werkgeversdeel)",
        "net cost = wage cost − LKS − LKV − avoided sick pay + jobcoach + accommodations "
        "(employer's share)"))


def _month(case: CaseInput, index: int, month: date, lkv_used: Decimal, lookup: Lookup) -> MonthLine:
    wml = wml_hourly(month, case.age, case.bbl, lookup.params)
    wage = parts.wage(case, month, wml, lookup)
    amounts = {
        "wage_cost": wage.cost,
        "lks": parts.subsidy(case, index, month, lookup),
        "lkv": parts.lkv_month(case, month, lkv_used, lookup),
        "noriskpolis_avoided": parts.noriskpolis(case, month, wage.paid_with_vb, lookup),
        "jobcoach_employer": parts.jobcoach(case, index, month, lookup),
        "accommodations_employer": parts.accommodations(case, index),
    }
    amounts["net_cost"] = _net(amounts)
    amounts["productive_value"] = Amount(
        money(wage.full_cost * case.loonwaarde_pct / 100), Message(
            f"productieve waarde = loonwaarde {case.loonwaarde_pct}% × loonkosten bij volle productiviteit",
            f"productive value = loonwaarde {case.loonwaarde_pct}% × wage cost at full productivity"),
        wage.parameters)
    return MonthLine(month, wml, amounts)


@dataclass(frozen=True)
class BusinessCase:
    case: CaseInput
    months: list[MonthLine]

    def totals(self, year: int | None = None) -> dict[str, Decimal]:
        lines = [m for m in self.months if year is None or m.month.year == year]
        return {name: sum((m.amounts[name].value for m in lines), Decimal(0)) for name in COMPONENTS}

    def per_year(self) -> list[dict[str, Any]]:
        years = sorted({m.month.year for m in self.months})
        return [{"year": y, "months": sum(1 for m in self.months if m.month.year == y),
                 **self.totals(y)} for y in years]

    def per_month_average(self) -> dict[str, Decimal]:
        return {name: money(v / len(self.months)) for name, v in self.totals().items()}

    def unconfirmed(self) -> list[dict[str, Any]]:
        return unconfirmed_parameters(
            [m.wml_hourly for m in self.months] + [a for m in self.months for a in m.amounts.values()])

    def summary(self) -> Message:
        t, avg = self.totals(), self.per_month_average()
        n = len(self.months)
        gap = t["net_cost"] - t["productive_value"]
        flag_nl = " Let op: er zijn ONBEVESTIGDE parameters gebruikt." if self.unconfirmed() else ""
        flag_en = " Note: UNCONFIRMED parameters were used." if self.unconfirmed() else ""
        return Message(
            f"Over {n} maanden kost deze medewerker de werkgever netto € {t['net_cost']} "
            f"(gemiddeld € {avg['net_cost']} per maand), na € {t['lks']} loonkostensubsidie en "
            f"€ {t['lkv']} loonkostenvoordeel. De productieve waarde is € {t['productive_value']}; "
            f"het verschil is € {gap}.{flag_nl}",
            f"Over {n} months this employee costs the employer € {t['net_cost']} net "
            f"(on average € {avg['net_cost']} a month), after € {t['lks']} wage-cost subsidy and "
            f"€ {t['lkv']} LKV. The productive value is € {t['productive_value']}; "
            f"the difference is € {gap}.{flag_en}")

    def as_dict(self) -> dict[str, Any]:
        summary = self.summary()
        return {
            "summary": {"nl": summary.nl, "en": summary.en},
            "totals": self.totals(), "per_month_average": self.per_month_average(),
            "per_year": self.per_year(),
            "net_cost_minus_productive_value": self.totals()["net_cost"] - self.totals()["productive_value"],
            "unconfirmed": self.unconfirmed(),
            "months": [m.as_dict() for m in self.months],
        }


def business_case(case: CaseInput, params: ParameterSet | None = None) -> BusinessCase:
    """Compute the business case month by month; raises DomainValidationError on bad input."""
    validate_case(case)
    lookup = Lookup(params)
    lines: list[MonthLine] = []
    lkv_used: dict[int, Decimal] = {}
    for index, month in enumerate(month_starts(case.start, case.months)):
        line = _month(case, index, month, lkv_used.get(month.year, Decimal(0)), lookup)
        lkv_used[month.year] = lkv_used.get(month.year, Decimal(0)) + line.amounts["lkv"].value
        lines.append(line)
    return BusinessCase(case, lines)
