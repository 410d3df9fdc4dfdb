from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkbrug.security import operator, retention, retention_sets


class Command(BaseCommand):
    help = ("Apply retention periods (data/retention.toml): anonymise expired candidates, then blank or delete "
            "expired SROI evidence, proposals, consent log rows and contact requests. `retention run [--dry-run]`.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("step", choices=["run"])
        parser.add_argument("--dry-run", action="store_true", help="only count what would be anonymised")
        parser.add_argument("--today", type=date.fromisoformat, default=None, help="reference day (YYYY-MM-DD)")
        operator.add_arguments(parser, purpose="bewaartermijn")

    def handle(self, *args: Any, **options: Any) -> None:
        who = operator.operator_for(options)
        operator.require(who, "candidates", "delete", ("identifying", "health_fml"))
        today = options["today"] or date.today()
        report = retention.run(today, dry_run=options["dry_run"])
        verb = "zou anonimiseren / would anonymise" if options["dry_run"] else "geanonimiseerd / anonymised"
        self.stdout.write(f"{report.examined} kandidaten bekeken / candidates examined; {len(report.anonymised)} {verb}")
        operator.record(who, "retention", "candidates", explanation=f"{len(report.anonymised)} {verb}")
        for ref in report.anonymised:
            self.stdout.write(f"  {ref}")
        removed = "zou verwijderen / would remove" if options["dry_run"] else "verwijderd / removed"
        for sets in retention_sets.run(today, dry_run=options["dry_run"]):
            self.stdout.write(f"{sets.data_set}: {sets.examined} bekeken / examined; {len(sets.removed)} {removed}")
            operator.record(who, "retention", sets.data_set, explanation=f"{len(sets.removed)} {removed}")
            for ref in sets.removed:
                self.stdout.write(f"  {ref}")
