"""Shared parsing for the business-case calculators: numbers and dates from the command line,
and domain validation errors turned into CalculatorInputError on the right option."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from werkbrug.calc.errors import CalculatorInputError
from werkbrug.domain.errors import DomainValidationError


def number(value: Any, option: str) -> Decimal:
    try:
        parsed = Decimal(str(value).replace(",", "."))
    except InvalidOperation as bad:
        raise CalculatorInputError(option, "is geen getal", "is not a number") from bad
    if not parsed.is_finite():
        raise CalculatorInputError(option, "is geen getal", "is not a number")
    return parsed


def whole(value: Any, option: str) -> int:
    parsed = number(value, option)
    if parsed != parsed.to_integral_value():
        raise CalculatorInputError(option, "moet een geheel getal zijn", "must be a whole number")
    return int(parsed)


def day(value: Any, option: str, default: Callable[[], date] | None = date.today) -> date | None:
    if not value:
        return default() if default else None
    try:
        return date.fromisoformat(str(value))
    except ValueError as bad:
        raise CalculatorInputError(option, "is geen datum (JJJJ-MM-DD)", "is not a date (YYYY-MM-DD)") from bad


@contextmanager
def options_for(fields: dict[str, str]) -> Iterator[None]:
    """Re-raise the first domain issue as a CalculatorInputError named after its command-line option."""
    try:
        yield
    except DomainValidationError as error:
        first, *rest = error.issues
        nl = "; ".join([first.message.nl] + [f"{fields.get(i.field, i.field)}: {i.message.nl}" for i in rest])
        en = "; ".join([first.message.en] + [f"{fields.get(i.field, i.field)}: {i.message.en}" for i in rest])
        raise CalculatorInputError(fields.get(first.field, first.field), nl, en) from error
