"""Wajong with arbeidsvermogen (since 2021): at most 70% of WML; 70 cents of each euro earned set off."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from werkbrug.domain.business.amounts import HUNDRED, MONTHS_PER_YEAR, WEEKS_PER_YEAR, money
from werkbrug.domain.business.wml import wml_hourly
from werkbrug.domain.income.months import MonthRow
from werkbrug.domain.parameters import ParameterSet, ParameterVersion


def wajong_base(params: ParameterSet, month: date, age: int, used: list[ParameterVersion]) -> Decimal:
    """70% of a month's WML: hourly WML × 36 hours × 52 / 12 × 70%."""
    wml = wml_hourly(month, age if age < 21 else None, params=params)
    hours, pct = params.get("wajong_wml_hours_per_week", month), params.get("wajong_base_pct_wml", month)
    used += [*wml.parameters, hours, pct]
    return money(wml.value * hours.decimal * WEEKS_PER_YEAR / MONTHS_PER_YEAR * pct.decimal / HUNDRED)


def wajong_month(params: ParameterSet, month: date, age: int, gross: Decimal, loondispensatie: bool,
                 used: list[ParameterVersion]) -> MonthRow:
    base = wajong_base(params, month, age, used)
    offset = params.get("wajong_offset_pct_loondispensatie" if loondispensatie else "wajong_offset_pct", month)
    used.append(offset)
    benefit = max(Decimal("0.00"), base - money(gross * offset.decimal / HUNDRED))
    total = gross + benefit
    rule = "loondispensatie_30_cents" if loondispensatie else "30_cents"
    if benefit == 0:
        rule = "benefit_stopped"
    return MonthRow(month, gross, benefit, total, base, rule)
