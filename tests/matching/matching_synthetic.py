"""Random but valid candidates and work for property tests (not a test module)."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from werkbrug.domain.matching.specs import CandidateSpec, TaskSpec, WorkSpec

ITEMS = ("IV.12", "IV.13", "IV.4", "V.3", "I.6", "II.1", "III.6", "VI.2", "IV.17")
NUMERIC = {"IV.12": 25, "IV.13": 15, "V.3": 90, "VI.2": 10}
SKILLS = tuple(f"skill/{i}" for i in range(8))
TODAY = date(2026, 3, 1)


def _profile(rng: np.random.Generator, n: int) -> dict[str, dict[str, float]]:
    profile: dict[str, dict[str, float]] = {}
    for code in rng.choice(ITEMS, size=n, replace=False):
        entry: dict[str, float] = {"level": int(rng.integers(0, 3))}
        if code in NUMERIC and rng.random() < 0.6:
            entry["value"] = float(rng.integers(0, NUMERIC[code]))
        profile[str(code)] = entry
    return profile


def work(rng: np.random.Generator, i: int) -> WorkSpec:
    tasks = tuple(TaskSpec(f"t{j}", f"taak {j}", float(rng.integers(2, 16)), _profile(rng, int(rng.integers(0, 3))),
                           tuple(rng.choice(SKILLS, size=int(rng.integers(0, 3)), replace=False)),
                           ("VCA",) if rng.random() < 0.15 else ())
                  for j in range(int(rng.integers(1, 4))))
    return WorkSpec(i, f"W{i}", 52 + rng.random() * 0.4, 5 + rng.random() * 0.4,
                    float(sum(t.hours for t in tasks)), tasks, places=int(rng.integers(1, 3)),
                    start=TODAY + timedelta(days=int(rng.integers(-10, 60))),
                    occupation=f"occ/{rng.integers(0, 3)}", sector=str(rng.choice(["markt", "overheid"])),
                    day_parts=tuple(rng.choice(["ochtend", "middag", "avond"], size=int(rng.integers(0, 3)),
                                               replace=False)),
                    has_internal_supervisor=bool(rng.random() < 0.3),
                    accommodations_available=("tilhulp",) if rng.random() < 0.1 else ())


def candidate(rng: np.random.Generator, i: int) -> CandidateSpec:
    return CandidateSpec(
        i, f"C{i}", 52 + rng.random() * 0.4, 5 + rng.random() * 0.4, _profile(rng, int(rng.integers(0, 4))),
        frozenset(rng.choice(SKILLS, size=int(rng.integers(0, 4)), replace=False)),
        ((f"occ/{rng.integers(0, 3)}", float(rng.integers(0, 8))),),
        frozenset(["VCA"]) if rng.random() < 0.5 else frozenset(),
        wish_hours_min=float(rng.integers(0, 12)) if rng.random() < 0.5 else None,
        wish_hours_max=float(rng.integers(12, 40)) if rng.random() < 0.7 else None,
        wish_day_parts=tuple(rng.choice(["ochtend", "middag"], size=int(rng.integers(0, 2)), replace=False)),
        wish_occupations=(f"occ/{rng.integers(0, 3)}",) if rng.random() < 0.5 else (),
        max_travel_km=float(rng.integers(3, 40)) if rng.random() < 0.8 else None,
        max_travel_minutes=float(rng.integers(10, 60)) if rng.random() < 0.4 else None,
        travel_modes=tuple(rng.choice(["fiets", "ov", "auto", "lopen"], size=int(rng.integers(0, 3)), replace=False)),
        driving_licence=bool(rng.random() < 0.5),
        available_from=TODAY + timedelta(days=int(rng.integers(-30, 30))) if rng.random() < 0.5 else None,
        registered_on=TODAY - timedelta(days=int(rng.integers(0, 2000))),
        needs_jobcoach=bool(rng.random() < 0.3))


def population(seed: int, n_cand: int, n_work: int) -> tuple[list[CandidateSpec], list[WorkSpec]]:
    rng = np.random.default_rng(seed)
    return [candidate(rng, i) for i in range(n_cand)], [work(rng, i) for i in range(n_work)]
