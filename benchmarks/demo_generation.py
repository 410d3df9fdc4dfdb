"""Demo data: generation and load time, peak memory, and the per-record baseline.

    .venv/bin/python benchmarks/demo_generation.py            # small and region
    .venv/bin/python benchmarks/demo_generation.py --national # also national (~250k candidates)

Each size runs in a fresh child process on a fresh SQLite file, so the reported peak memory (max
RSS of the child) and the timings belong to that size alone. The baseline loads a sample of the
same region data through ``services.save_record`` (one validated record at a time, the import
path) and through ``bulk_create``, and extrapolates both to the full data set."""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SAMPLE = 300


def _setup(db: Path) -> None:
    os.environ["WERKBRUG_DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkbrug.config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def _child(size: str, db: Path) -> dict[str, Any]:
    _setup(db)
    from werkbrug.demo.load import load
    from werkbrug.domain.demo import generate
    from werkbrug.domain.places import load_places

    load_places()  # open-data join, cached per process; timed in "generate" of the first run only
    started, cpu_started = time.perf_counter(), time.process_time()
    data = generate(size, seed=1)
    generated, cpu_generated = time.perf_counter(), time.process_time()
    load(data)
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    rows = sum(data.counts().values()) + sum(1 for c in data.candidates if c["doelgroep_category"])
    return {"size": size, "generate_s": generated - started, "load_s": loaded - generated, "rows": rows,
            "cpu_s": cpu_loaded - cpu_started, "db_wait_s": (loaded - generated) - (cpu_loaded - cpu_generated),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, **data.counts()}


def _sample(data: Any) -> dict[str, list[dict[str, Any]]]:
    placements = data.placements[:SAMPLE]
    people = {p["candidate"] for p in placements}
    work_keys = {p["work"] for p in placements}
    return {"candidates": [c for c in data.candidates if c["external_key"] in people],
            "work": [w for w in data.work if w["external_key"] in work_keys],
            "tasks": [t for t in data.tasks if t["work"] in work_keys], "placements": placements}


def _baseline(db: Path) -> dict[str, Any]:
    """Per-record save_record and ORM bulk_create on a sample of the region data, extrapolated."""
    _setup(db)
    from django.db import transaction

    from werkbrug.demo.bulk import insert_rows
    from werkbrug.domain.demo import generate
    from werkbrug.registry import services
    from werkbrug.registry.models import Location, Organisation

    data = generate("region", seed=1)
    insert_rows(Organisation, data.organisations)
    orgs = dict(Organisation.objects.values_list("external_key", "id"))
    insert_rows(Location, ({**{k: v for k, v in r.items() if k != "organisation"},
                            "organisation_id": orgs[r["organisation"]]} for r in data.locations))
    per_record: dict[str, float] = {}
    for kind, records in _sample(data).items():
        started = time.perf_counter()
        with transaction.atomic():
            for record in records:
                services.save_record(kind, record)
        per_record[kind] = (time.perf_counter() - started) / max(1, len(records))
    full = data.counts()
    save_record_s = sum(per_record[k] * full[k] for k in per_record)
    return {"save_record_s": save_record_s, "per_record_ms": {k: v * 1000 for k, v in per_record.items()},
            "bulk_create_s": _bulk_create_estimate(data)}


def _bulk_create_estimate(data: Any) -> float:
    """ORM bulk_create of the last 2,000 candidates, extrapolated to all rows of the region set."""
    from django.db import transaction

    from werkbrug.registry.models import Candidate, Organisation

    orgs = dict(Organisation.objects.values_list("external_key", "id"))
    extras = ("doelgroep_category", "doelgroep_from", "doelgroep_to", "certificates", "organisation")
    sample = data.candidates[-2000:]  # not in the save_record sample (that takes early candidates)
    started = time.perf_counter()
    with transaction.atomic():
        Candidate.objects.bulk_create(
            [Candidate(organisation_id=orgs[r["organisation"]], **{k: v for k, v in r.items() if k not in extras})
             for r in sample], batch_size=1000)
    per_row = (time.perf_counter() - started) / len(sample)
    return per_row * sum(data.counts().values())


def _run_child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    return (f"{os.cpu_count()} CPUs ({cpu}), {mem_kb / 1024 / 1024:.1f} GiB RAM, Python "
            f"{platform.python_version()}, SQLite file database")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--national", action="store_true", help="also run the national size")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child or args.baseline:
        result = _baseline(Path(args.db)) if args.baseline else _child(args.child, Path(args.db))
        print(json.dumps(result))
        return
    sizes = ["small", "region"] + (["national"] if args.national else [])
    with tempfile.TemporaryDirectory() as tmp:
        results = [_run_child("--child", s, "--db", str(Path(tmp) / f"{s}.sqlite3")) for s in sizes]
        base = _run_child("--baseline", "--db", str(Path(tmp) / "baseline.sqlite3"))
    print(f"machine: {_machine()}; load average at the end: {os.getloadavg()[0]:.1f}")
    print(f"{'size':<9} {'candidates':>10} {'work':>7} {'tasks':>7} {'placements':>10} {'rows':>9} "
          f"{'generate s':>10} {'load s':>7} {'total s':>7} {'CPU s':>6} {'peak RSS MB':>11}")
    for r in results:
        print(f"{r['size']:<9} {r['candidates']:>10} {r['work']:>7} {r['tasks']:>7} {r['placements']:>10} "
              f"{r['rows']:>9} {r['generate_s']:>10.1f} {r['load_s']:>7.1f} "
              f"{r['generate_s'] + r['load_s']:>7.1f} {r['cpu_s']:>6.1f} {r['peak_rss_mb']:>11.0f}")
    region = next(r for r in results if r["size"] == "region")
    print("\nregion load, side by side (same data, same run):")
    print(f"  executemany (werkbrug demo)       {region['load_s']:>8.1f} s")
    print(f"  ORM bulk_create (extrapolated)    {base['bulk_create_s']:>8.1f} s   "
          f"ratio {base['bulk_create_s'] / region['load_s']:.1f}x")
    print(f"  services.save_record (extrap.)    {base['save_record_s']:>8.1f} s   "
          f"ratio {base['save_record_s'] / region['load_s']:.1f}x")
    print("  save_record per record (ms): " + ", ".join(f"{k} {v:.1f}" for k, v in base["per_record_ms"].items()))


if __name__ == "__main__":
    main()
