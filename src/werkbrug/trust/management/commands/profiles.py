"""`werkbrug profiles completeness [--region R] [--json]`: incomplete and stale profiles and
what to ask next; `werkbrug profiles employer-view --work ID --output FILE`: the anonymised list
an employer sees (consenting candidates only) as CSV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkbrug.trust import services


def _line(row: dict[str, Any]) -> str:
    stale = " (verouderd/stale)" if row.get("stale") else ""
    ask = row["ask_next"][0]["ask"] if row["ask_next"] else "-"
    return f"  {row['key']}: {row['score'] * 100:.0f}%{stale}; {ask}"


class Command(BaseCommand):
    help = "Profile completeness and staleness; the employer's anonymised view as CSV"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        comp = sub.add_parser("completeness", help="completeness per field group, staleness, what to ask next")
        comp.add_argument("--region", help="arbeidsmarktregio")
        comp.add_argument("--stale-months", type=int, help="default: data/completeness.toml")
        comp.add_argument("--limit", type=int, default=20, help="rows shown in text output")
        comp.add_argument("--json", action="store_true")
        comp.add_argument("--language", choices=["nl", "en"], default="nl")
        view = sub.add_parser("employer-view", help="anonymised candidate list for a work item, as CSV")
        view.add_argument("--work", required=True)
        view.add_argument("--top", type=int, default=10)
        view.add_argument("--output", required=True, type=Path)

    def handle(self, *args: Any, **o: Any) -> None:
        if o["action"] == "employer-view":
            n = services.export_employer_view(o["work"], o["output"], o["top"])
            self.stdout.write(f"{n} regels / rows -> {o['output']}")
            return
        report = services.completeness_report(o["region"], stale_months=o["stale_months"], language=o["language"])
        if o["json"]:
            self.stdout.write(json.dumps(report, indent=2, ensure_ascii=False, default=str))
            return
        lines = []
        for kind in ("candidates", "work"):
            s = report[kind]["summary"]
            groups = ", ".join(f"{g} {v * 100:.0f}%" for g, v in s["groups"].items())
            lines.append(f"{kind}: {s['count']}, {s['mean_score'] * 100:.0f}% gemiddeld/mean; "
                         f"{s['stale']} verouderd/stale; {groups}")
            lines += [_line(r) for r in report[kind]["items"][:o["limit"]]]
        self.stdout.write("\n".join(lines))
