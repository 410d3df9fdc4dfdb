"""`werkbrug vum export candidate|work ID FILE` and `werkbrug vum import FILE` (as a named operator).

Export: one VUM profile as JSON; ESCO URIs without a CompetentNL mapping are left out and listed.
Import: a profile or {"profielen": [...]}; every profile is checked first, then all are written or none."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.vum import parse_mapping
from werkbrug.registry.models import Candidate, Work
from werkbrug.security import operator
from werkbrug.vum import services

KINDS = {"candidate": ("candidates", Candidate, services.export_candidate),
         "work": ("work", Work, services.export_work)}


class Command(BaseCommand):
    help = "VUM: exporteer / export a werkzoekendeprofiel or vacatureprofiel, or import profiles"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="write one profile as JSON")
        export.add_argument("kind", choices=sorted(KINDS))
        export.add_argument("ident", metavar="ID", help="database id or external key")
        export.add_argument("file")
        export.add_argument("--mapping", default=None,
                            help="ESCO -> CompetentNL table (CSV esco_uri;competentnl_uri;label); default: the example")
        imported = sub.add_parser("import", help="read and store profiles; all or nothing")
        imported.add_argument("file")
        for child in (export, imported):
            operator.add_arguments(child, purpose="bemiddeling")

    def handle(self, *args: Any, **options: Any) -> None:
        who = operator.operator_for(options)
        try:
            if options["action"] == "export":
                self._export(who, options)
            else:
                self._import(who, options)
        except DomainValidationError as error:
            lines = "\n".join(f"  {issue.field}: {issue.message}" for issue in error.issues)
            raise CommandError(f"geweigerd, niets geschreven / refused, nothing written:\n{lines}") from error

    def _export(self, who: operator.Operator, options: dict[str, Any]) -> None:
        kind, model, export = KINDS[options["kind"]]
        mapping_path = options.get("mapping")
        mapping = parse_mapping(_read(mapping_path)) if mapping_path else services.example_mapping()
        try:
            obj = services.get_object(model, options["ident"])
        except ObjectDoesNotExist as missing:
            raise CommandError(f"{options['kind']} niet gevonden / not found") from missing
        operator.authorise(who, "export", obj)
        profile, unmapped = export(options["ident"], mapping)
        Path(options["file"]).write_text(json.dumps(profile, indent=2, ensure_ascii=False), "utf-8")
        subject = obj.pk if model is Candidate else None
        operator.record(who, "export", kind, object_id=obj.pk, subject_id=subject, explanation="vum")
        self.stdout.write(f"{profile['profielsoort']} -> {options['file']}")
        if unmapped:
            self.stderr.write(f"{len(unmapped)} ESCO-URI's zonder CompetentNL-mapping weggelaten / "
                              f"ESCO URIs without a CompetentNL mapping left out")

    def _import(self, who: operator.Operator, options: dict[str, Any]) -> None:
        # stored profiles are new records: the role must be allowed to create work and candidates
        operator.require(who, "work", "create")
        operator.require(who, "candidates", "create")
        try:
            document = json.loads(_read(options["file"]))
        except json.JSONDecodeError as error:
            raise CommandError(f"geen geldige JSON (regel {error.lineno}) / not valid JSON (line {error.lineno})") from error
        counts = services.import_document(document)
        operator.record(who, "import", "vum", explanation=f"{counts['created']} created, {counts['updated']} updated")
        self.stdout.write(f"VUM: {counts['created']} nieuw / created, {counts['updated']} bijgewerkt / updated")


def _read(path: str) -> str:
    try:
        return Path(path).read_text("utf-8")
    except OSError as error:
        raise CommandError("kan het bestand niet lezen / cannot read the file") from error
