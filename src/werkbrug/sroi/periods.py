"""Calendar arithmetic for the ledger (pure): months in a period, pro rata by days.

A period is inclusive at both ends. A whole calendar month counts 1; a part of a month counts
its days ÷ the month's days, so 1-1-2024 to 31-12-2024 is exactly 12 months and 15-1 to 14-2 is
17/31 + 14/29."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal

MONTH_PRECISION = Decimal("0.0001")


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def next_month(day: date) -> date:
    return month_end(day) + timedelta(days=1)


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_fractions(start: date, end: date) -> list[tuple[str, Decimal]]:
    """[(YYYY-MM, fraction of that month inside the period)] from start to end inclusive."""
    fractions: list[tuple[str, Decimal]] = []
    cursor = month_start(start)
    while cursor <= end:
        last = month_end(cursor)
        days_in = (min(last, end) - max(cursor, start)).days + 1
        fractions.append((month_key(cursor), Decimal(days_in) / Decimal(last.day)))
        cursor = last + timedelta(days=1)
    return fractions


def months_between(start: date, end: date) -> Decimal:
    """Months from start to end inclusive (0 when end is before start)."""
    if end < start:
        return Decimal(0)
    total = sum((f for _, f in month_fractions(start, end)), Decimal(0))
    return total.quantize(MONTH_PRECISION)


def month_keys(start: date, end: date) -> list[str]:
    return [key for key, _ in month_fractions(start, end)]


def overlap(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> tuple[date, date | None] | None:
    """The common part of two periods (an open end is None), or None when they do not meet."""
    start = max(a_start, b_start)
    ends = [e for e in (a_end, b_end) if e is not None]
    end = min(ends) if ends else None
    if end is not None and end < start:
        return None
    return start, end


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
