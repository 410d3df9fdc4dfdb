"""`werkbrug import-payroll FILE [--dry-run] [--keep-rows]`: load verloonde uren per person, employer and month."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.banenafspraak.services import PayrollImportError, import_payroll


class Command(BaseCommand):
    help = ("Import a payroll CSV (';', decimal comma, dd-mm-jjjj; columns persoon, werkgever, inlener, "
            "periode_van, periode_tot, uren, sector, doelgroep). All or nothing; a file replaces earlier "
            "rows of the same employers and months.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
        parser.add_argument("--keep-rows", action="store_true",
                            help="also store one pseudonymised row per person, employer and month (slower)")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: bestand niet gevonden / file not found")
        try:
            result = import_payroll(path, dry_run=options["dry_run"], keep_rows=options["keep_rows"])
        except PayrollImportError as refused:
            for line in refused.errors:
                self.stderr.write(line)
            if refused.total > len(refused.errors):
                self.stderr.write(f"… en nog {refused.total - len(refused.errors)} / "
                                  f"and {refused.total - len(refused.errors)} more")
            raise CommandError(f"{refused.total} fout(en), niets opgeslagen / "
                               f"{refused.total} error(s), nothing written") from refused
        done = "gecontroleerd, niets opgeslagen / checked, nothing written" if result.dry_run else "opgeslagen / saved"
        self.stdout.write(f"{result.rows} rijen {done}; {result.replaced} eerdere rijen vervangen / "
                          f"{result.rows} rows; {result.replaced} earlier rows replaced")
