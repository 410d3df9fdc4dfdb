"""`werkbrug pathways report [--region R] [--from DATE] [--to DATE] [--as-of DATE] [--mode end|ever] [--json]`:
doorstroom between situation groups and the durability of placements (docs/pathways.md).
`werkbrug pathways demo [--seed N] [--today DATE] [--replace]`: demo trajectories for the registry's candidates.
`werkbrug pathways reminders [--date DATE] [--all] [--json] --as USER`: follow-up contacts due or overdue."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.domain.errors import Message
from werkbrug.pathways import services
from werkbrug.pathways.management.reminders import reminders_text
from werkbrug.security import operator


def _date(option: str, value: str | None, default: date) -> date:
    try:
        return date.fromisoformat(value) if value else default
    except ValueError:
        raise CommandError(str(Message(f"{option}: '{value}' is geen datum (JJJJ-MM-DD)",
                                       f"{option}: '{value}' is not a date (YYYY-MM-DD)"))) from None


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:5.1f}%"


def _text(report: dict[str, Any]) -> str:
    p = report["period"]
    lines = [f"Doorstroom {p['from']} - {p['to']} (modus / mode {report['doorstroom_mode']}; "
             f"regio / region {report['region'] or 'alle / all'})",
             f"  {'van / from':<14} {'naar / to':<10} {'regio / region':<24} {'cohort':>7} {'door':>6} {'%':>7}  95%"]
    lines += [f"  {r['source']:<14} {r['target']:<10} {r['region'][:24]:<24} {r['cohort']:>7} {r['moved']:>6} "
              f"{_pct(r['rate']):>7}  {_pct(r['low'])}-{_pct(r['high'])}" for r in report["doorstroom"]]
    s = report["survival"]
    lines += ["", f"Duurzaamheid plaatsingen / placement durability (peildatum / as of {s['as_of']}): "
                  f"{s['placements']} plaatsingen / placements, {s['events']} beëindigd / ended, "
                  f"{s['censored']} gecensureerd / censored",
              f"  {'maanden / months':<18} {'nog aan het werk / still working':>34} {'at risk':>8}  95%"]
    lines += [f"  {d['months']:<18} {_pct(d['survival']):>34} {d['at_risk']:>8}  {_pct(d['low'])}-{_pct(d['high'])}"
              for d in s["durability"]]
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Pathways: doorstroom and placement durability report"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        rep = sub.add_parser("report", help="doorstroom + survival table")
        rep.add_argument("--region")
        rep.add_argument("--from", dest="start")
        rep.add_argument("--to", dest="end")
        rep.add_argument("--as-of", dest="as_of")
        rep.add_argument("--mode", choices=["end", "ever"], default="end")
        rep.add_argument("--json", action="store_true")
        dem = sub.add_parser("demo", help="demo trajectories ending in each candidate's current situation")
        dem.add_argument("--seed", type=int, default=1)
        dem.add_argument("--today")
        dem.add_argument("--replace", action="store_true")
        rem = sub.add_parser("reminders", help="follow-up contacts due or overdue on a day (the operator's caseload)")
        rem.add_argument("--date", help="the day (default today)")
        rem.add_argument("--all", action="store_true", help="every candidate the operator may follow up, "
                                                            "not only their own caseload")
        rem.add_argument("--json", action="store_true")
        operator.add_arguments(rem, purpose="begeleiding")

    def handle(self, *args: Any, **options: Any) -> None:
        today = date.today()
        if options["action"] == "demo":
            from werkbrug.pathways import demo

            counts = demo.load(options["seed"], _date("--today", options["today"], today), options["replace"])
            self.stdout.write(f"trajecten / trajectories: {counts['candidates']} kandidaten / candidates, "
                              f"{counts['periods']} perioden / periods; leerroutes / learning routes "
                              f"{counts['routes']}, nazorgcontacten / follow-up contacts {counts['contacts']}, "
                              f"waarde van werk / value of work {counts['value_of_work']}")
            return
        if options["action"] == "reminders":
            self.stdout.write(reminders_text(options, _date("--date", options["date"], today)))
            return
        end = _date("--to", options["end"], today)
        start = _date("--from", options["start"], date(end.year - 1, end.month, min(end.day, 28)))
        if end < start:
            raise CommandError(str(Message("--to ligt vóór --from", "--to is before --from")))
        as_of = _date("--as-of", options["as_of"], end)
        report = services.outcome_report(start, end, as_of=as_of, region=options["region"], mode=options["mode"])
        self.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) if options["json"] else _text(report))
