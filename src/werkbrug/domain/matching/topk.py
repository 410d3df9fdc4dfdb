"""Top-k work per candidate and top-k candidates per work, block by block, memory bounded.

Ranking keys are integers: the score rounded to 1e-6, then the lower index of the other side
first, so equal scores always rank the same way (deterministic for a given input). A key holds
the other side's index, so the tables keep keys only.

Each candidate belongs to exactly one chunk, so its top-k is final when its chunk is done. A work
item meets many chunks: a pair below the work's current k-th key is dropped at once, the rest are
merged with the k held. `workers=2` runs two processes over halves of the chunks and merges."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.arrays import CandidateArrays, WorkArrays
from werkbrug.domain.matching.assignment import Edges
from werkbrug.domain.matching.blocks import Chunk, Plan
from werkbrug.domain.matching.kernel import FITS
from werkbrug.domain.matching.ranking import (
    INDEX_BITS,
    NONE,
    SCORE_SCALE,
    best_per_owner,
    other_of,
    rank_keys,
)
from werkbrug.domain.matching.settings import MatchSettings
from werkbrug.domain.matching.sweep import Context, block_pairs

__all__ = ["INDEX_BITS", "NONE", "SCORE_SCALE", "TopK", "edges_of", "rank_keys", "top_k"]


@dataclass
class TopK:
    work_for_candidate: NDArray[np.int64]       # (candidates, k) work rows, -1 = none
    work_keys: NDArray[np.int64]
    candidates_for_work: NDArray[np.int64]      # (work, k) candidate rows, -1 = none
    candidate_keys: NDArray[np.int64]
    pairs_scored: int = 0   # feasible pairs scored; pairs pruned before the accommodation check not counted

    @staticmethod
    def score_of(keys: NDArray[np.int64]) -> NDArray[np.float64]:
        return np.where(keys == NONE, np.nan, (keys >> INDEX_BITS) / SCORE_SCALE)


class Tables:
    def __init__(self, n_candidates: int, n_work: int, k: int):
        self.k = k
        self.work_keys = np.full((n_candidates, k), NONE, dtype=np.int64)
        self.cand_keys = np.full((n_work, k), NONE, dtype=np.int64)
        self.pairs = 0

    def work_floor(self) -> NDArray[np.int64]:
        return self.cand_keys[:, self.k - 1]

    def set_candidates(self, rows: NDArray[np.int64], local: NDArray[np.int64], keys: NDArray[np.int64]) -> None:
        """Final lists of the candidates rows[local] (each seen in one chunk only)."""
        pos, rank = best_per_owner(local, keys, self.k)
        self.work_keys[rows[local[pos]], rank] = keys[pos]

    def merge_work(self, owner: NDArray[np.int64], keys: NDArray[np.int64]) -> None:
        """Fold (work, key) pairs into the held top-k of each work item."""
        better = keys > self.cand_keys[owner, self.k - 1]
        owner, keys = owner[better], keys[better]
        if not len(owner):
            return
        touched, local = np.unique(owner, return_inverse=True)
        held = self.cand_keys[touched]
        valid = held != NONE
        all_owner = np.concatenate([np.nonzero(valid)[0], local])
        all_keys = np.concatenate([held[valid], keys])
        pos, rank = best_per_owner(all_owner, all_keys, self.k)
        held[:] = NONE
        held[all_owner[pos], rank] = all_keys[pos]
        self.cand_keys[touched] = held

    def result(self) -> TopK:
        return TopK(other_of(self.work_keys), self.work_keys, other_of(self.cand_keys), self.cand_keys, self.pairs)


def run_chunks(ctx: Context, plan: Plan, chunks: list[Chunk], k: int) -> Tables:
    out = Tables(len(ctx.C), len(ctx.W), k)
    for chunk in chunks:
        cols = plan.cols(chunk)
        if not cols.size:
            continue
        pairs = block_pairs(ctx, chunk.rows, cols, out)
        out.pairs += len(pairs.candidate)
        if len(pairs.candidate):
            out.set_candidates(chunk.rows, pairs.block_row, rank_keys(pairs.score, pairs.work))
            late = pairs.verdict != FITS   # the pairs that fit were merged inside block_pairs
            out.merge_work(pairs.work[late], rank_keys(pairs.score[late], pairs.candidate[late]))
    return out


def top_k(C: CandidateArrays, W: WorkArrays, settings: MatchSettings, k: int = 20,
          chunk: int = 256, cell_km: float | None = None, workers: int = 1) -> TopK:
    if max(len(C), len(W)) >= 1 << INDEX_BITS:
        raise ValueError("too many rows for the ranking key; raise INDEX_BITS")
    if not (len(C) and len(W)):
        return Tables(len(C), len(W), k).result()
    ctx = Context.build(C, W, settings)
    plan = Plan.build(C, W, settings.detour_factor, chunk, cell_km)
    if workers > 1:
        from werkbrug.domain.matching.parallel import run_parallel
        return run_parallel(ctx, plan, k, workers).result()
    return run_chunks(ctx, plan, plan.chunks, k).result()


def edges_of(top: TopK) -> Edges:
    """The union of both top-k lists as a sparse graph with integer scores (for assignment)."""
    n_cand, k = top.work_for_candidate.shape
    n_work, k2 = top.candidates_for_work.shape
    c = np.concatenate([np.repeat(np.arange(n_cand), k), top.candidates_for_work.ravel()])
    w = np.concatenate([top.work_for_candidate.ravel(), np.repeat(np.arange(n_work), k2)])
    s = np.concatenate([top.work_keys.ravel(), top.candidate_keys.ravel()])
    keep = s != NONE
    c, w, s = c[keep], w[keep], s[keep] >> INDEX_BITS
    _, first = np.unique(c * max(n_work, 1) + w, return_index=True)
    return Edges(c[first], w[first], s[first])
