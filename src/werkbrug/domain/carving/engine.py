"""carve(): roles + regional candidate pools -> a plan of carved roles."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from werkbrug.domain.carving.greedy import first_fit_decreasing, value
from werkbrug.domain.carving.model import CarvedRole, CarvePlan, CarveSettings, RoleInput, Unit
from werkbrug.domain.carving.pool import CandidatePool, merge_demands
from werkbrug.domain.carving.solver import solve_group
from werkbrug.domain.carving.units import Judge, centi, split
from werkbrug.domain.carving.validate import check_roles
from werkbrug.domain.errors import DomainValidationError

Group = tuple[str, str]  # (location, shift)


def _groups(units: Sequence[Unit]) -> dict[Group, list[Unit]]:
    groups: dict[Group, list[Unit]] = {}
    for unit in units:
        groups.setdefault((unit.location, unit.shift), []).append(unit)
    return dict(sorted(groups.items()))


def _better(solver_bins: list[list[Unit]], greedy_bins: list[list[Unit]], wage: int) -> bool:
    """Solver first; the greedy plan is kept only when the solver (cut off by its time limit)
    did not reach it — so the result is never worse than the baseline."""
    return (value(solver_bins, wage), -len(solver_bins)) >= (value(greedy_bins, wage), -len(greedy_bins))


def _greedy_is_optimal(units: list[Unit], bins: list[list[Unit]], wage: int, high: int) -> bool:
    """Every unit placed and no fewer roles possible: no plan can do better, skip the solver."""
    total = sum(u.centi_hours for u in units)
    return value(bins, wage) == value([units], wage) and len(bins) == -(-total // high)


def _bin_order(units: list[Unit]) -> tuple[int, list[tuple[str, tuple[str, ...], int]]]:
    return (-sum(u.centi_hours for u in units), sorted((u.role, u.tasks, u.fte_index) for u in units))


def carve(roles: Sequence[RoleInput], pools: Mapping[str, CandidatePool],
          settings: CarveSettings | None = None, *, use_solver: bool = True) -> CarvePlan:
    """Validate, judge every task, bundle the carvable ones. ``pools`` maps a location key to the
    candidates of that location's region. Raises DomainValidationError for bad input."""
    settings = settings or CarveSettings()
    issues = check_roles(roles)
    if issues:
        raise DomainValidationError(issues)
    started = time.perf_counter()
    everything, carvable, reasons = split(roles, Judge(pools, settings))
    wage = centi(settings.carved_wage_per_hour)
    low, high = centi(settings.min_hours), centi(settings.max_hours)
    groups = _groups(carvable)
    statuses, notes, chosen, greedy_total = [], [], [], 0
    left_units, deadline = len(carvable), time.perf_counter() + settings.time_limit_seconds
    for group, units in groups.items():
        greedy_bins = first_fit_decreasing(units, low, high)
        greedy_total += value(greedy_bins, wage)
        bins = greedy_bins
        if use_solver and _greedy_is_optimal(units, greedy_bins, wage, high):
            statuses.append("optimal")
        elif use_solver:
            share = (deadline - time.perf_counter()) * len(units) / max(left_units, 1)
            result = solve_group(units, low, high, wage, greedy_bins, share, settings.workers)
            statuses.append(result.status)
            if result.status != "none" and _better(result.bins, greedy_bins, wage):
                bins = result.bins
            else:
                notes.append(f"{group[0]}/{group[1]}: greedy kept")
        left_units -= len(units)
        chosen += [(group, sorted(b, key=lambda u: (u.role, u.tasks, u.fte_index))) for b in bins]
    chosen.sort(key=lambda item: (item[0], _bin_order(item[1])))
    carved = tuple(CarvedRole(n, g[0], g[1], tuple(b), merge_demands([u.demand for u in b]))
                   for n, (g, b) in enumerate(chosen, 1))
    method = "greedy"
    if use_solver:
        method = "cp-sat optimal" if all(s == "optimal" for s in statuses) else "cp-sat time limit (best found)"
    return CarvePlan(roles=carved, units=tuple(everything),
                     carvable=frozenset((u.role, u.tasks) for u in carvable),
                     objective=value([r.units for r in carved], wage), method=method,
                     greedy_objective=greedy_total, solve_seconds=time.perf_counter() - started,
                     notes=tuple(notes), reasons=reasons)
