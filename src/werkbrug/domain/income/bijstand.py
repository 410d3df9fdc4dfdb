"""Bijstand: benefit = norm − counted income (Pw art. 19(2), 31); vrijlatingen keep part of the earnings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from werkbrug.domain.business.amounts import HUNDRED, money
from werkbrug.domain.income.months import MonthRow
from werkbrug.domain.parameters import ParameterSet, ParameterVersion

NORMS = {"single": "bijstand_norm_single", "couple": "bijstand_norm_couple",
         "single_parent": "bijstand_norm_single_parent"}


def _vrijlating(params: ParameterSet, month: date, earnings: Decimal, index: int, age: int,
                medical: bool, used: list[ParameterVersion]) -> tuple[Decimal, str]:
    if earnings <= 0:
        return Decimal(0), "no_earnings"
    if medical:  # art. 31(2)(y): for as long as the urenbeperking lasts
        pct, cap = (params.get("bijstand_medisch_vrijlating_pct", month),
                    params.get("bijstand_medisch_vrijlating_max_amount", month))
        used += [pct, cap]
        return min(money(earnings * pct.decimal / HUNDRED), cap.decimal), "medisch_urenbeperking"
    pct, months, min_age, cap = (params.get(name, month) for name in (
        "bijstand_vrijlating_pct", "bijstand_vrijlating_max_months", "bijstand_vrijlating_min_age",
        "bijstand_vrijlating_max_amount"))
    used += [min_age]
    if age < int(min_age.decimal):
        return Decimal(0), "under_min_age"
    used += [months]
    if index >= int(months.decimal):
        return Decimal(0), "vrijlating_ended"
    used += [pct, cap]
    return min(money(earnings * pct.decimal / HUNDRED), cap.decimal), "general_vrijlating"


def bijstand_month(params: ParameterSet, month: date, index: int, household: str, age: int, net: Decimal,
                   medical: bool, used: list[ParameterVersion]) -> MonthRow:
    norm = params.get(NORMS[household], month)
    used.append(norm)
    kept, rule = _vrijlating(params, month, net, index, age, medical, used)
    benefit = max(Decimal("0.00"), norm.decimal - (net - kept))
    return MonthRow(month, net, benefit, net + benefit, norm.decimal, rule)
