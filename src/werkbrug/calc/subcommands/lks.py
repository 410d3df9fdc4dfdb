"""`werkbrug calc lks`: loonkostensubsidie per hour, month and year (Participatiewet art. 10d)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from werkbrug.calc.errors import CalculatorInputError
from werkbrug.calc.subcommands._business_input import day, number, options_for, whole
from werkbrug.domain.business.lks import lks
from werkbrug.loonwaarde import lks_default

HELP = "loonkostensubsidie per uur, maand en jaar (Participatiewet art. 10d)"
FIELDS = {"date": "--date", "loonwaarde": "--loonwaarde", "hours_per_week": "--hours",
          "age": "--age"}


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("--date", default=None, help="YYYY-MM-DD (default: today)")
    parser.add_argument("--loonwaarde", default=None,
                        help="loonwaarde in percent of WML, 0-100 (not needed with --forfaitair)")
    parser.add_argument("--hours", required=True, help="agreed hours per week (0-60)")
    parser.add_argument("--age", default=None, help="age in years (under 21: youth WML)")
    parser.add_argument("--bbl", action="store_true", help="BBL youth scale (18-20 years)")
    parser.add_argument("--forfaitair", action="store_true",
                        help="forfaitaire LKS (Pw 10d lid 5): 50%% for the first 6 months")
    if isinstance(parser, CommandParser):  # command line only: never an unauthorised HTTP parameter
        lks_default.add_arguments(parser)


def run(options: dict[str, Any]) -> dict[str, Any]:
    on = day(options.get("date"), "--date")
    assert on is not None
    loonwaarde, source = options.get("loonwaarde"), None
    if loonwaarde is None and options.get("placement") and not options.get("forfaitair"):
        loonwaarde, source = lks_default.default_for(options)  # the placement's latest FINAL loonwaarde
    if loonwaarde is None and not options.get("forfaitair"):
        raise CalculatorInputError("--loonwaarde", "is verplicht (behalve met --forfaitair)",
                                   "is required (except with --forfaitair)")
    age = options.get("age")
    with options_for(FIELDS):
        result = lks(on, None if loonwaarde is None else number(loonwaarde, "--loonwaarde"),
                     number(options["hours"], "--hours"),
                     None if age is None else whole(age, "--age"),
                     bool(options.get("forfaitair")), bbl=bool(options.get("bbl")))
    data = result.as_dict()
    if source is not None:
        data["loonwaarde_from"] = source
    # JSON numbers for the headline amounts (per_hour to 4 decimals); the detail keeps strings.
    data.update(date=on.isoformat(), per_hour=float(result.per_hour.value),
                per_month=float(result.per_month.value), per_year=float(result.per_year.value))
    return data


def render(result: dict[str, Any]) -> str:
    lines = [
        f"Loonkostensubsidie op {result['date']}: € {result['per_hour']:.4f} per uur, "
        f"€ {result['per_month']:.2f} per maand, € {result['per_year']:.2f} per jaar "
        f"({result['hours_counted']} uur per week)",
        f"Regel: {result['rule']['nl']}",
    ]
    lines += [f"Let op: {note['nl']}" for note in result["notes"]]
    lines += [f"ONBEVESTIGD: {p['name']} = {p['value']} ({p['source']})" for p in result["unconfirmed"]]
    return "\n".join(lines)
