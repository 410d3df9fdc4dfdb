"""`werkbrug quotum --employer ID --year YYYY [--json]`: quotum of one employer from stored data."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkbrug.banenafspraak.management.commands._output import as_json, refused
from werkbrug.banenafspraak.services import employer_quotum
from werkbrug.calc.subcommands.quotum import render
from werkbrug.domain.errors import DomainValidationError


class Command(BaseCommand):
    help = "Quotum of one employer and year: liable, quotumtekort (A×B−C)/D, quotumheffing, caveats"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--employer", required=True, help="employer key or KvK number")
        parser.add_argument("--year", required=True, type=int)
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = employer_quotum(options["employer"], options["year"])
        except DomainValidationError as error:
            raise refused(error) from error
        if options["json"]:
            self.stdout.write(as_json(result))
            return
        lines = [f"{result['name']} ({result['employer']}): A = {result['hours_per_year']} uur, "
                 f"C = {result['doelgroep_hours_per_year']} doelgroepuren", render(result)]
        self.stdout.write("\n".join(lines + [f"* {note}" for note in result["notes"]]))
