"""`werkbrug algorithm-register [--language nl|en] [--json] [--output DIR]`: the Algoritmeregister
text (Werkbrug's reading of its fields) and a DPIA starting document, from the live configuration."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkbrug.trust import services


class Command(BaseCommand):
    help = "Generate the algorithm register text (nl/en, Markdown/JSON) and the DPIA starting document"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--language", choices=["nl", "en"], default="nl")
        parser.add_argument("--json", action="store_true", help="print the register's fields as JSON")
        parser.add_argument("--output", type=Path, help="write nl and en Markdown, JSON and DPIA to DIR")
        parser.add_argument("--organisation", default="", help="name of the publishing organisation")
        parser.add_argument("--no-fairness", action="store_true", help="leave out the latest fairness figures")

    def handle(self, *args: Any, **o: Any) -> None:
        if o["output"]:
            paths = services.write_algorithm_register(o["output"], organisation=o["organisation"],
                                                      with_fairness=not o["no_fairness"])
            self.stdout.write("\n".join(str(p) for p in paths))
            return
        out = services.algorithm_register(o["language"], o["organisation"], with_fairness=not o["no_fairness"])
        self.stdout.write(json.dumps(out["json"], indent=2, ensure_ascii=False) if o["json"] else out["markdown"])
