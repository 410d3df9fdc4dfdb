"""Encryption at rest: what it costs to load demo data and to load the matching specs.

    .venv/bin/python benchmarks/encryption_cost.py --size region
    PYTHONPATH=/path/to/older/src .venv/bin/python benchmarks/encryption_cost.py --size region  # before

Runs on a fresh SQLite file: migrate, generate, load (timed: wall and CPU), then
``matching.loading.candidate_specs`` over every candidate (timed, best of three, by CPU) and, when
encrypted, a key rotation of everything (`keys rotate`). Prints one JSON line; docs/security.md has the figures."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _setup(db: Path) -> None:
    os.environ["WERKBRUG_DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkbrug.config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def _timed(job: Any) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = job()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _rotation() -> tuple[float, float]:
    """`keys rotate` to a fresh key: every value re-encrypted, in one transaction."""
    from django.conf import settings
    from django.db import transaction
    from django.test import override_settings

    from werkbrug.security import key_rotation, keyring

    with override_settings(WERKBRUG_ENCRYPTION_KEYS=f"bench:{keyring.new_key()},{settings.WERKBRUG_ENCRYPTION_KEYS}"):
        with transaction.atomic():
            wall, cpu, _ = _timed(key_rotation.rotate)
    return round(wall, 2), round(cpu, 2)


def measure(size: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        _setup(Path(tmp) / "bench.sqlite3")
        from werkbrug.demo.load import load
        from werkbrug.domain.demo import generate
        from werkbrug.matching.loading import candidate_specs
        from werkbrug.registry.models import Candidate

        data = generate(size, seed=1)
        load_wall, load_cpu, _ = _timed(lambda: load(data))
        runs = [_timed(lambda: candidate_specs(Candidate.objects.all())) for _ in range(3)]
        best = min(runs, key=lambda r: r[1])
        encrypted = hasattr(Candidate._meta.get_field("bsn"), "seal")
        rotation = _rotation() if encrypted else None
        return {"size": size, "encrypted": encrypted, "candidates": len(best[2]), "rotate_wall_cpu_s": rotation,
                "load_wall_s": round(load_wall, 2), "load_cpu_s": round(load_cpu, 2),
                "specs_wall_s": round(best[0], 2), "specs_cpu_s": round(best[1], 2),
                "python": sys.version.split()[0], "machine": platform.machine(),
                "cpus": os.cpu_count(), "load_average": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=["small", "region", "national"], default="region")
    print(json.dumps(measure(parser.parse_args().size)))


if __name__ == "__main__":
    main()
