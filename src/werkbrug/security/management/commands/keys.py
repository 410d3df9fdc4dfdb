from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from werkbrug.security import key_rotation, keyring, operator
from werkbrug.security.encrypted_fields import ring


class Command(BaseCommand):
    help = ("Encryption keys of BSN and health fields (docs/security.md#key-management): `keys status`, "
            "`keys rotate --as USER` (everything under the newest key), `keys generate [--id ID]`.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("step", choices=["status", "rotate", "generate"])
        parser.add_argument("--id", default="", help="key id for `generate` (default: k + today's date)")
        operator.add_arguments(parser, purpose="beheer")

    def handle(self, *args: Any, **options: Any) -> None:
        step = options["step"]
        if step == "generate":
            self._generate(options["id"])
        elif step == "status":
            self._print(key_rotation.status(), rotated=False)
        else:
            self._rotate(options)

    def _generate(self, kid: str) -> None:
        entry = f"{kid or f'k{date.today():%Y%m%d}'}:{keyring.new_key()}"
        try:
            keyring.KeyRing.parse(entry)
        except keyring.KeyRingError as exc:
            raise CommandError(f"ongeldige sleutel-id / invalid key id: {exc}") from exc
        self.stdout.write(entry)  # printed once, never stored or logged

    def _rotate(self, options: dict[str, Any]) -> None:
        who = operator.operator_for(options)
        operator.require(who, "candidates", "update", ("identifying", "health_fml"))
        try:
            with transaction.atomic():  # all columns under the new key, or nothing changed
                counts = key_rotation.rotate()
        except keyring.KeyRingError as exc:
            raise CommandError(f"niets gewijzigd / nothing changed: {exc}") from exc
        self._print(counts, rotated=True)
        total = sum(c.rewritten for c in counts.values())
        operator.record(who, "keys_rotate", "candidates", explanation=f"{total} values under key {ring().current}")

    def _print(self, counts: dict[str, key_rotation.ColumnCount], rotated: bool) -> None:
        current = ring()
        self.stdout.write(f"sleutels / keys: {', '.join(current.ids)} (versleutelt met / encrypts with {current.current})")
        for column, count in sorted(counts.items()):
            keys = ", ".join(f"{kid}: {n}" for kid, n in sorted(count.by_key.items())) or "-"
            line = f"  {column}: {'vóór / before: ' if rotated else ''}{keys}"
            if rotated:
                line += f"; opnieuw versleuteld / re-encrypted: {count.rewritten}"
            self.stdout.write(line)
