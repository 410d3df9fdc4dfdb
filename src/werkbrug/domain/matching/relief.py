"""Which accommodations turn FML conflicts into a fit: greedy by cost, vectorised over pairs.

Accommodations are tried from cheapest to dearest (ties by code); one is taken for a pair when it
resolves at least one conflict still open. Reliefs on one item do not add up: the strongest
level relief and the lowest value factor of the taken accommodations count. Greedy is not always
the cheapest set, but it is the rule of the Protocol Voorzieningen in spirit (cheapest adequate
first) and it is the same for every pair, so explanations and rankings agree."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.accommodations import Accommodation, load_accommodations
from werkbrug.domain.matching.arrays import CandidateArrays, WorkArrays, numeric_positions
from werkbrug.domain.matching.capacity import item_index

U64 = np.uint64


@dataclass(frozen=True)
class ReliefTable:
    accommodations: tuple[Accommodation, ...]   # cheapest first
    costs: NDArray[np.float64]
    reliefs: tuple[tuple[tuple[int, int, float], ...], ...]  # per accommodation: (item, levels, factor)
    relievable: np.uint64
    masks: tuple[np.uint64, ...]                  # per accommodation: the items it lowers


@cache
def relief_table() -> ReliefTable:
    ordered = tuple(sorted(load_accommodations(), key=lambda a: (a.typical_cost, a.code)))
    index = item_index()
    reliefs = tuple(tuple((index.position(r.item), r.levels, r.value_factor if r.value_factor is not None else 1.0)
                          for r in a.lowers) for a in ordered)
    masks = tuple(np.bitwise_or.reduce([U64(1) << U64(item) for item, _, _ in rel]) for rel in reliefs)
    mask = np.bitwise_or.reduce(masks)
    return ReliefTable(ordered, np.array([float(a.typical_cost) for a in ordered]), reliefs, U64(mask), masks)


@cache
def _numeric_slot() -> dict[int, int]:
    return {int(item): k for k, item in enumerate(numeric_positions())}


@dataclass
class ReliefOutcome:
    unresolved: NDArray[np.uint64]   # conflicts still open after the chosen accommodations
    chosen: NDArray[np.bool_]        # (pairs, accommodations in table order)
    cost: NDArray[np.float64]


def _resolved(C: CandidateArrays, W: WorkArrays, ci: NDArray[np.int64], wi: NDArray[np.int64],
              item: int, levels: NDArray[np.int64], factor: NDArray[np.float64]) -> NDArray[np.bool_]:
    demand = np.maximum(W.level[wi, item].astype(np.int64) - levels, 0)
    ok = C.level[ci, item].astype(np.int64) + demand <= 2
    k = _numeric_slot().get(item)
    if k is not None:
        ok &= W.value[wi, k] * factor <= C.value[ci, k]
    return ok


def choose(C: CandidateArrays, W: WorkArrays, ci: NDArray[np.int64], wi: NDArray[np.int64],
           conflicts: NDArray[np.uint64]) -> ReliefOutcome:
    table = relief_table()
    n = len(ci)
    unresolved = conflicts.copy()
    chosen = np.zeros((n, len(table.accommodations)), dtype=np.bool_)
    state: dict[int, tuple[NDArray[np.int64], NDArray[np.float64]]] = {}
    for a, reliefs in enumerate(table.reliefs):
        if not (unresolved & table.masks[a]).any():
            continue  # lowers nothing that is still in conflict for any pair
        after = unresolved.copy()
        proposals = {}
        for item, levels, factor in reliefs:
            old_levels, old_factor = state.get(item, (np.zeros(n, np.int64), np.ones(n)))
            new_levels, new_factor = np.maximum(old_levels, levels), np.minimum(old_factor, factor)
            proposals[item] = (new_levels, new_factor)
            bit = U64(1) << U64(item)
            open_here = (unresolved & bit) != 0
            if not open_here.any():
                continue
            fixed = open_here & _resolved(C, W, ci, wi, item, new_levels, new_factor)
            after[fixed] &= ~bit
        helps = after != unresolved
        if not helps.any():
            continue
        chosen[helps, a] = True
        for item, (new_levels, new_factor) in proposals.items():
            old_levels, old_factor = state.get(item, (np.zeros(n, np.int64), np.ones(n)))
            state[item] = (np.where(helps, new_levels, old_levels), np.where(helps, new_factor, old_factor))
        unresolved = after
    return ReliefOutcome(unresolved, chosen, chosen.astype(np.float64) @ table.costs)
