"""`werkbrug loonwaarde record|show|report|finalise` (as a named operator).

record FILE: a measurement for a placement from JSON (the `calc loonwaarde` file plus placement,
measured_on, deskundige, zienswijzen); a draft, or with --measurement ID a change to one.
show ID: the report as text or --json. report ID --pdf FILE: the PDF. finalise ID: make it final
(refused, naming why, until both zienswijzen are recorded or waived)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.domain.errors import DomainValidationError
from werkbrug.loonwaarde import services
from werkbrug.loonwaarde.models import LoonwaardeMeasurement
from werkbrug.loonwaarde.pdf import report_pdf
from werkbrug.loonwaarde.render import report_text
from werkbrug.loonwaarde.report import report
from werkbrug.registry.models import Placement
from werkbrug.security import operator

HEALTH = ("health_fml",)


class Command(BaseCommand):
    help = "Loonwaardemeting per plaatsing / loonwaarde measurement per placement: record, show, report, finalise"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        record = sub.add_parser("record", help="record a measurement from a JSON file (a draft)")
        record.add_argument("file")
        record.add_argument("--placement", default=None, help="placement id (else the file's 'placement')")
        record.add_argument("--measurement", type=int, default=None, help="change this draft instead")
        show = sub.add_parser("show", help="the report as text")
        show.add_argument("id", type=int)
        show.add_argument("--json", action="store_true")
        pdf = sub.add_parser("report", help="the report as PDF")
        pdf.add_argument("id", type=int)
        pdf.add_argument("--pdf", required=True, metavar="FILE")
        final = sub.add_parser("finalise", help="make the report final")
        final.add_argument("id", type=int)
        for child in (record, show, pdf, final):
            operator.add_arguments(child, purpose="bemiddeling")

    def handle(self, *args: Any, **options: Any) -> None:
        who = operator.operator_for(options)
        try:
            getattr(self, f"_{options['action']}")(who, options)
        except DomainValidationError as error:
            lines = "\n".join(f"  {issue.field}: {issue.message}" for issue in error.issues)
            raise CommandError(f"geweigerd, niets geschreven / refused, nothing written:\n{lines}") from error

    def _record(self, who: operator.Operator, options: dict[str, Any]) -> None:
        try:
            data = json.loads(Path(options["file"]).read_text("utf-8"))
        except OSError as error:
            raise CommandError("kan het bestand niet lezen / cannot read the file") from error
        except json.JSONDecodeError as error:
            raise CommandError(f"geen geldige JSON (regel {error.lineno}) / not valid JSON (line {error.lineno})") from error
        ident = options.get("placement") or (data.get("placement") if isinstance(data, dict) else None)
        placement = Placement.objects.filter(pk=_int(ident)).first()
        if placement is None:
            raise CommandError("plaatsing niet gevonden / placement not found")
        operator.authorise(who, "update", placement, HEALTH)
        existing = None
        if options.get("measurement"):
            existing = _measurement(options["measurement"])
            if existing.placement_id != placement.pk:
                raise CommandError("deze meting hoort bij een andere plaatsing / this measurement belongs to another placement")
        row = services.save_measurement(placement, data, user=who.user, measurement=existing, origin="cli")
        self.stdout.write(f"loonwaarde {row.pk}: {row.loonwaarde_pct}% ({row.status})")

    def _readable(self, who: operator.Operator, ident: int) -> LoonwaardeMeasurement:
        row = _measurement(ident)
        operator.authorise(who, "read", row.placement, HEALTH)
        operator.record(who, "read", "loonwaarde", object_id=row.pk, subject_id=row.placement.candidate_id)
        return row

    def _show(self, who: operator.Operator, options: dict[str, Any]) -> None:
        data = report(self._readable(who, options["id"]))
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) if options["json"] else report_text(data))

    def _report(self, who: operator.Operator, options: dict[str, Any]) -> None:
        data = report(self._readable(who, options["id"]))
        Path(options["pdf"]).write_bytes(report_pdf(data))
        self.stdout.write(f"loonwaarde {data['id']} -> {options['pdf']}")

    def _finalise(self, who: operator.Operator, options: dict[str, Any]) -> None:
        row = _measurement(options["id"])
        operator.authorise(who, "update", row.placement, HEALTH)
        row = services.finalise(row, user=who.user, origin="cli")
        self.stdout.write(f"loonwaarde {row.pk}: {row.loonwaarde_pct}% definitief / final")


def _int(raw: Any) -> int:
    try:
        return int(str(raw))
    except ValueError:
        return 0


def _measurement(ident: int) -> LoonwaardeMeasurement:
    row = LoonwaardeMeasurement.objects.select_related("placement").filter(pk=ident).first()
    if row is None:
        raise CommandError("meting niet gevonden / measurement not found")
    return row
