"""Roles -> task units, and which units may be carved.

Granularity: one unit per staff member per task (or per continuity group of tasks). A role with
FTE f gives floor(f) units of the task's weekly hours and, when f has a fraction r, one more unit
of r × those hours, so the units of a task always add up to FTE × hours."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from werkbrug.domain.carving.model import CarveSettings, Profile, RoleInput, TaskInput, Unit
from werkbrug.domain.carving.pool import CandidatePool, merge_demands

NOT_CARVABLE = {
    "qualification": ("kwalificatieniveau boven de drempel", "qualification level above the threshold"),
    "pool": ("te weinig kandidaten in de regio kunnen deze belasting aan",
             "too few candidates in the region can manage this demand"),
    "wage": ("uurloon niet hoger dan dat van de nieuwe functie", "hourly wage not above that of the new role"),
    "too_long": ("meer uren dan het maximum van een nieuwe functie", "more hours than a new role may have"),
}


def centi(value: Decimal) -> int:
    return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Bundle:
    """Tasks of one role that move together (a continuity group, or a single task)."""

    role: RoleInput
    tasks: tuple[TaskInput, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(t.key for t in self.tasks)

    @property
    def shift(self) -> str:
        return self.tasks[0].shift or self.role.shift

    @property
    def hours(self) -> Decimal:
        return sum((t.hours_per_week for t in self.tasks), Decimal(0))


def bundles(role: RoleInput) -> list[Bundle]:
    groups: dict[str, list[TaskInput]] = {}
    found: list[Bundle] = []
    for task in role.tasks:
        if task.continuity_group:
            if task.continuity_group not in groups:
                groups[task.continuity_group] = []
                found.append(Bundle(role, ()))  # placeholder keeps the input order
            groups[task.continuity_group].append(task)
        else:
            found.append(Bundle(role, (task,)))
    ordered = iter(groups.values())
    return [b if b.tasks else Bundle(role, tuple(next(ordered))) for b in found]


def units_of(bundle: Bundle) -> list[Unit]:
    whole = int(bundle.role.fte)
    fraction = bundle.role.fte - whole
    shares = [Decimal(1)] * whole + ([fraction] if fraction else [])
    demand = merge_demands([t.fml_demand for t in bundle.tasks])
    return [Unit(bundle.role.key, bundle.keys, n, centi(bundle.hours * share), centi(bundle.role.wage_per_hour),
                 bundle.role.location, bundle.shift, demand)
            for n, share in enumerate(shares, 1)]


class Judge:
    """Decides carvability; pool counts are cached per (location, demand)."""

    def __init__(self, pools: Mapping[str, CandidatePool], settings: CarveSettings):
        self.pools, self.settings = pools, settings
        self._counts: dict[tuple[str, str], int] = {}

    def pool_count(self, location: str, demand: Profile) -> int:
        key = (location, repr(sorted((c, sorted(e.items())) for c, e in demand.items())))
        if key not in self._counts:
            pool = self.pools.get(location)
            self._counts[key] = pool.count(demand) if pool is not None else 0
        return self._counts[key]

    def reason(self, bundle: Bundle) -> str | None:
        """None when carvable, else the key of NOT_CARVABLE that stops it."""
        s = self.settings
        if any(t.qualification_level > s.qualification_threshold for t in bundle.tasks):
            return "qualification"
        if bundle.role.wage_per_hour <= s.carved_wage_per_hour:
            return "wage"
        if min(bundle.hours, bundle.hours * bundle.role.fte) > s.max_hours:
            return "too_long"
        if any(self.pool_count(bundle.role.location, t.fml_demand) < s.min_candidates for t in bundle.tasks):
            return "pool"
        return None


def split(roles: Sequence[RoleInput], judge: Judge) -> tuple[list[Unit], list[Unit], dict[tuple[str, tuple[str, ...]], str]]:
    """(all units, carvable units, reason per non-carvable bundle)."""
    everything: list[Unit] = []
    carvable: list[Unit] = []
    reasons: dict[tuple[str, tuple[str, ...]], str] = {}
    for role in roles:
        for bundle in bundles(role):
            units = units_of(bundle)
            everything += units
            why = judge.reason(bundle)
            if why is None:
                carvable += [u for u in units if u.centi_hours <= centi(judge.settings.max_hours)]
            else:
                reasons[(role.key, bundle.keys)] = why
    return everything, carvable, reasons
