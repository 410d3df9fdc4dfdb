"""Job carving at scale: a large employer (200 roles × 8 tasks, 4 locations × 3 shifts) against a
pool of 10,000 candidates. CP-SAT versus the first-fit-decreasing baseline: time and objective.

    .venv/bin/python benchmarks/carving.py [--roles 200] [--candidates 10000] [--time-limit 30] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time
from decimal import Decimal as D

from werkbrug.domain.carving import CarveSettings, RoleInput, TaskInput, carve
from werkbrug.domain.carving.pool import CandidatePool
from werkbrug.domain.fml import load_catalogue

LOCATIONS = ("hoofdlocatie", "magazijn", "productie", "kantoor")
SHIFTS = ("ochtend", "middag", "avond")


def _demand(rng: random.Random, codes: list[str]) -> dict:
    return {code: {"level": rng.choice((0, 1, 1, 2))} for code in rng.sample(codes, rng.randint(0, 3))}


def employer(rng: random.Random, n_roles: int) -> list[RoleInput]:
    codes = list(load_catalogue().items)
    roles = []
    for r in range(n_roles):
        tasks = tuple(
            TaskInput(f"t{t}", f"taak {t}", D(rng.choice((1, 2, 2, 3, 4, 5, 6, 8))), rng.choice((0, 1, 1, 2, 3, 4)),
                      _demand(rng, codes), "c" if t in (6, 7) and rng.random() < 0.3 else "")
            for t in range(8))
        roles.append(RoleInput(f"r{r}", f"functie {r}", D(rng.choice((1, 1, 2, 3, 4, 6))),
                               D(rng.randint(1800, 4500)) / 100, rng.choice(LOCATIONS), rng.choice(SHIFTS), tasks))
    return roles


def pool(rng: random.Random, n: int) -> CandidatePool:
    codes = list(load_catalogue().items)
    profiles = [{c: {"level": rng.choice((1, 1, 2))} for c in rng.sample(codes, rng.randint(0, 6))} for _ in range(n)]
    return CandidatePool(profiles)


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
        with open("/proc/meminfo", encoding="utf-8") as info:
            kb = int(next(line.split()[1] for line in info if line.startswith("MemTotal")))
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        ram = "?"
    return f"nproc {os.cpu_count()}, {cpu}, RAM {ram}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--roles", type=int, default=200)
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    roles = employer(rng, args.roles)
    started = time.perf_counter()
    shared = pool(rng, args.candidates)
    pools = dict.fromkeys(LOCATIONS, shared)
    print(f"machine: {machine()}")
    print(f"employer: {len(roles)} roles × 8 tasks, {sum(r.fte for r in roles)} FTE; "
          f"pool {len(shared)} candidates (built in {time.perf_counter() - started:.2f} s)")
    settings = CarveSettings(time_limit_seconds=args.time_limit, workers=os.cpu_count() or 1)
    print(f"{'method':<32} {'seconds':>8} {'roles':>6} {'hours':>8} {'€/week':>10} {'€/year':>11}")
    for use_solver in (False, True):
        started = time.perf_counter()
        plan = carve(roles, pools, settings, use_solver=use_solver)
        seconds = time.perf_counter() - started
        hours = sum(r.hours for r in plan.roles)
        print(f"{plan.method:<32} {seconds:>8.2f} {len(plan.roles):>6} {hours:>8} "
              f"{plan.euro_per_week:>10.2f} {plan.euro_per_week * 52:>11.2f}")
    units = len(plan.units)
    carvable = sum(1 for u in plan.units if (u.role, u.tasks) in plan.carvable)
    print(f"units {units}, carvable {carvable}; greedy objective (same run) € {plan.greedy_objective / 10_000:.2f}"
          f"/week; solver notes: {', '.join(plan.notes) or 'none'}")


if __name__ == "__main__":
    main()
