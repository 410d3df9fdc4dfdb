"""`werkbrug export KIND FILE`: every record of a kind as .csv (';', UTF-8 with BOM) or .xlsx."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkbrug.transfer import services
from werkbrug.transfer.management.commands._common import add_kind_and_file, refuse


class Command(BaseCommand):
    help = "Exporteer / export one kind of record to .csv or .xlsx"

    def add_arguments(self, parser: CommandParser) -> None:
        add_kind_and_file(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            count = services.export_file(options["kind"], options["file"])
        except services.TransferError as error:
            raise refuse(error) from error
        self.stdout.write(f"{options['kind']}: {count} rijen / rows -> {options['file']}")
