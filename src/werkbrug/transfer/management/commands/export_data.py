"""`werkbrug export KIND FILE --as USER`: the records of a kind the operator may export, as .csv
(';', UTF-8 with BOM) or .xlsx; columns of field classes the operator's role does not grant for a
record stay empty. One audit row per export."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkbrug.registry.services import MODELS
from werkbrug.security import fieldpolicy, operator
from werkbrug.transfer import services
from werkbrug.transfer.management.commands._common import add_kind_and_file, refuse


class Command(BaseCommand):
    help = "Exporteer / export one kind of record to .csv or .xlsx (as a named operator: --as USER)"

    def add_arguments(self, parser: CommandParser) -> None:
        add_kind_and_file(parser)
        operator.add_arguments(parser, purpose="registratie")

    def handle(self, *args: Any, **options: Any) -> None:
        who = operator.operator_for(options)
        kind = options["kind"]
        operator.require(who, kind, "export")
        query = operator.scoped(who, MODELS[kind]._default_manager.all(), "export")
        classes = {getattr(o, "external_key", o.pk): operator.permitted(who, o, "export") for o in query}

        def shown(values: dict[str, Any]) -> dict[str, Any]:
            allowed = classes.get(values.get("external_key"), frozenset({"general"}))
            return fieldpolicy.shown_fields(who.actor, kind, values, allowed)

        try:
            count = services.export_file(kind, options["file"], query, shown)
        except services.TransferError as error:
            raise refuse(error) from error
        operator.record(who, "export", kind, explanation=f"{count} rows")
        self.stdout.write(f"{kind}: {count} rijen / rows -> {options['file']}")
