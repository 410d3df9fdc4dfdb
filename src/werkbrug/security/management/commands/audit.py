import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.domain.authorisation import Resource
from werkbrug.registry.models import Candidate
from werkbrug.security import audit, operator


class Command(BaseCommand):
    help = "Audit trail: `audit verify` checks the hash chain; `audit subject --candidate ID FILE` exports a candidate's access log."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("step", choices=["verify", "subject"])
        parser.add_argument("file", nargs="?", help="for subject: the JSON file to write")
        parser.add_argument("--candidate", type=int, help="for subject: database id of the candidate")
        operator.add_arguments(parser, purpose="inzageverzoek")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["step"] == "verify":
            breaks = audit.verify()
            if breaks:
                for b in breaks:
                    self.stderr.write(f"rij/row {b.sequence}: {b.problem}")
                raise CommandError(f"audittrail is aangetast / audit trail was tampered with: {len(breaks)} breuk(en)/breaks")
            self.stdout.write("audittrail intact / audit trail intact")
            return
        if options["candidate"] is None or not options["file"]:
            raise CommandError("gebruik / usage: werkbrug audit subject --candidate ID FILE")
        who = operator.operator_for(options)
        candidate = Candidate.objects.filter(pk=options["candidate"]).first()
        if candidate is not None:
            operator.authorise(who, "export", Resource("audit", frozenset({candidate.organisation_id})))
        else:  # gone from the registry: only the trail is left; the role must allow exporting it
            operator.require(who, "audit", "export")
        events = audit.subject_events(options["candidate"])
        Path(options["file"]).write_text(json.dumps({"candidate": options["candidate"], "events": events},
                                                    indent=2, ensure_ascii=False), "utf-8")
        operator.record(who, "export", "audit", subject_id=options["candidate"])
        self.stdout.write(f"{len(events)} gebeurtenissen geschreven / events written")
