"""One recommendation query against a population kept in memory: the national arrays, the
packed FML limits and both grid indexes are built once (per data version), then a query runs
the block kernel on one candidate against the work in its reach, or on one work item against the
candidates whose reach may cover it. Same kernel and ranking keys as `topk.top_k`."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.arrays import CandidateArrays, WorkArrays
from werkbrug.domain.matching.blocks import MARGIN, Plan, within
from werkbrug.domain.matching.grid import WorkIndex
from werkbrug.domain.matching.ranking import best_per_owner, rank_keys
from werkbrug.domain.matching.settings import MatchSettings
from werkbrug.domain.matching.sweep import BlockPairs, Context, block_pairs


@dataclass
class Ranked:
    rows: NDArray[np.int64]     # the other side's rows, best first
    scores: NDArray[np.float64]
    verdicts: NDArray[np.int8]


class MatchIndex:
    def __init__(self, C: CandidateArrays, W: WorkArrays, settings: MatchSettings, chunk: int = 256):
        self.ctx = Context.build(C, W, settings)
        self.plan = Plan.build(C, W, settings.detour_factor, chunk)
        grid = self.plan.grid
        self.candidates = WorkIndex.build(*grid.cells(C.unit), grid.nx)
        self.reach = C.limit_km / settings.detour_factor * MARGIN
        self.widest = float(self.reach.max(initial=0.0))

    def _cell(self, unit: NDArray[np.float64]) -> tuple[int, int]:
        gx, gy = self.plan.grid.cells(unit[None, :])
        return int(np.clip(gx[0], 0, self.plan.grid.nx - 1)), int(gy[0])

    def work_for_candidate(self, row: int, k: int = 20, allowed: NDArray[np.bool_] | None = None) -> Ranked:
        """The k best work rows for candidate `row`; `allowed` (per work row) limits the choice."""
        gx, gy = self._cell(self.ctx.C.unit[row])
        cols = within(self.plan.index, gx, gy, float(self.reach[row]), self.plan.grid.cell_km)
        if allowed is not None:
            cols = cols[allowed[cols]]
        pairs = block_pairs(self.ctx, np.array([row]), cols)
        return _best(pairs, pairs.work, k)

    def candidates_for_work(self, col: int, k: int = 20, allowed: NDArray[np.bool_] | None = None) -> Ranked:
        """The k best candidate rows for work `col`; `allowed` (per candidate row) limits the choice."""
        gx, gy = self._cell(self.ctx.W.unit[col])
        rows = within(self.candidates, gx, gy, self.widest, self.plan.grid.cell_km)
        if allowed is not None:
            rows = rows[allowed[rows]]
        pairs = block_pairs(self.ctx, np.sort(rows), np.array([col]))
        return _best(pairs, pairs.candidate, k)


def _best(pairs: BlockPairs, other: NDArray[np.int64], k: int) -> Ranked:
    keys = rank_keys(pairs.score, other)
    pos, _ = best_per_owner(np.zeros(len(keys), np.int64), keys, k)
    return Ranked(other[pos], pairs.score[pos], pairs.verdict[pos])
