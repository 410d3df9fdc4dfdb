"""Top-k work per candidate and top-k candidates per work, block by block, memory bounded.

Ranking keys are integers: the score rounded to 1e-6, then the lower index of the other side
first, so equal scores always rank the same way (deterministic for a given input)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.arrays import CandidateArrays, WorkArrays
from werkbrug.domain.matching.assignment import Edges
from werkbrug.domain.matching.grid import Grid, WorkIndex, candidate_chunks, lat_lon
from werkbrug.domain.matching.kernel import Pairs, evaluate_block, feasible_pairs
from werkbrug.domain.matching.settings import MatchSettings

INDEX_BITS = 20
NONE = np.iinfo(np.int64).min
SCORE_SCALE = 1_000_000


@dataclass
class TopK:
    work_for_candidate: NDArray[np.int64]       # (candidates, k) work rows, -1 = none
    work_keys: NDArray[np.int64]
    candidates_for_work: NDArray[np.int64]      # (work, k) candidate rows, -1 = none
    candidate_keys: NDArray[np.int64]
    pairs_scored: int = 0

    @staticmethod
    def score_of(keys: NDArray[np.int64]) -> NDArray[np.float64]:
        return np.where(keys == NONE, np.nan, (keys >> INDEX_BITS) / SCORE_SCALE)


def rank_keys(score: NDArray[np.float64], other: NDArray[np.int64]) -> NDArray[np.int64]:
    quantised = np.rint(score * SCORE_SCALE).astype(np.int64)
    return (quantised << INDEX_BITS) + ((1 << INDEX_BITS) - 1 - other)


class _Collector:
    def __init__(self, n_candidates: int, n_work: int, k: int):
        self.k = k
        self.work = np.full((n_candidates, k), -1, dtype=np.int64)
        self.work_keys = np.full((n_candidates, k), NONE, dtype=np.int64)
        self.cand = np.full((n_work, k), -1, dtype=np.int64)
        self.cand_keys = np.full((n_work, k), NONE, dtype=np.int64)
        self.pairs = 0

    def add(self, pairs: Pairs) -> None:
        self.pairs += len(pairs.candidate)
        if len(pairs.candidate):
            _merge(self.work, self.work_keys, pairs.candidate, rank_keys(pairs.score, pairs.work), pairs.work)
            _merge(self.cand, self.cand_keys, pairs.work, rank_keys(pairs.score, pairs.candidate), pairs.candidate)


def _merge(best: NDArray[np.int64], best_keys: NDArray[np.int64], owner: NDArray[np.int64],
           keys: NDArray[np.int64], other: NDArray[np.int64]) -> None:
    """Fold new (owner, key, other) triples into each owner's running top-k (sparse: sorts only
    the pairs found plus the k already held)."""
    k = best.shape[1]
    owners = np.unique(owner)
    held_keys, held_ids = best_keys[owners].ravel(), best[owners].ravel()
    valid = held_keys != NONE
    all_owner = np.concatenate([np.repeat(owners, k)[valid], owner])
    all_keys = np.concatenate([held_keys[valid], keys])
    all_ids = np.concatenate([held_ids[valid], other])
    order = np.lexsort((-all_keys, all_owner))
    sorted_owner = all_owner[order]
    starts = np.searchsorted(sorted_owner, owners)
    counts = np.diff(np.append(starts, len(order)))
    rank = np.arange(len(order)) - np.repeat(starts, counts)
    top = rank < k
    best_keys[owners], best[owners] = NONE, -1
    best_keys[sorted_owner[top], rank[top]] = all_keys[order[top]]
    best[sorted_owner[top], rank[top]] = all_ids[order[top]]


def _cell_size(C: CandidateArrays, chunk: int) -> float:
    """Cells holding about half a chunk of candidates on average (3 to 25 km)."""
    lat, lon = lat_lon(C.unit)
    area = max(1.0, float(np.ptp(lat) * 111 * np.ptp(lon) * 70))
    return float(np.clip(math.sqrt(area * chunk / max(len(C), 1) / 2), 3.0, 25.0))


def top_k(C: CandidateArrays, W: WorkArrays, settings: MatchSettings, k: int = 20,
          chunk: int = 256, cell_km: float | None = None) -> TopK:
    if max(len(C), len(W)) >= 1 << INDEX_BITS:
        raise ValueError("too many rows for the ranking key; raise INDEX_BITS")
    out = _Collector(len(C), len(W), k)
    if len(C) and len(W):
        cell_km = cell_km or _cell_size(C, chunk)
        grid = Grid.covering([C.unit, W.unit], cell_km)
        wx, wy = grid.cells(W.unit)
        index = WorkIndex.build(wx, wy, grid.nx)
        cx, cy = grid.cells(C.unit)
        for gx, gy, rows in candidate_chunks(cx, cy, grid.nx, chunk):
            reach = math.ceil(float(C.limit_km[rows].max()) / settings.detour_factor / cell_km) + 1
            cols = index.around(gx, gy, reach)
            if cols.size:
                out.add(feasible_pairs(C, W, evaluate_block(C, W, rows, cols), settings))
    return TopK(out.work, out.work_keys, out.cand, out.cand_keys, out.pairs)


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
