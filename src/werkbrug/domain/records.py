"""Rules that hold for a record of each kind whatever channel it came in by (import, API, UI).

Values are already typed (dates, Decimals, lists); parsing text is the import's job."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.domain import fml
from werkbrug.domain.errors import Issue, Issues
from werkbrug.domain.identifiers import check_bsn, check_kvk, check_postcode
from werkbrug.domain.schema import KINDS, Column

_IDENTIFIER_CHECKS = {"bsn": check_bsn, "kvk": check_kvk, "postcode": check_postcode}


def _check_codes(column: Column, value: Any, issues: Issues) -> None:
    if column.code_list is None:
        return
    if column.type == "code" and value not in column.code_list:
        allowed = ", ".join(column.code_list)
        issues.add(column.name, "unknown_code", f"onbekende code '{value}' (kies uit: {allowed})",
                   f"unknown code '{value}' (choose from: {allowed})")
    if column.type == "codes":
        for code in value:
            if code not in column.code_list:
                issues.add(column.name, "unknown_code", f"onbekende code '{code}'", f"unknown code '{code}'")


def _check_range(column: Column, value: Any, issues: Issues) -> None:
    if not isinstance(value, (int, float, Decimal)) or isinstance(value, bool):
        return
    if column.minimum is not None and value < Decimal(str(column.minimum)):
        issues.add(column.name, "too_small", f"moet minstens {column.minimum} zijn",
                   f"must be at least {column.minimum}")
    if column.maximum is not None and value > Decimal(str(column.maximum)):
        issues.add(column.name, "too_large", f"mag hoogstens {column.maximum} zijn",
                   f"must be at most {column.maximum}")


def _check_column(column: Column, value: Any, issues: Issues) -> None:
    if value in (None, "", [], {}):
        if column.required:
            issues.add(column.name, "required", "is verplicht", "is required")
        return
    checker = _IDENTIFIER_CHECKS.get(column.type)
    found = checker(column.name, str(value)) if checker else None
    if found:
        issues.extend([found])
    _check_codes(column, value, issues)
    if column.type == "fml":
        issues.extend(fml.validate_profile(column.name, value))
    _check_range(column, value, issues)


def _check_order(values: dict[str, Any], first: str, second: str, issues: Issues) -> None:
    a, b = values.get(first), values.get(second)
    if a is not None and b is not None and a > b:
        issues.add(second, "order", f"mag niet vóór/onder {first} liggen", f"must not be before/below {first}")


def _check_candidate(values: dict[str, Any], issues: Issues) -> None:
    _check_order(values, "wish_hours_min", "wish_hours_max", issues)
    _check_order(values, "doelgroep_from", "doelgroep_to", issues)
    born = values.get("date_of_birth")
    if isinstance(born, date) and not (date(1900, 1, 1) <= born <= date.today()):
        issues.add("date_of_birth", "out_of_range", "ligt niet in een mogelijk bereik",
                   "is not a plausible date")
    if values.get("doelgroep_category") and not values.get("doelgroep_from"):
        issues.add("doelgroep_from", "required", "is verplicht als er een doelgroep is",
                   "is required when a target group is given")


def check_record(kind: str, values: dict[str, Any], *, partial: bool = False) -> list[Issue]:
    """Every issue in one record. With ``partial`` only the given fields are checked."""
    issues = Issues()
    for column in KINDS[kind].columns:
        if partial and column.name not in values:
            continue
        _check_column(column, values.get(column.name), issues)
    if kind == "candidates":
        _check_candidate(values, issues)
    if kind in {"work", "placements"}:
        _check_order(values, "start_date", "end_date", issues)
    if kind == "placements" and values.get("end_reason") and not values.get("end_date"):
        issues.add("end_date", "required", "is verplicht als er een reden einde is",
                   "is required when an end reason is given")
    return issues.items
