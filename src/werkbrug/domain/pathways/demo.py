"""Deterministic demo trajectories that end in a person's current situation (pure).

Built backwards from the current situation through allowed transitions, so every timeline passes
the status model. Forward steps are more likely than falling back; `boost` makes dagbesteding a
more likely predecessor of work (a region that invests in doorstroom)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from werkbrug.domain.pathways.model import Period, TrajectoryModel

EARLIEST = date(2008, 1, 1)
KIND_WEIGHT = {"forward": 3.0, "back": 0.6, "lateral": 0.4}
WORK = {"beschut_werk", "detachering", "banenafspraak_baan", "regulier_werk", "sw_dienstverband"}


def final_situation(registry_code: str, benefit: str, model: TrajectoryModel) -> str:
    """The trajectory code for a registry situation (benefit type for `uitkering`)."""
    if registry_code == "uitkering":
        code = f"uitkering_{benefit}"
        return code if code in model.situations else "uitkering_anders"
    return registry_code if registry_code in model.situations else "geen"


def _months(rng: random.Random, low: int, high: int) -> timedelta:
    return timedelta(days=int(rng.randint(low, high) * 30.4375))


def _predecessor(rng: random.Random, current: str, model: TrajectoryModel, boost: float) -> str | None:
    options = [(a, t.kind) for (a, b), t in model.transitions.items() if b == current]
    if not options:
        return None
    weights = [KIND_WEIGHT[k] * (1 + boost if a.endswith("dagbesteding") and current in WORK else 1.0)
               for a, k in options]
    return rng.choices([a for a, _ in options], weights=weights)[0]


def history(rng: random.Random, final: str, today: date, model: TrajectoryModel, *,
            boost: float = 0.0) -> list[Period]:
    """A timeline ending with an open period in `final`, oldest period first."""
    if final == "sw_dienstverband":  # no new Wsw inflow since 2015: started before that, one period
        return [Period(final, date(rng.randint(2000, 2014), rng.randint(1, 12), 1))]
    start = max(EARLIEST, today - _months(rng, 1, 40))
    periods = [Period(final, start)]
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
        previous = _predecessor(rng, periods[0].situation, model, boost)
        if previous is None or previous == "sw_dienstverband":
            break
        end = periods[0].start - timedelta(days=1)
        begin = end - _months(rng, 3, 36)
        if begin < EARLIEST:
            break
        periods.insert(0, Period(previous, begin, end))
    return periods


def support_for(rng: random.Random, situation: str) -> dict[str, object]:
    if situation not in WORK and situation != "proefplaatsing":
        return {}
    return {"jobcoach": rng.random() < 0.6,
            "loonkostensubsidie": situation == "banenafspraak_baan" and rng.random() < 0.7,
            "accommodations": []}
