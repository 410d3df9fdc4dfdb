"""`werkbrug template KIND FILE`: an empty import file with the documented columns."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkbrug.transfer import services
from werkbrug.transfer.management.commands._common import add_kind_and_file, refuse


class Command(BaseCommand):
    help = "Schrijf een leeg sjabloon / write an empty import template (.csv or .xlsx)"

    def add_arguments(self, parser: CommandParser) -> None:
        add_kind_and_file(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            services.write_template(options["kind"], options["file"])
        except services.TransferError as error:
            raise refuse(error) from error
        self.stdout.write(f"{options['kind']}: sjabloon / template -> {options['file']}")
