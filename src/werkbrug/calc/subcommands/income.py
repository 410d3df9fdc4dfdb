"""`werkbrug calc income`: what a job offer means for the candidate's monthly income (an estimate)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from werkbrug.calc.subcommands._business_input import day, number, options_for, whole
from werkbrug.domain.income import IncomeQuestion, estimate_income

HELP = "inkomenseffect van werk naast bijstand of Wajong, maand voor maand (een schatting)"
FIELDS = {"benefit": "--benefit", "household": "--household", "age": "--age", "hours_per_week": "--hours",
          "hourly_wage": "--wage", "net_month": "--net-month"}


def add_arguments(parser: CommandParser) -> None:
    # no argparse choices: the domain checks them, and the API schema keeps plain strings
    parser.add_argument("--benefit", required=True, help="current benefit: bijstand or wajong")
    parser.add_argument("--household", required=True, help="household: single, couple or single_parent")
    parser.add_argument("--age", required=True, help="age in years")
    parser.add_argument("--hours", required=True, help="hours per week of the job offer")
    parser.add_argument("--wage", required=True, help="gross hourly wage in euro")
    parser.add_argument("--start", default=None, help="start date YYYY-MM-DD (default: today)")
    parser.add_argument("--medical-hours-limit", action="store_true",
                        help="bijstand: medische urenbeperking (vrijlating 15%%, capped)")
    parser.add_argument("--loondispensatie", action="store_true", help="Wajong with loondispensatie (UNCONFIRMED)")
    parser.add_argument("--net-month", default=None, help="bijstand: net wage per month if known")


def run(options: dict[str, Any]) -> dict[str, Any]:
    start = day(options.get("start"), "--start")
    assert start is not None
    net = options.get("net_month")
    with options_for(FIELDS):
        question = IncomeQuestion(
            str(options["benefit"]), str(options["household"]), whole(options["age"], "--age"),
            number(options["hours"], "--hours"), number(options["wage"], "--wage"), start,
            bool(options.get("medical_hours_limit")), bool(options.get("loondispensatie")),
            None if net in (None, "") else number(net, "--net-month"))
        return estimate_income(question)


def render(result: dict[str, Any]) -> str:
    lines = [result["notice"]["nl"], result["summary"]["nl"], "",
             "maand    loon      uitkering  totaal    zonder werk  verschil"]
    for m in result["months"]:
        lines.append(f"{m['month']}  {m['earnings']:>8}  {m['benefit']:>9}  {m['total']:>8}  {m['before']:>11}  "
                     f"{m['difference']:>8}  {m['explanation']['nl']}")
    lines += ["", f"Als het werk stopt: {result['when_job_ends']['nl']}", "", "Kijk ook naar:"]
    lines += [f"- {c['nl']}" for c in result["check_also"]]
    lines += [f"Let op: {n['nl']}" for n in result["notes"]]
    lines += [f"ONBEVESTIGD: {p['name']} = {p['value']} ({p['source']})" for p in result["unconfirmed"]]
    return "\n".join(lines)
