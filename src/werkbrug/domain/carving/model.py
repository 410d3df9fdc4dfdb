"""Inputs and outputs of the carving engine, free of storage details.

Hours are kept in centi-hours (int) and wages in cents (int) inside the engine so that the
solver works on exact integers; the dataclasses here expose them as floats/Decimals for callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

Profile = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class TaskInput:
    key: str
    name: str
    hours_per_week: Decimal        # per FTE
    qualification_level: int       # 0 none … 5 hbo+ (see registry Task)
    fml_demand: Profile = field(default_factory=dict)
    continuity_group: str = ""     # tasks of one role with the same group move together
    shift: str = ""                # overrides the role's shift when set
    origin: str = ""               # where it came from ("regel 7", "werk W-12"), for error messages


@dataclass(frozen=True)
class RoleInput:
    key: str
    title: str
    fte: Decimal                   # number of staff in this role
    wage_per_hour: Decimal         # hourly wage cost of the current staff
    location: str                  # location key; only tasks of one location are bundled
    shift: str                     # shift / day part; only tasks of one shift are bundled
    tasks: tuple[TaskInput, ...]
    origin: str = ""


@dataclass(frozen=True)
class CarveSettings:
    qualification_threshold: int = 1    # a task is carvable at or below this level
    min_candidates: int = 3             # … and when at least this many pool candidates fit it
    min_hours: Decimal = Decimal("12")  # bounds of one carved role, hours per week
    max_hours: Decimal = Decimal("32")
    carved_wage_per_hour: Decimal = Decimal("14.71")
    baan_hours_per_week: Decimal = Decimal("25.5")
    time_limit_seconds: float = 10.0    # CP-SAT budget for the whole plan
    workers: int = 8


@dataclass(frozen=True)
class Unit:
    """One staff member's share of a task (or of a continuity group of tasks) of one role."""

    role: str
    tasks: tuple[str, ...]          # task keys (more than one for a continuity group)
    fte_index: int                  # 1-based: which staff member of the role
    centi_hours: int                # hours per week × 100
    wage_cents: int                 # the role's hourly wage × 100
    location: str
    shift: str
    demand: Profile

    @property
    def hours(self) -> Decimal:
        return Decimal(self.centi_hours) / 100

    @property
    def type_key(self) -> tuple[str, tuple[str, ...], int]:
        """Units that differ only in which staff member they come from are interchangeable."""
        return (self.role, self.tasks, self.centi_hours)


@dataclass(frozen=True)
class CarvedRole:
    number: int
    location: str
    shift: str
    units: tuple[Unit, ...]
    demand: Profile

    @property
    def centi_hours(self) -> int:
        return sum(u.centi_hours for u in self.units)

    @property
    def hours(self) -> Decimal:
        return Decimal(self.centi_hours) / 100


@dataclass(frozen=True)
class CarvePlan:
    roles: tuple[CarvedRole, ...]
    units: tuple[Unit, ...]             # every unit of every role, carvable or not
    carvable: frozenset[tuple[str, tuple[str, ...]]]   # (role, tasks) judged carvable
    objective: int                      # Σ centi-hours × (role wage − carved wage) in cents
    method: str                         # "cp-sat optimal", "cp-sat feasible", "greedy", …
    greedy_objective: int = 0
    solve_seconds: float = 0.0
    notes: tuple[str, ...] = ()
    reasons: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict)  # why not carvable

    @property
    def euro_per_week(self) -> Decimal:
        """The objective in euro per week (it is kept in centi-hours × cents)."""
        return Decimal(self.objective) / 10_000

    def carved_units(self) -> list[Unit]:
        return [u for r in self.roles for u in r.units]
