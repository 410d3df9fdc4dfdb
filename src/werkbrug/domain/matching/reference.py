"""The original block-wise top-k (dense kernel of `kernel.py`, sorted merge per block), kept as the
reference the fast sweep (`topk.top_k`) is tested and benchmarked against. Same results, slower."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.arrays import CandidateArrays, WorkArrays
from werkbrug.domain.matching.grid import Grid, WorkIndex, candidate_chunks, lat_lon
from werkbrug.domain.matching.kernel import Pairs, evaluate_block, feasible_pairs
from werkbrug.domain.matching.settings import MatchSettings
from werkbrug.domain.matching.topk import INDEX_BITS, NONE, TopK, rank_keys


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


def reference_top_k(C: CandidateArrays, W: WorkArrays, settings: MatchSettings, k: int = 20,
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
