import time
from datetime import date

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.demo.load import DemoLoadError, load
from werkbrug.demo.sroi import load_demo_ledgers
from werkbrug.domain.demo import DEFAULT_AS_OF, SIZES, generate
from werkbrug.pathways import demo as pathways_demo
from werkbrug.security.demo_accounts import create_demo_accounts


class Command(BaseCommand):
    help = ("Generate and load deterministic demo data (external keys start with 'demo-'). "
            "Sizes: small (tests), region (Holland Rijnland + Haaglanden), national (all 35 regions).")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--size", choices=sorted(SIZES), default="small")
        parser.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
        parser.add_argument("--replace", action="store_true",
                            help="remove earlier demo data first (only records whose key starts with 'demo-')")
        parser.add_argument("--as-of", type=date.fromisoformat, default=DEFAULT_AS_OF,
                            help=f"reference date the data is generated around (default {DEFAULT_AS_OF})")

    def handle(self, *args: object, **options: object) -> None:
        started = time.perf_counter()
        data = generate(str(options["size"]), int(options["seed"]), options["as_of"])  # type: ignore[call-overload, arg-type]
        generated = time.perf_counter()
        try:
            counts = load(data, replace=bool(options["replace"]))
        except DemoLoadError as refused:
            raise CommandError(str(refused)) from refused
        ledgers = load_demo_ledgers()  # SROI contracts and Banenafspraak aggregates on the demo data
        if data.size != "national":  # national trajectories take ~10 min: `werkbrug pathways demo`
            ledgers.update({f"pathways {k}": n for k, n in pathways_demo.load(
                int(options["seed"]), options["as_of"]).items()})  # type: ignore[call-overload, arg-type]
        done = time.perf_counter()
        self.stdout.write(f"Demodata / demo data: size={data.size} seed={data.seed} as-of={data.as_of}")
        for kind, n in {**counts, **ledgers}.items():
            self.stdout.write(f"  {kind:<14} {n:>9,}".replace(",", "."))
        self.stdout.write(f"  generated in {generated - started:.1f} s, loaded in {done - generated:.1f} s")
        create_demo_accounts(write=self.stdout.write)
