"""Month rows and the earnings of a job offer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.domain.business.amounts import MONTHS_PER_YEAR, WEEKS_PER_YEAR, money


def month_starts(start: date, count: int = 12) -> list[date]:
    """The first day of each month from the start date's month on."""
    months = []
    year, month = start.year, start.month
    for _ in range(count):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_earnings(hourly_wage: Decimal, hours_per_week: Decimal) -> Decimal:
    """Gross wage per month without holiday pay: wage × hours × 52 / 12."""
    return money(hourly_wage * hours_per_week * WEEKS_PER_YEAR / MONTHS_PER_YEAR)


@dataclass(frozen=True)
class MonthRow:
    month: date
    earnings: Decimal
    benefit: Decimal
    total: Decimal
    before: Decimal
    rule: str  # short key of the rule applied this month

    @property
    def difference(self) -> Decimal:
        return self.total - self.before

    def as_dict(self) -> dict[str, Any]:
        return {"month": self.month.strftime("%Y-%m"), "earnings": str(self.earnings),
                "benefit": str(self.benefit), "total": str(self.total),
                "before": str(self.before), "difference": str(self.difference), "rule": self.rule}
