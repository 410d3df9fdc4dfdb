"""Which candidates meet which work: chunks of nearby candidates with similar travel limits,
each against the work in the grid cells within reach (a disc of cells, not a square).

A grid distance never exceeds the great-circle distance (the grid uses the smallest km per
degree in the area), so no pair within travel range is left out; `MARGIN` covers the small
difference between the grid's and the sphere's km per degree."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.arrays import CandidateArrays, WorkArrays
from werkbrug.domain.matching.grid import Grid, WorkIndex, lat_lon

MARGIN = 1.01


@dataclass
class Chunk:
    gx: int
    gy: int
    reach_km: float              # great-circle km, grid margin included
    rows: NDArray[np.int64]


def cell_size(C: CandidateArrays, chunk: int) -> float:
    """Cells holding about half a chunk of candidates on average over the covered area (2 to 25 km).
    Smaller cells shrink the dense block but multiply the per-chunk work on the work side
    (measured slower at a sixteenth of a chunk)."""
    if not len(C):
        return 25.0
    lat, lon = lat_lon(C.unit)
    area = max(1.0, float(np.ptp(lat) * 111 * np.ptp(lon) * 70))
    return float(np.clip(math.sqrt(area * chunk / len(C) / 2), 2.0, 25.0))


def disc_ranges(reach_km: float, cell_km: float) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """(dy, largest |dx|) of the cells whose nearest point lies within reach of a cell."""
    n = int(reach_km // cell_km) + 1
    dy = np.arange(-n, n + 1)
    gap = np.maximum(np.abs(dy) - 1, 0) * cell_km
    room = np.sqrt(np.maximum(reach_km**2 - gap**2, 0.0))
    return dy, (room // cell_km).astype(np.int64) + 1


@dataclass
class Plan:
    grid: Grid
    index: WorkIndex
    chunks: list[Chunk]

    @classmethod
    def build(cls, C: CandidateArrays, W: WorkArrays, detour: float, chunk: int,
              cell_km: float | None = None) -> Plan:
        cell_km = cell_km or cell_size(C, chunk)
        grid = Grid.covering([C.unit, W.unit], cell_km)
        index = WorkIndex.build(*grid.cells(W.unit), grid.nx)
        gx, gy = grid.cells(C.unit)
        return cls(grid, index, list(_chunks(gx, gy, grid.nx, C.limit_km / detour * MARGIN, chunk)))

    def cols(self, chunk: Chunk) -> NDArray[np.int64]:
        """Work rows in the cells within the chunk's reach, in cell order."""
        return within(self.index, chunk.gx, chunk.gy, chunk.reach_km, self.grid.cell_km)


def within(index: WorkIndex, gx: int, gy: int, reach_km: float, cell_km: float) -> NDArray[np.int64]:
    """Rows of an index (work or candidates) in the cells within reach of cell (gx, gy)."""
    dy, dx = disc_ranges(reach_km, cell_km)
    nx, keys = index.nx, index.keys
    base = (gy + dy) * nx
    lo = np.searchsorted(keys, base + np.maximum(gx - dx, 0), "left")
    hi = np.searchsorted(keys, base + np.minimum(gx + dx, nx - 1), "right")
    return np.concatenate([index.order[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True)])


def _chunks(gx: NDArray[np.int64], gy: NDArray[np.int64], nx: int, reach: NDArray[np.float64],
            chunk: int) -> Iterator[Chunk]:
    """Candidates cell by cell, sorted by reach within a cell, at most `chunk` per chunk."""
    keys = gy * nx + np.clip(gx, 0, nx - 1)
    order = np.lexsort((np.arange(len(keys)), reach, keys))
    bounds = np.flatnonzero(np.diff(keys[order])) + 1
    for part in np.split(order, bounds):
        if not part.size:
            continue
        cell = int(keys[part[0]])
        for start in range(0, len(part), chunk):
            rows = part[start:start + chunk]
            yield Chunk(cell % nx, cell // nx, float(reach[rows].max()), rows)
