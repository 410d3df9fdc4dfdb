"""`werkbrug calc lkv`: loonkostenvoordeel per calendar year (Wet tegemoetkomingen loondomein)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from werkbrug.calc.subcommands._business_input import day, number, options_for
from werkbrug.domain.business.lkv import KINDS, lkv

HELP = "loonkostenvoordeel per kalenderjaar (Wet tegemoetkomingen loondomein)"
FIELDS = {"date": "--date", "hours_per_year": "--hours-per-year", "start_date": "--start-date",
          "kind": "--kind"}


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("--date", default=None, help="a date in the calendar year, YYYY-MM-DD (default: today)")
    parser.add_argument("--hours-per-year", required=True, help="paid (verloonde) hours in that year")
    parser.add_argument("--start-date", default=None,
                        help="start of employment, YYYY-MM-DD (the 2026 rules apply to hires from 2026-01-01)")
    parser.add_argument("--kind", default="banenafspraak", choices=KINDS, help="which LKV")


def run(options: dict[str, Any]) -> dict[str, Any]:
    on = day(options.get("date"), "--date")
    assert on is not None
    start = day(options.get("start_date"), "--start-date", default=None)
    with options_for(FIELDS):
        result = lkv(on, number(options["hours_per_year"], "--hours-per-year"), start,
                     options.get("kind") or "banenafspraak")
    data = result.as_dict()
    data.update(date=on.isoformat(), per_year=float(result.per_year.value),
                start_date=start.isoformat() if start else None)
    return data


def render(result: dict[str, Any]) -> str:
    lines = [
        f"LKV {result['kind']} voor {result['date'][:4]}: € {result['per_year']:.2f} "
        f"({result['hours_per_year']} verloonde uren; maximum bereikt bij {result['cap_reached_at_hours']} uur)",
        f"Regel: {result['rule']['nl']}",
    ]
    lines += [f"Let op: {note['nl']}" for note in result["notes"]]
    lines += [f"ONBEVESTIGD: {p['name']} = {p['value']} ({p['source']})" for p in result["unconfirmed"]]
    return "\n".join(lines)
