"""`werkbrug banenafspraak report|refresh`: banen per employer, sector, region, quarter and year."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkbrug.banenafspraak import services
from werkbrug.banenafspraak.management.commands._output import as_json, refused
from werkbrug.banenafspraak.render import render_report
from werkbrug.domain.errors import DomainValidationError


class Command(BaseCommand):
    help = "Banenafspraak monitor: report (banen, progress, targets) or refresh (recompute aggregates)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        report = sub.add_parser("report", help="banen per employer, sector, region, quarter and year")
        report.add_argument("--employer", help="employer key or KvK number")
        report.add_argument("--region", help="arbeidsmarktregio")
        report.add_argument("--year", type=int)
        report.add_argument("--json", action="store_true", help="print JSON")
        sub.add_parser("refresh", help="recompute the aggregates (after registry changes)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "refresh":
            services.refresh()
            self.stdout.write("bijgewerkt / refreshed")
            return
        try:
            result = services.report(options["employer"], options["region"], options["year"])
        except DomainValidationError as error:
            raise refused(error) from error
        self.stdout.write(as_json(result) if options["json"] else render_report(result))
