"""The CP-SAT model for one (location, shift) group. See docs/adr/0003-job-carving-objective.md.

Interchangeable units (same role, same tasks, same hours; they differ only in which staff member
they come from) are one *type* with a count, so the model has an integer per type × role instead
of a boolean per unit × role: the same optimum with far fewer variables and less symmetry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from werkbrug.domain.carving.model import Unit


@dataclass(frozen=True)
class GroupResult:
    bins: list[list[Unit]]
    status: str  # "optimal", "feasible" or "none"


def _types(units: Sequence[Unit]) -> dict[tuple[str, tuple[str, ...], int], list[Unit]]:
    by_type: dict[tuple[str, tuple[str, ...], int], list[Unit]] = {}
    for unit in sorted(units, key=lambda u: (u.role, u.tasks, u.centi_hours, u.fte_index)):
        by_type.setdefault(unit.type_key, []).append(unit)
    return by_type


def solve_group(units: Sequence[Unit], min_centi: int, max_centi: int, carved_wage_cents: int,
                hint: Sequence[Sequence[Unit]], seconds: float, workers: int) -> GroupResult:
    types = _types(units)
    keys = list(types)
    total = sum(u.centi_hours for u in units)
    n_bins = min(len(units), total // min_centi) if min_centi > 0 else len(units)
    if n_bins == 0:
        return GroupResult([], "optimal")
    model = cp_model.CpModel()
    y = {(t, b): model.new_int_var(0, min(len(types[k]), max_centi // k[2]), f"y{t}_{b}")
         for t, k in enumerate(keys) for b in range(n_bins)}
    used = [model.new_bool_var(f"used{b}") for b in range(n_bins)]
    loads = []
    for b in range(n_bins):
        load = sum(k[2] * y[t, b] for t, k in enumerate(keys))
        model.add(load <= max_centi * used[b])
        model.add(load >= min_centi * used[b])
        loads.append(load)
    for t, k in enumerate(keys):
        model.add(sum(y[t, b] for b in range(n_bins)) <= len(types[k]))
    for b in range(n_bins - 1):  # symmetry: fuller roles first
        model.add(loads[b] >= loads[b + 1])
    weight = n_bins + 1  # lexicographic: any gain in value beats one role fewer
    gain = sum(k[2] * (types[k][0].wage_cents - carved_wage_cents) * y[t, b]
               for t, k in enumerate(keys) for b in range(n_bins))
    model.maximize(weight * gain - sum(used))
    _add_hint(model, y, used, keys, hint)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(seconds, 0.05)
    solver.parameters.num_workers = workers
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return GroupResult([], "none")
    bins = _extract(solver, y, keys, types, n_bins)
    return GroupResult(bins, "optimal" if status == cp_model.OPTIMAL else "feasible")


def _add_hint(model: cp_model.CpModel, y: dict[tuple[int, int], cp_model.IntVar], used: list[cp_model.IntVar],
              keys: list[tuple[str, tuple[str, ...], int]], hint: Sequence[Sequence[Unit]]) -> None:
    index = {k: t for t, k in enumerate(keys)}
    ordered = sorted(hint, key=lambda b: -sum(u.centi_hours for u in b))[:len(used)]
    counts: dict[tuple[int, int], int] = {}
    for b, units in enumerate(ordered):
        for unit in units:
            counts[index[unit.type_key], b] = counts.get((index[unit.type_key], b), 0) + 1
    for (t, b), var in y.items():
        model.add_hint(var, counts.get((t, b), 0))
    for b, var in enumerate(used):
        model.add_hint(var, 1 if b < len(ordered) else 0)


def _extract(solver: cp_model.CpSolver, y: dict[tuple[int, int], cp_model.IntVar],
             keys: list[tuple[str, tuple[str, ...], int]], types: dict[tuple[str, tuple[str, ...], int], list[Unit]],
             n_bins: int) -> list[list[Unit]]:
    queues = {k: list(types[k]) for k in keys}
    bins: list[list[Unit]] = []
    for b in range(n_bins):
        content: list[Unit] = []
        for t, k in enumerate(keys):
            for _ in range(int(solver.value(y[t, b]))):
                content.append(queues[k].pop(0))
        if content:
            bins.append(content)
    return bins
