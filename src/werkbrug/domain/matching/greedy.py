"""The greedy accommodation choice of `relief.choose`, on item data gathered once per block.

Same rule and same arithmetic as `relief.choose` (cheapest first, one taken when it resolves an
open conflict, strongest level relief and lowest value factor per item), but each accommodation
only touches the pairs that still have a conflict it can lower, and the capacity/demand of an item
is gathered once instead of once per accommodation. (A separate path for pairs with a single
conflicting item, about 70 % of them, was measured slower than this loop and dropped.)

Two exact shortcuts run before it (`resolvable`, `cost_floor`): a pair with a conflict that even
all accommodations together cannot lower enough is left open by the greedy choice too (its
reliefs are a subset of all of them), so it is dropped unchecked; and any set that resolves an
item costs at least the cheapest accommodation lowering that item, a lower bound on the cost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.relief import ReliefOutcome, relief_table

U64 = np.uint64
# per item: (capacity level, demand level, demand value or None, capacity value or None), per pair
ItemData = tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float64] | None, NDArray[np.float64] | None]
State = dict[int, tuple[NDArray[np.int64], NDArray[np.float64]]]
Fetch = Callable[[int, NDArray[np.int64]], ItemData]


def _fixed(held: tuple[NDArray[np.int64], ItemData], pairs: NDArray[np.int64], levels: NDArray[np.int64],
           factor: NDArray[np.float64]) -> NDArray[np.bool_]:
    where, (cap_level, dem_level, dem_value, cap_value) = held
    idx = np.searchsorted(where, pairs)
    ok = cap_level[idx] + np.maximum(dem_level[idx] - levels, 0) <= 2
    if dem_value is not None and cap_value is not None:
        ok &= dem_value[idx] * factor <= cap_value[idx]
    return ok


def _state(state: State, item: int, n: int) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    if item not in state:
        state[item] = (np.zeros(n, np.int64), np.ones(n))
    return state[item]


def _general(conflicts: NDArray[np.uint64], fetch: Fetch) -> tuple[NDArray[np.uint64], NDArray[np.bool_]]:
    """The greedy loop: (conflicts left open, accommodations taken) per pair."""
    table = relief_table()
    n = len(conflicts)
    unresolved = conflicts.copy()
    chosen = np.zeros((n, len(table.accommodations)), dtype=np.bool_)
    state: State = {}
    data: dict[int, tuple[NDArray[np.int64], ItemData]] = {}
    for a, reliefs in enumerate(table.reliefs):
        sub = np.flatnonzero(unresolved & table.masks[a])
        if not sub.size:
            continue
        before = unresolved[sub]
        after = before.copy()
        proposals = {}
        for item, levels, factor in reliefs:
            old_levels, old_factor = _state(state, item, n)
            new_levels, new_factor = np.maximum(old_levels[sub], levels), np.minimum(old_factor[sub], factor)
            proposals[item] = (new_levels, new_factor)
            bit = U64(1) << U64(item)
            open_here = np.flatnonzero(before & bit)
            if not open_here.size:
                continue
            if item not in data:
                where = np.flatnonzero(conflicts & bit)
                data[item] = where, fetch(item, where)
            ok = _fixed(data[item], sub[open_here], new_levels[open_here], new_factor[open_here])
            after[open_here[ok]] &= ~bit
        helps = after != before
        if not helps.any():
            continue
        took = sub[helps]
        chosen[took, a] = True
        for item, (new_levels, new_factor) in proposals.items():
            old_levels, old_factor = state[item]
            old_levels[took], old_factor[took] = new_levels[helps], new_factor[helps]
        unresolved[sub] = after
    return unresolved, chosen


def choose_gathered(conflicts: NDArray[np.uint64], fetch: Fetch) -> ReliefOutcome:
    """`fetch(item, pairs)` gives the item's data for those pairs (the ones in conflict on it);
    it is called at most once per item."""
    unresolved, chosen = _general(conflicts, fetch)
    return ReliefOutcome(unresolved, chosen, chosen.astype(np.float64) @ relief_table().costs)


@dataclass(frozen=True)
class FullRelief:
    """Per relievable item: all accommodations together (strongest level relief, lowest value
    factor) and the cost of the cheapest one lowering it."""

    items: tuple[int, ...]
    levels: tuple[int, ...]
    factors: tuple[float, ...]
    cheapest: tuple[float, ...]


@cache
def full_relief() -> FullRelief:
    table = relief_table()
    best: dict[int, tuple[int, float, float]] = {}
    for reliefs, cost in zip(table.reliefs, table.costs.tolist(), strict=True):
        for item, levels, factor in reliefs:
            old = best.get(item, (0, 1.0, float("inf")))
            best[item] = (max(old[0], levels), min(old[1], factor), min(old[2], cost))
    items = tuple(sorted(best))
    return FullRelief(items, tuple(best[i][0] for i in items), tuple(best[i][1] for i in items),
                      tuple(best[i][2] for i in items))


def resolvable(conflicts: NDArray[np.uint64], fetch: Fetch) -> NDArray[np.bool_]:
    """Pairs whose every conflict all accommodations together would resolve (a necessary
    condition for the greedy choice to resolve them)."""
    full = full_relief()
    ok = np.ones(len(conflicts), dtype=np.bool_)
    present = int(np.bitwise_or.reduce(conflicts)) if len(conflicts) else 0
    for item, levels, factor in zip(full.items, full.levels, full.factors, strict=True):
        if not (present >> item) & 1:
            continue
        where = np.flatnonzero(conflicts & (U64(1) << U64(item)))
        if where.size:
            data = fetch(item, where)
            ok[where] &= _fixed((where, data), where, np.full(where.size, levels, np.int64),
                                np.full(where.size, factor))
    return ok


def cost_floor(conflicts: NDArray[np.uint64]) -> NDArray[np.float64]:
    """A lower bound on the greedy cost: the dearest of the cheapest accommodations per conflict."""
    full = full_relief()
    out = np.zeros(len(conflicts))
    present = int(np.bitwise_or.reduce(conflicts)) if len(conflicts) else 0
    for item, cheapest in zip(full.items, full.cheapest, strict=True):
        if cheapest > 0 and (present >> item) & 1:
            hit = (conflicts & (U64(1) << U64(item))) != 0
            np.maximum(out, np.where(hit, cheapest, 0.0), out=out)
    return out
