"""Hard constraints and soft score on a block of candidates x work (dense, vectorised).

The same code answers one pair (a 1 x 1 block, for explanations) and the national run (blocks of
a few hundred candidates against the work in their travel range), so the two cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.arrays import CandidateArrays, WorkArrays, numeric_positions
from werkbrug.domain.matching.relief import choose, relief_table
from werkbrug.domain.matching.scoring import components, total
from werkbrug.domain.matching.settings import MatchSettings

FITS, ACCOMMODATED, CARVED, EXCLUDED = 0, 1, 2, 3
U64 = np.uint64


@dataclass
class Block:
    """Pairs of rows (candidates) x cols (work) within travel range, weekly hours and start date,
    with their FML conflicts (one bit per item) and certificate check."""

    rows: NDArray[np.int64]
    cols: NDArray[np.int64]
    r: NDArray[np.int64]             # positions in rows / cols of each pair
    c: NDArray[np.int64]
    dot: NDArray[np.float64]
    certificates_ok: NDArray[np.bool_]
    conflicts: NDArray[np.uint64]


def _fml_conflicts(C: CandidateArrays, W: WorkArrays, rows: NDArray[np.int64], cols: NDArray[np.int64],
                   r: NDArray[np.int64], c: NDArray[np.int64]) -> NDArray[np.uint64]:
    bits = (C.c2[rows][r] & W.d1[cols][c]) | (C.c1[rows][r] & W.d2[cols][c])
    demand, capacity = W.value[cols], C.value[rows]
    for k, item in enumerate(numeric_positions()):
        if not len(r) or demand[:, k].max() <= capacity[:, k].min():
            continue  # nobody in this block can be over the limit on this item
        over = demand[c, k] > capacity[r, k]
        bits[over] |= U64(1) << U64(int(item))
    return bits


def _certificates_ok(C: CandidateArrays, W: WorkArrays, rows: NDArray[np.int64], cols: NDArray[np.int64],
                     r: NDArray[np.int64], c: NDArray[np.int64]) -> NDArray[np.bool_]:
    ok = np.ones(len(r), dtype=np.bool_)
    for word in range(W.certificates.shape[1]):
        need = W.certificates[cols, word]
        if need.any():
            ok &= (need[c] & ~C.certificates[rows, word][r]) == 0
    return ok


def evaluate_block(C: CandidateArrays, W: WorkArrays, rows: NDArray[np.int64],
                   cols: NDArray[np.int64]) -> Block:
    dot = C.unit[rows] @ W.unit[cols].T
    ok = dot >= C.min_dot[rows][:, None]
    ok &= W.hours[cols][None, :] <= C.hours_max[rows][:, None]
    ok &= C.ready_day[rows][:, None] <= W.start_day[cols][None, :]
    r, c = np.nonzero(ok)
    return Block(rows, cols, r, c, dot[r, c], _certificates_ok(C, W, rows, cols, r, c),
                 _fml_conflicts(C, W, rows, cols, r, c))


@dataclass
class Pairs:
    """Feasible pairs (fits or fits with accommodations), with their score components."""

    candidate: NDArray[np.int64]   # row numbers in CandidateArrays
    work: NDArray[np.int64]        # row numbers in WorkArrays
    verdict: NDArray[np.int8]
    chosen: NDArray[np.bool_]      # accommodations, relief_table() order
    cost: NDArray[np.float64]
    components: NDArray[np.float64]
    score: NDArray[np.float64]
    block_row: NDArray[np.int64]   # positions in the block, for dense bookkeeping
    block_col: NDArray[np.int64]


def feasible_pairs(C: CandidateArrays, W: WorkArrays, block: Block, settings: MatchSettings) -> Pairs:
    """Every pair of the block that fits, possibly with accommodations, scored."""
    table = relief_table()
    maybe = np.flatnonzero(block.certificates_ok & ((block.conflicts & ~table.relievable) == 0))
    conflicts, r, c, dot = block.conflicts[maybe], block.r[maybe], block.c[maybe], block.dot[maybe]
    ci, wi = block.rows[r], block.cols[c]
    verdict = np.full(len(r), FITS, dtype=np.int8)
    chosen = np.zeros((len(r), len(table.accommodations)), dtype=np.bool_)
    cost = np.zeros(len(r))
    need = np.flatnonzero(conflicts != 0)
    keep = np.ones(len(r), dtype=np.bool_)
    if need.size:
        outcome = choose(C, W, ci[need], wi[need], conflicts[need])
        verdict[need] = ACCOMMODATED
        chosen[need], cost[need] = outcome.chosen, outcome.cost
        keep[need[outcome.unresolved != 0]] = False
    ci, wi, verdict, chosen, cost, r, c, dot = (a[keep] for a in (ci, wi, verdict, chosen, cost, r, c, dot))
    comps = components(C, W, ci, wi, dot, cost, settings)
    return Pairs(ci, wi, verdict, chosen, cost, comps, total(comps, settings), r, c)
