"""First-fit decreasing: the simple baseline the solver is compared with (and starts from)."""

from __future__ import annotations

from collections.abc import Sequence

from werkbrug.domain.carving.model import Unit


def saving(unit: Unit, carved_wage_cents: int) -> int:
    """Centi-hours × cents this unit moves away from the higher-paid role (per week)."""
    return unit.centi_hours * (unit.wage_cents - carved_wage_cents)


def value(bins: Sequence[Sequence[Unit]], carved_wage_cents: int) -> int:
    return sum(saving(u, carved_wage_cents) for b in bins for u in b)


def first_fit_decreasing(units: Sequence[Unit], min_centi: int, max_centi: int) -> list[list[Unit]]:
    """Largest units first, each into the first role with room; roles left under the minimum
    are dropped again (their units stay with the original roles). Units of one group only."""
    order = sorted(units, key=lambda u: (-u.centi_hours, -u.wage_cents, u.role, u.tasks, u.fte_index))
    bins: list[list[Unit]] = []
    loads: list[int] = []
    for unit in order:
        if unit.centi_hours > max_centi:
            continue
        for n, load in enumerate(loads):
            if load + unit.centi_hours <= max_centi:
                bins[n].append(unit)
                loads[n] += unit.centi_hours
                break
        else:
            bins.append([unit])
            loads.append(unit.centi_hours)
    return [b for b, load in zip(bins, loads, strict=True) if load >= min_centi]
