"""A km grid over the country so that each block only meets the work within travel range."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

KM_PER_DEGREE_LAT = 110.57   # the smallest value on Earth: grid distances never exceed the truth
KM_PER_DEGREE_LON_EQUATOR = 111.32


def lat_lon(unit: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    return np.degrees(np.arcsin(np.clip(unit[:, 2], -1, 1))), np.degrees(np.arctan2(unit[:, 1], unit[:, 0]))


@dataclass
class Grid:
    cell_km: float
    x_scale: float
    x0: float
    y0: float
    nx: int

    @classmethod
    def covering(cls, units: list[NDArray[np.float64]], cell_km: float) -> Grid:
        lats, lons = zip(*(lat_lon(u) for u in units), strict=True)
        lat, lon = np.concatenate(lats), np.concatenate(lons)
        x_scale = KM_PER_DEGREE_LON_EQUATOR * math.cos(math.radians(float(np.abs(lat).max(initial=0))))
        x0, y0 = float(lon.min(initial=0)) * x_scale, float(lat.min(initial=0)) * KM_PER_DEGREE_LAT
        nx = int((float(lon.max(initial=0)) * x_scale - x0) // cell_km) + 1
        return cls(cell_km, x_scale, x0, y0, nx)

    def cells(self, unit: NDArray[np.float64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        lat, lon = lat_lon(unit)
        gx = ((lon * self.x_scale - self.x0) // self.cell_km).astype(np.int64)
        gy = ((lat * KM_PER_DEGREE_LAT - self.y0) // self.cell_km).astype(np.int64)
        return gx, gy


@dataclass
class WorkIndex:
    """Work sorted by cell (row-major), so that a row of cells is one slice."""

    order: NDArray[np.int64]
    keys: NDArray[np.int64]
    nx: int

    @classmethod
    def build(cls, gx: NDArray[np.int64], gy: NDArray[np.int64], nx: int) -> WorkIndex:
        keys = gy * nx + np.clip(gx, 0, nx - 1)
        order = np.argsort(keys, kind="stable")
        return cls(order, keys[order], nx)

    def around(self, gx: int, gy: int, reach: int) -> NDArray[np.int64]:
        x_lo, x_hi = max(0, gx - reach), min(self.nx - 1, gx + reach)
        lo = np.searchsorted(self.keys, (np.arange(gy - reach, gy + reach + 1) * self.nx) + x_lo, "left")
        hi = np.searchsorted(self.keys, (np.arange(gy - reach, gy + reach + 1) * self.nx) + x_hi, "right")
        return np.concatenate([self.order[a:b] for a, b in zip(lo, hi, strict=True)])


def candidate_chunks(gx: NDArray[np.int64], gy: NDArray[np.int64], nx: int, chunk: int
                     ) -> Iterator[tuple[int, int, NDArray[np.int64]]]:
    """(cell x, cell y, candidate rows) with at most `chunk` rows, cell by cell."""
    keys = gy * nx + np.clip(gx, 0, nx - 1)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    bounds = np.flatnonzero(np.diff(sorted_keys)) + 1
    for part in np.split(order, bounds):
        if not part.size:
            continue
        cell = int(keys[part[0]])
        for start in range(0, len(part), chunk):
            yield cell % nx, cell // nx, np.sort(part[start:start + chunk])
