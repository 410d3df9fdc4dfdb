"""`werkbrug import KIND FILE [--dry-run]`: check every row, then write all rows or none."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.transfer import services
from werkbrug.transfer.management.commands._common import add_kind_and_file, print_problems, refuse


class Command(BaseCommand):
    help = "Importeer / import organisations, locations, candidates, work, tasks or placements (.csv, .xlsx)"

    def add_arguments(self, parser: CommandParser) -> None:
        add_kind_and_file(parser)
        parser.add_argument("--dry-run", action="store_true",
                            help="alleen controleren, niets opslaan / only validate, save nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = services.import_file(options["kind"], options["file"], dry_run=options["dry_run"])
        except services.TransferError as error:
            raise refuse(error) from error
        for warning in result.warnings:
            self.stderr.write(f"waarschuwing / warning: {warning}")
        if not result.ok:
            print_problems(self, [str(p) for p in result.errors])
            raise CommandError(f"{len(result.errors)} fout(en) / error(s); niets opgeslagen / nothing saved")
        prefix = "controle zonder opslaan / dry run: " if result.dry_run else ""
        self.stdout.write(
            f"{prefix}{result.kind}: aangemaakt / created {result.created}, "
            f"bijgewerkt / updated {result.updated}, ongewijzigd / unchanged {result.unchanged}")
