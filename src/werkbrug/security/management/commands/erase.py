from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.registry.models import Candidate
from werkbrug.security import operator, retention


class Command(BaseCommand):
    help = "Erase a candidate on request (AVG art. 17): `erase --candidate ID --reason TEXT`."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--candidate", type=int, required=True, help="database id of the candidate")
        parser.add_argument("--reason", required=True, help="why (reference of the request; no personal data)")
        operator.add_arguments(parser, purpose="inzageverzoek")

    def handle(self, *args: Any, **options: Any) -> None:
        who = operator.operator_for(options)
        candidate = Candidate.objects.filter(pk=options["candidate"]).first()
        if candidate is None:
            raise CommandError(f"kandidaat {options['candidate']} bestaat niet / candidate does not exist")
        operator.authorise(who, "delete", candidate, ("identifying", "health_fml"))
        if candidate.external_key.startswith(retention.ANONYMOUS_MARK):
            raise CommandError("kandidaat is al gewist / candidate was already erased")
        record = retention.anonymise(candidate, "request", explanation=options["reason"])
        operator.record(who, "erase", "candidates", candidate.pk, subject_id=candidate.pk)
        self.stdout.write(f"gewist / erased: {record.record_ref} ({sum(record.counts.values())} rijen/rows)")
