"""`werkbrug calc baan`: weekly hours of doelgroep staff -> Banenafspraak banen (25.5 h = 1 baan)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.management.base import CommandParser

from werkbrug.calc.errors import CalculatorInputError
from werkbrug.domain.parameters import load_parameters

HELP = "banen from weekly hours (25,5 uur per week = 1 baan, naar rato)"


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("--hours-per-week", required=True, help="weekly hours of doelgroep staff")
    parser.add_argument("--date", default=None, help="YYYY-MM-DD (default: today)")


def run(options: dict[str, Any]) -> dict[str, Any]:
    try:
        hours = Decimal(str(options["hours_per_week"]).replace(",", "."))
    except InvalidOperation as bad:
        raise CalculatorInputError("--hours-per-week", "is geen getal", "is not a number") from bad
    if hours < 0:
        raise CalculatorInputError("--hours-per-week", "mag niet negatief zijn", "must not be negative")
    on = date.fromisoformat(options["date"]) if options.get("date") else date.today()
    unit = load_parameters().get("baan_hours_per_week", on)
    return {"hours_per_week": str(hours), "banen": str((hours / unit.decimal).quantize(Decimal("0.01"))),
            "parameters": [unit.as_dict()]}


def render(result: dict[str, Any]) -> str:
    return f"{result['hours_per_week']} uur per week = {result['banen']} banen (1 baan = 25,5 uur per week)"
