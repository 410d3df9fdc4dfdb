"""`werkbrug calc NAME …`: stand-alone calculators (a consultant's rekenhulp); no database needed.

Each calculator is a module in werkbrug.calc.subcommands exposing
``HELP: str``, ``add_arguments(parser)``, ``run(options) -> dict`` and ``render(result) -> str``.
Errors in the input raise CalculatorInputError and end with exit code 1 and a bilingual message."""

from __future__ import annotations

import importlib
import json
import pkgutil
from types import ModuleType
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.calc import subcommands
from werkbrug.calc.errors import CalculatorInputError


def _calculators() -> dict[str, ModuleType]:
    found = {}
    for info in pkgutil.iter_modules(subcommands.__path__):
        module = importlib.import_module(f"{subcommands.__name__}.{info.name}")
        if hasattr(module, "run"):
            found[info.name.replace("_", "-")] = module
    return found


class Command(BaseCommand):
    help = "Stand-alone calculators: " + ", ".join(sorted(_calculators()))
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="calculator", required=True)
        for name, module in sorted(_calculators().items()):
            child = sub.add_parser(name, help=module.HELP, description=module.HELP)
            child.add_argument("--json", action="store_true", help="print JSON")
            module.add_arguments(child)

    def handle(self, *args: Any, **options: Any) -> None:
        module = _calculators()[options["calculator"]]
        try:
            result = module.run(options)
        except CalculatorInputError as error:
            raise CommandError(str(error)) from error
        if options["json"]:
            self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False, default=str))
        else:
            self.stdout.write(module.render(result))
