"""The fast block kernel for national runs: the same hard constraints and score as `kernel.py`.

Order of work per block (candidates `rows` x work `cols`): the dense checks that cost one
comparison each (distance, weekly hours, start date) on the whole block; then, on the pairs left,
FML levels as two bitmasks (conflict = C2 & D1 | C1 & D2), numeric limits packed eight to a word
(`packed.py`) and certificates, dropping every pair with a conflict no accommodation can lower;
the greedy accommodation choice only on pairs with a conflict; the score only on pairs that fit.
`kernel.py` stays the reference (and the one-pair explanation); tests check that both agree."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, Protocol, TypeVar

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.arrays import CandidateArrays, WorkArrays, numeric_positions
from werkbrug.domain.matching.greedy import ItemData, choose_gathered, cost_floor, resolvable
from werkbrug.domain.matching.kernel import ACCOMMODATED, FITS
from werkbrug.domain.matching.packed import Packed, over, pack, slot_masks, to_items
from werkbrug.domain.matching.ranking import INDEX_BITS, NONE, best_per_owner, rank_keys
from werkbrug.domain.matching.relief import relief_table
from werkbrug.domain.matching.scoring import components, total
from werkbrug.domain.matching.settings import COMPONENTS, MatchSettings

U64 = np.uint64
COST = COMPONENTS.index("accommodation_cost")
WIDE = frozenset({"level", "value", "unit"})
PRUNE_MARGIN = 2 << INDEX_BITS   # two score quanta: rounding can never turn a pruned pair into a winner
Arrays = TypeVar("Arrays", CandidateArrays, WorkArrays)


def take(arrays: Arrays, index: NDArray[np.int64]) -> Arrays:
    """The rows `index` of the per-row arrays a block gathers from (a small local copy). The wide
    FML arrays are not copied: they are left empty here and read from the full arrays."""
    changes: dict[str, Any] = {
        f.name: getattr(arrays, f.name)[:0] if f.name in WIDE else getattr(arrays, f.name)[index]
        for f in fields(arrays) if f.name != "vocabulary"}
    return replace(arrays, **changes)


@dataclass
class Context:
    C: CandidateArrays
    W: WorkArrays
    settings: MatchSettings
    packed: Packed
    hard_items: np.uint64           # FML items no accommodation lowers
    hard_slots: NDArray[np.uint64]  # the same, as packed byte flags

    @classmethod
    def build(cls, C: CandidateArrays, W: WorkArrays, settings: MatchSettings) -> Context:
        relievable = relief_table().relievable
        packed = pack(C, W)
        return cls(C, W, settings, packed, ~relievable, slot_masks(packed, relievable))


@dataclass
class BlockPairs:
    candidate: NDArray[np.int64]   # rows of CandidateArrays
    work: NDArray[np.int64]
    verdict: NDArray[np.int8]
    score: NDArray[np.float64]
    block_row: NDArray[np.int64]   # positions in rows / cols
    block_col: NDArray[np.int64]


def _dense(ctx: Context, rows: NDArray[np.int64], cols: NDArray[np.int64]
           ) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float64]]:
    C, W = ctx.C, ctx.W
    dot = C.unit[rows] @ W.unit[cols].T
    ok = dot >= C.min_dot[rows][:, None]
    tmp = np.empty_like(ok)   # one scratch block instead of a new one per comparison
    ok &= np.less_equal(W.hours[cols][None, :], C.hours_max[rows][:, None], out=tmp)
    ok &= np.less_equal(C.ready_day[rows][:, None], W.start_day[cols][None, :], out=tmp)
    flat = np.flatnonzero(ok)
    r, c = np.divmod(flat, len(cols))
    return r, c, dot.ravel()[flat]


def _hard(ctx: Context, Cb: CandidateArrays, Wb: WorkArrays, rows: NDArray[np.int64], cols: NDArray[np.int64],
          r: NDArray[np.int64], c: NDArray[np.int64]) -> tuple[NDArray[np.uint64], NDArray[np.uint64],
                                                              list[NDArray[np.uint64]]]:
    """(hard conflicts, FML level conflicts, numeric byte flags) per pair."""
    levels = (Cb.c2[r] & Wb.d1[c]) | (Cb.c1[r] & Wb.d2[c])
    bad = levels & ctx.hard_items
    flags = []
    Pc, Pw = ctx.packed.cand[rows], ctx.packed.work[cols]
    for word in range(ctx.packed.words):
        f = over(Pc[r, word], Pw[c, word], ctx.packed.high[word])
        bad |= f & ctx.hard_slots[word]
        flags.append(f)
    relievable = relief_table().relievable
    for k, item in ctx.packed.loose:
        bit = U64(1) << U64(item)
        over_k = (ctx.W.value[cols[c], k] > ctx.C.value[rows[r], k]).astype(U64) * bit
        if int(relievable) & int(bit):
            levels |= over_k
        else:
            bad |= over_k
    for word in range(Wb.certificates.shape[1]):
        if Wb.certificates[:, word].any():
            bad |= Wb.certificates[c, word] & ~Cb.certificates[r, word]
    return bad, levels, flags


def _fetcher(ctx: Context, ci: NDArray[np.int64], wi: NDArray[np.int64]) -> Any:
    slots = {int(item): k for k, item in enumerate(numeric_positions())}
    C, W = ctx.C, ctx.W

    def fetch(item: int, pairs: NDArray[np.int64]) -> ItemData:
        k, cp, wp = slots.get(item), ci[pairs], wi[pairs]
        values = (W.value[wp, k], C.value[cp, k]) if k is not None else (None, None)
        return C.level[cp, item].astype(np.int64), W.level[wp, item].astype(np.int64), *values

    return fetch


class Floors(Protocol):
    """The top-k tables a block feeds: each work item's current k-th key (a live view) and a way
    to fold in pairs known to fit, so that the floors rise before accommodations are checked."""

    k: int

    def work_floor(self) -> NDArray[np.int64]: ...

    def merge_work(self, owner: NDArray[np.int64], keys: NDArray[np.int64]) -> None: ...


def _candidate_floor(r: NDArray[np.int64], keys: NDArray[np.int64], n_rows: int, k: int) -> NDArray[np.int64]:
    """Each row's k-th best key among pairs known to fit (NONE when fewer than k)."""
    floor = np.full(n_rows, NONE, dtype=np.int64)
    pos, rank = best_per_owner(r, keys, k)
    last = pos[rank == k - 1]
    floor[r[last]] = keys[last]
    return floor


def _prunable(need: NDArray[np.int64], fits: NDArray[np.int64], r: NDArray[np.int64], c: NDArray[np.int64],
              rows: NDArray[np.int64], cols: NDArray[np.int64], upper: NDArray[np.float64],
              floors: Floors) -> NDArray[np.bool_]:
    """Pairs that need accommodations but cannot enter either top-k: `upper` (the score with the
    cost's lower bound, `greedy.cost_floor`) is never below the score with the greedy cost. The
    pairs that fit are merged into the work tables first (the caller merges only the rest)."""
    score = upper
    floors.merge_work(cols[c[fits]], rank_keys(score[fits], rows[r[fits]]))
    floor = _candidate_floor(r[fits], rank_keys(score[fits], cols[c[fits]]), len(rows), floors.k)
    upper_w = rank_keys(score[need], cols[c[need]]) + PRUNE_MARGIN
    upper_c = rank_keys(score[need], rows[r[need]]) + PRUNE_MARGIN
    return (upper_w < floor[r[need]]) & (upper_c < floors.work_floor()[cols[c[need]]])


Feasible = tuple[CandidateArrays, WorkArrays, NDArray[np.int64], NDArray[np.int64], NDArray[np.float64],
                 NDArray[np.uint64]]


def _feasible(ctx: Context, rows: NDArray[np.int64], cols: NDArray[np.int64]) -> Feasible:
    """(block arrays, r, c, dot, FML conflicts) of the pairs that pass every hard check, or whose conflicts all
    accommodations together would lower (the greedy choice can resolve no others)."""
    r, c, dot = _dense(ctx, rows, cols)
    Cb, Wb = take(ctx.C, rows), take(ctx.W, cols)
    bad, levels, flags = _hard(ctx, Cb, Wb, rows, cols, r, c)
    keep = np.flatnonzero(bad == 0)
    conflicts = levels[keep] | to_items(ctx.packed, [f[keep] for f in flags])
    r, c, dot = r[keep], c[keep], dot[keep]
    need = np.flatnonzero(conflicts)
    if need.size:
        ok = resolvable(conflicts[need], _fetcher(ctx, rows[r[need]], cols[c[need]]))
        if not ok.all():
            alive = np.ones(len(r), dtype=np.bool_)
            alive[need[~ok]] = False
            r, c, dot, conflicts = r[alive], c[alive], dot[alive], conflicts[alive]
    return Cb, Wb, r, c, dot, conflicts


def block_pairs(ctx: Context, rows: NDArray[np.int64], cols: NDArray[np.int64],
                floors: Floors | None = None) -> BlockPairs:
    """Every pair of rows x cols that fits (possibly with accommodations), scored; with floors,
    pairs that need accommodations and cannot enter a top-k are left out unchecked."""
    Cb, Wb, r, c, dot, conflicts = _feasible(ctx, rows, cols)
    comps = components(Cb, Wb, r, c, dot, np.zeros(len(r)), ctx.settings)
    score = total(comps, ctx.settings)
    verdict = np.full(len(r), FITS, dtype=np.int8)
    alive = np.ones(len(r), dtype=np.bool_)
    need = np.flatnonzero(conflicts)
    if floors is not None:
        upper = score.copy()   # the score with the least cost the accommodations can have
        upper[need] -= ctx.settings.weights["accommodation_cost"] * np.minimum(
            cost_floor(conflicts[need]) / ctx.settings.cost_full, 1.0)
        drop = _prunable(need, np.flatnonzero(conflicts == 0), r, c, rows, cols, upper, floors)
        alive[need[drop]] = False
        need = need[~drop]
    if need.size:
        outcome = choose_gathered(conflicts[need], _fetcher(ctx, rows[r[need]], cols[c[need]]))
        verdict[need] = ACCOMMODATED
        alive[need[outcome.unresolved != 0]] = False
        comps[need, COST] = np.minimum(outcome.cost / ctx.settings.cost_full, 1.0)
        score[need] = total(comps[need], ctx.settings)
    r, c = r[alive], c[alive]
    return BlockPairs(rows[r], cols[c], verdict[alive], score[alive], r, c)
