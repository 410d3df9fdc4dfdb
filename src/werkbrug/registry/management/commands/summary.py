import json

from django.core.management.base import BaseCommand, CommandParser

from werkbrug.registry import services


class Command(BaseCommand):
    help = "Print what the registry holds: organisations, candidates, work, placements."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")

    def handle(self, *args: object, **options: object) -> None:
        counts = services.counts()
        if options["json"]:
            self.stdout.write(json.dumps(counts, indent=2))
            return
        self.stdout.write("Werkbrug — overzicht / summary")
        for name, n in counts.items():
            self.stdout.write(f"  {name:<20} {n:>9,}".replace(",", "."))
