"""`werkbrug fairness report --from DATE --to DATE [--json|--xlsx FILE]`: selection rates per
group with intervals and the four-fifths flag; --engine adds the engine's own top-k lists."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkbrug.trust import services


def _text(report: dict[str, Any]) -> str:
    lines = []
    for name, outcome in report["outcomes"].items():
        lines.append(f"{name}: {outcome['selected']} / {outcome['people']}")
        for dimension, rows in outcome["groups"].items():
            for r in rows:
                flag = " << 4/5" if r["four_fifths"] else ""
                ratio = "-" if r["ratio"] is None else f"{r['ratio']:.2f} [{r['ratio_low']:.2f}-{r['ratio_high']:.2f}]"
                lines.append(f"  {dimension}={r['group']}: {r['selected']}/{r['people']} = {r['rate']:.3f} "
                             f"[{r['low']:.3f}-{r['high']:.3f}], ratio {ratio}{flag}")
    lines.append("gemarkeerd / flagged: " + (", ".join(report["flagged"]) or "-"))
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Fairness monitoring: rates per group, ratio to the best-off group, four-fifths flag"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        rep = sub.add_parser("report", help="recommended, introduced and placed in a period")
        rep.add_argument("--from", dest="start", required=True, type=date.fromisoformat)
        rep.add_argument("--to", dest="end", required=True, type=date.fromisoformat)
        rep.add_argument("--min-group", type=int, default=10, help="smaller groups are shown, never flagged")
        rep.add_argument("--engine", action="store_true", help="also the engine's top-k lists (as of --to)")
        rep.add_argument("--k", type=int, default=10)
        out = rep.add_mutually_exclusive_group()
        out.add_argument("--json", action="store_true")
        out.add_argument("--xlsx", type=Path)

    def handle(self, *args: Any, **o: Any) -> None:
        report = services.fairness_report(o["start"], o["end"], o["min_group"])
        if o["engine"]:
            engine = services.engine_fairness_report(o["end"], o["k"], min_group=o["min_group"])
            report["outcomes"] |= engine["outcomes"]
            report["flagged"] = sorted(report["flagged"] + engine["flagged"])
        if o["xlsx"]:
            services.fairness_xlsx(report, o["xlsx"])
            self.stdout.write(f"-> {o['xlsx']}")
        elif o["json"]:
            self.stdout.write(json.dumps(report, indent=2, ensure_ascii=False))
        else:
            self.stdout.write(_text(report))
