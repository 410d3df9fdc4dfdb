from django.core.management import call_command
from django.core.management.base import BaseCommand

from werkbrug.registry import services


class Command(BaseCommand):
    help = "Create or upgrade the database and load the reference catalogues (FML, accommodations, ESCO subset)."

    def handle(self, *args: object, **options: object) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("migrate", database="audit", interactive=False, verbosity=0)  # audit trail (security)
        loaded = services.load_reference_catalogues()
        self.stdout.write(
            f"Database klaar / database ready: {loaded['accommodations']} voorzieningen/accommodations, "
            f"{loaded['skills']} ESCO-termen/terms")
