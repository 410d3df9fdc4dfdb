"""`werkbrug carve --employer ID [--roles FILE] [--dry-run] [--json]`: job carving for one employer."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from werkbrug.carving.report import render
from werkbrug.carving.roles_file import RolesFileError, parse_roles
from werkbrug.carving.services import CarveRefused, carve_for_employer, resolve_employer
from werkbrug.domain.carving import CarveSettings

MAX_LINES = 200


def _decimal(option: str, text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation as bad:
        raise CommandError(f"{option}: '{text}' is geen getal / is not a number") from bad


class Command(BaseCommand):
    help = "Jobcarving: nieuwe functies uit eenvoudige taken / job carving: new roles from simple tasks"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--employer", required=True, help="werkgever: id of sleutel / employer: id or key")
        parser.add_argument("--roles", help="functies (.csv/.xlsx); zonder: het werk van de werkgever / "
                            "roles file; without: the employer's work items")
        parser.add_argument("--dry-run", action="store_true", help="niets opslaan / save nothing")
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--date", help="YYYY-MM-DD for parameters (default: today)")
        parser.add_argument("--threshold", type=int, default=1, help="hoogste kwalificatieniveau / max level (1)")
        parser.add_argument("--min-candidates", type=int, default=3, help="kandidaten per taak / per task (3)")
        parser.add_argument("--min-hours", default="12", help="uren per functie minimaal / minimum hours (12)")
        parser.add_argument("--max-hours", default="32", help="uren per functie maximaal / maximum hours (32)")
        parser.add_argument("--carved-wage", help="uurloon nieuwe functie (standaard WML) / carved-role wage")
        parser.add_argument("--time-limit", type=float, default=10.0, help="seconden solver / solver seconds")

    def _settings(self, options: dict[str, Any]) -> tuple[CarveSettings, bool]:
        wage = _decimal("--carved-wage", options["carved_wage"])
        low, high = _decimal("--min-hours", options["min_hours"]), _decimal("--max-hours", options["max_hours"])
        if low is None or high is None or not 0 < low <= high:
            raise CommandError("--min-hours/--max-hours: 0 < min ≤ max nodig / needed")
        base = CarveSettings(qualification_threshold=options["threshold"], min_candidates=options["min_candidates"],
                             min_hours=low, max_hours=high, time_limit_seconds=options["time_limit"])
        return (replace(base, carved_wage_per_hour=wage), True) if wage is not None else (base, False)

    def _roles(self, path: str | None) -> Any:
        if path is None:
            return None
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"{path}: bestand niet gevonden / file not found")
        return parse_roles(file.name, file.read_bytes())

    def _problems(self, issues: list[Any]) -> None:
        for issue in issues[:MAX_LINES]:
            self.stderr.write(str(issue))

    def handle(self, *args: Any, **options: Any) -> None:
        settings, wage_given = self._settings(options)
        on = date.fromisoformat(options["date"]) if options["date"] else None
        try:
            employer = resolve_employer(options["employer"])
            roles = self._roles(options["roles"])
            with transaction.atomic():
                result = carve_for_employer(employer, roles, persist=not options["dry_run"], settings=settings,
                                            wage_given=wage_given, on=on)
        except RolesFileError as bad:
            self._problems(bad.issues)
            raise CommandError("functiebestand afgewezen / roles file refused") from bad
        except CarveRefused as bad:
            self._problems(bad.issues)
            raise CommandError(str(bad.message)) from bad
        data = result.as_dict()
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) if options["json"]
                          else render(data))
