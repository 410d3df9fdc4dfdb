"""Payroll-scale benchmark for the banenafspraak monitor (issue 5, ADR 0004).

Generates a deterministic payroll CSV (default 10 years × 250.000 persons × 12 months = 30 million
rows), imports it with `import_payroll` into a fresh database and refreshes the aggregates, then
times the report queries. Prints load time, CPU time, the machine's load average, peak memory,
query latencies and two baselines: the previous implementation (person rows in PayrollHours,
commit 7e712f7, run from git on the first --legacy-rows rows and extrapolated linearly) and the
naive Django ORM (one .save() per row) on a small sample, extrapolated to the full file.

    .venv/bin/python benchmarks/payroll.py [--persons 250000] [--years 10] [--employers 20000]
                                           [--legacy-rows 3000000|0] [--postgresql URL|none] [--keep-file]

SQLite runs in a temporary file; PostgreSQL (default postgresql://postgres@127.0.0.1:5432/test, when
it answers) in a separate database `werkbrug_bench_payroll` that is dropped afterwards."""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
PG_BENCH_DB = "werkbrug_bench_payroll"
LAST_YEAR = 2024  # a year with a known quotumpercentage (overheid)
HOURS = ["21,67", "43,33", "55,25", "65,00", "86,67", "97,50", "110,50", "130,00", "138,67", "156,00"]


def kvk(index: int) -> str:
    return f"{60000000 + index:08d}"


def generate(path: Path, persons: int, years: int, employers: int) -> int:
    """Deterministic: person p works at employer (p * 7919 + 3 * (year // 3)) % employers; every
    tenth person is seconded to an inlener; a quarter are in the doelgroep (column)."""
    import calendar

    rows, first_year = 0, LAST_YEAR - years + 1
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("persoon;werkgever;inlener;periode_van;periode_tot;uren;sector;doelgroep\n")
        for year in range(first_year, LAST_YEAR + 1):
            prefix = []
            for p in range(persons):
                employer = (p * 7919 + 3 * (year // 3)) % employers
                inlener = kvk((employer + 1) % employers) if p % 10 == 0 else ""
                prefix.append(f"P{p:07d};{kvk(employer)};{inlener};")
            suffix = [f";{HOURS[(p * 31) % len(HOURS)]};;{'ja' if p % 4 == 0 else 'nee'}\n" for p in range(persons)]
            for month in range(1, 13):
                last = calendar.monthrange(year, month)[1]
                period = f"01-{month:02d}-{year};{last:02d}-{month:02d}-{year}"
                out.writelines(f"{a}{period}{b}" for a, b in zip(prefix, suffix, strict=True))
                rows += persons
    return rows


def setup_django(url: str) -> None:
    os.environ["WERKBRUG_DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "werkbrug.config.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def create_employers(count: int) -> None:
    from werkbrug.registry.models import Organisation

    regions = ["Holland Rijnland", "Haaglanden", "Midden-Utrecht", "Rijnmond", "Groot Amsterdam"]
    Organisation.objects.bulk_create(
        [Organisation(external_key=f"bench-{i}", name=f"Werkgever {i}", kind="employer", kvk_number=kvk(i),
                      sector="overheid" if i % 5 == 0 else "markt", arbeidsmarktregio=regions[i % len(regions)])
         for i in range(count)], batch_size=5000)


def timed(label: str, action, repeat: int = 3) -> dict[str, object]:
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return {"query": label, "seconds": round(best or 0, 3)}


def run_queries() -> list[dict[str, object]]:
    from django.db.models import Max

    from werkbrug.banenafspraak import services
    from werkbrug.banenafspraak.models import BanenQuarter

    last = BanenQuarter.objects.aggregate(last=Max("year"))["last"]
    return [
        timed("report (national, all years)", lambda: services.report()),
        timed(f"report --year {last}", lambda: services.report(year=last)),
        timed("report --region Haaglanden", lambda: services.report(region="Haaglanden")),
        timed("report --employer (one employer, all years)", lambda: services.report(employer=kvk(7))),
        timed(f"quotum --employer --year {last}", lambda: services.employer_quotum(kvk(10), last)),
    ]


def naive_baseline(path: Path, sample: int) -> float:
    """Seconds per row for the naive way: parse with csv, one ORM .save() (own transaction) per row."""
    import csv
    from datetime import datetime

    from werkbrug.banenafspraak.models import PayrollHours
    from werkbrug.registry.models import Organisation

    ids = dict(Organisation.objects.values_list("kvk_number", "id"))
    start = time.perf_counter()
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        for number, cells in enumerate(reader, start=2):
            if number > sample + 1:
                break
            begin = datetime.strptime(cells[3], "%d-%m-%Y").date()
            PayrollHours.objects.create(
                payroll_import_id=-1, source_row=number, person=hash(cells[0]), employer_id=ids[cells[1]],
                inlener_id=ids.get(cells[2]), credited_id=ids.get(cells[2]) or ids[cells[1]], year=begin.year, month=begin.month,
                hours_centi=round(float(cells[5].replace(",", ".")) * 100), reported_doelgroep=cells[7] == "ja",
                counts=cells[7] == "ja")
    elapsed = time.perf_counter() - start
    PayrollHours.objects.filter(payroll_import_id=-1).delete()
    return elapsed / sample


LEGACY_COMMIT = "7e712f7"  # the previous implementation: person rows in PayrollHours, SQL checks
LEGACY_MODULES = ("payroll_file", "store", "services")


def _legacy_services():  # noqa: ANN202 - a module loaded from git
    """Load the previous implementation's modules from git into a private package."""
    import importlib
    import types

    package = types.ModuleType("legacy_payroll")
    package.__path__ = []
    sys.modules["legacy_payroll"] = package
    for name in LEGACY_MODULES:
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{LEGACY_COMMIT}:src/werkbrug/banenafspraak/{name}.py"],
                                capture_output=True, text=True, check=True).stdout
        source = source.replace("werkbrug.banenafspraak.payroll_file", "legacy_payroll.payroll_file")
        source = source.replace("from werkbrug.banenafspraak import store", "from legacy_payroll import store")
        module = types.ModuleType(f"legacy_payroll.{name}")
        sys.modules[module.__name__] = module
        exec(compile(source, f"legacy/{name}.py", "exec"), module.__dict__)  # noqa: S102 - our own history
    return importlib.import_module("legacy_payroll.services")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(url: str, path: Path, employers: int, sample: int, legacy: bool) -> None:
    """One backend in a fresh process, so peak memory (ru_maxrss) belongs to this run only."""
    setup_django(url)
    from django.db import connection

    from werkbrug.banenafspraak import services
    from werkbrug.banenafspraak.models import BanenQuarter, BanenSummary, PayrollMonth

    create_employers(employers)
    importer = _legacy_services().import_payroll if legacy else services.import_payroll
    load_before, cpu, start = os.getloadavg()[0], _cpu(), time.perf_counter()
    result = importer(path)
    load, cpu = time.perf_counter() - start, _cpu() - cpu
    print(f"{connection.vendor}{' (previous)' if legacy else ''}: {result.rows} rows in {load:.1f} s",
          file=sys.stderr, flush=True)
    figures = {"backend": connection.vendor, "rows": result.rows, "load_and_aggregate_s": round(load, 1),
               "cpu_s": round(cpu, 1), "loadavg": [round(load_before, 1), round(os.getloadavg()[0], 1)],
               "rows_per_s": round(result.rows / load),
               "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    if not legacy:
        per_row = naive_baseline(path, sample)
        figures.update(month_rows=PayrollMonth.objects.count(), aggregate_rows=BanenQuarter.objects.count(),
                       summary_rows=BanenSummary.objects.count(), queries=run_queries(),
                       naive_s_per_row=per_row, naive_extrapolated_s=round(per_row * result.rows))
    print(json.dumps(figures))


def _pg_admin(url: str, sql: str) -> bool:
    import psycopg

    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=3) as conn:
            conn.execute(sql)
        return True
    except psycopg.Error:
        return False


def _run_child(url: str, path: Path, args: argparse.Namespace, legacy: bool = False) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", url, "--file", str(path), "--employers", str(args.employers),
               "--sample", str(args.sample)] + (["--legacy"] if legacy else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"backend": url.split(":")[0], "error": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _head(path: Path, rows: int, work: Path) -> Path:
    """The first ``rows`` rows (the first year(s)) for the previous implementation's run."""
    sample = work / "payroll-head.csv"
    with path.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number > rows:
                break
            out.write(line)
    return sample


def _backend(url: str, path: Path, args: argparse.Namespace, head: Path | None, reset) -> dict[str, object]:  # noqa: ANN001
    """The new importer on the whole file, then (in a fresh database) the previous one on the head."""
    result = _run_child(url, path, args)
    if head is not None and "error" not in result:
        reset()
        result["legacy"] = _run_child(url, head, args, legacy=True)
    return result


def print_table(results: list[dict[str, object]], rows: int, generate_s: float) -> None:
    print(f"\npayroll rows: {rows:,}; file generated in {generate_s:.0f} s (not counted); "
          f"machine: {os.cpu_count()} cores, shared with other engineers")
    for r in results:
        if "error" in r:
            print(f"{r['backend']}: failed: {r['error']}")
            continue
        print(f"\n== {r['backend']}: load + aggregate {r['load_and_aggregate_s']} s "
              f"({r['rows_per_s']:,} rows/s), importer CPU {r['cpu_s']} s, load average {r['loadavg']}, "
              f"peak RSS {r['peak_rss_mb']} MB; {r['month_rows']:,} month rows, "
              f"{r['aggregate_rows']:,} quarter rows, {r['summary_rows']:,} summary rows")
        legacy = r.get("legacy")
        if legacy and "error" not in legacy:
            scaled = legacy["load_and_aggregate_s"] * r["rows"] / legacy["rows"]
            print(f"   baseline, previous implementation on {legacy['rows']:,} rows: {legacy['load_and_aggregate_s']} s "
                  f"(CPU {legacy['cpu_s']} s, load average {legacy['loadavg']}, peak RSS {legacy['peak_rss_mb']} MB)"
                  f" -> {scaled:,.0f} s extrapolated ({scaled / r['load_and_aggregate_s']:.1f}× slower)")
        elif legacy:
            print(f"   baseline, previous implementation: failed: {legacy['error']}")
        print(f"   baseline, naive ORM create() per row: {r['naive_s_per_row'] * 1000:.2f} ms/row "
              f"-> {r['naive_extrapolated_s']:,} s extrapolated ({r['naive_extrapolated_s'] / r['load_and_aggregate_s']:.0f}× slower)")
        for q in r["queries"]:
            print(f"   {q['query']:<48} {q['seconds']:.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=250_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--employers", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=2_000, help="rows for the naive baseline")
    parser.add_argument("--legacy-rows", type=int, default=3_000_000, help="rows for the previous implementation (0: skip)")
    parser.add_argument("--legacy", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--postgresql", default=PG_DEFAULT, help="server URL, or 'none'")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--keep-file", action="store_true")
    parser.add_argument("--child")
    parser.add_argument("--file", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    if args.child:
        child(args.child, args.file, args.employers, args.sample, args.legacy)
        return
    work = Path(tempfile.mkdtemp(prefix="werkbrug-bench-payroll-"))
    path = args.file or work / "payroll.csv"
    start = time.perf_counter()
    rows = generate(path, args.persons, args.years, args.employers) if not args.file else 0
    generate_s = time.perf_counter() - start
    head = _head(path, args.legacy_rows, work) if args.legacy_rows else None
    results = []
    if not args.skip_sqlite:
        database = work / "bench.sqlite3"
        results.append(_backend(f"sqlite:///{database}", path, args, head, lambda: database.unlink(missing_ok=True)))
        (work / "bench.sqlite3").unlink(missing_ok=True)
    if args.postgresql != "none":
        pg = args.postgresql.rsplit("/", 1)[0]
        if _pg_admin(args.postgresql, f"DROP DATABASE IF EXISTS {PG_BENCH_DB}") and _pg_admin(
                args.postgresql, f"CREATE DATABASE {PG_BENCH_DB}"):
            try:
                results.append(_backend(f"{pg}/{PG_BENCH_DB}", path, args, head, lambda: (
                    _pg_admin(args.postgresql, f"DROP DATABASE IF EXISTS {PG_BENCH_DB} WITH (FORCE)"),
                    _pg_admin(args.postgresql, f"CREATE DATABASE {PG_BENCH_DB}"))))
            finally:
                _pg_admin(args.postgresql, f"DROP DATABASE IF EXISTS {PG_BENCH_DB} WITH (FORCE)")
        else:
            results.append({"backend": "postgresql", "error": ["not reachable"]})
    print_table(results, rows or results[0].get("rows", 0), generate_s)  # type: ignore[arg-type]
    if head is not None:
        head.unlink(missing_ok=True)
    if not args.keep_file and not args.file:
        path.unlink(missing_ok=True)
    if not any(work.iterdir()):
        work.rmdir()


if __name__ == "__main__":
    main()
