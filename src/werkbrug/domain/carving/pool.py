"""Which candidates' FML capacity fits a demand profile, vectorised over a whole pool.

Rule (the same as matching, docs/adr/0002-matching-model.md): an item fits when capacity level +
demand level <= 2 and the demand's value <= the capacity's value. An absent item is level 0; a
numeric capacity without a value is the item's norm scaled by level (1, 0.5, 0.25); a demand
without a value sets no numeric limit."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.carving.model import Profile
from werkbrug.domain.fml import load_catalogue

LEVEL_FRACTION = (1.0, 0.5, 0.25)


class CandidatePool:
    """Capacity profiles as one level and one value column per FML item."""

    def __init__(self, profiles: Sequence[Profile], ids: Sequence[int] | None = None):
        items = list(load_catalogue().items.values())
        self.codes = {item.code: n for n, item in enumerate(items)}
        self.ids = np.asarray(list(ids) if ids is not None else range(len(profiles)), dtype=np.int64)
        self.levels = np.zeros((len(profiles), len(items)), dtype=np.int8)
        self.values = np.full((len(profiles), len(items)), np.inf)
        for n, item in enumerate(items):
            if item.numeric:
                self.values[:, n] = float(item.norm or 0)
        for row, profile in enumerate(profiles):
            for code, entry in profile.items():
                col = self.codes.get(code)
                if col is None:
                    continue
                level = min(max(int(entry.get("level") or 0), 0), 2)
                self.levels[row, col] = level
                if items[col].numeric:
                    value = entry.get("value")
                    norm = float(items[col].norm or 0)
                    self.values[row, col] = float(value) if value is not None else norm * LEVEL_FRACTION[level]

    def __len__(self) -> int:
        return len(self.ids)

    def fits(self, demand: Profile) -> NDArray[np.bool_]:
        """One boolean per candidate: does the capacity fit every item of the demand?"""
        mask = np.ones(len(self.ids), dtype=bool)
        for code, entry in demand.items():
            col = self.codes.get(code)
            if col is None:
                continue
            level = int(entry.get("level") or 0)
            mask &= self.levels[:, col] + level <= 2
            value = entry.get("value")
            if value is not None:
                mask &= self.values[:, col] >= float(value)
        return mask

    def count(self, demand: Profile) -> int:
        return int(self.fits(demand).sum())

    def fitting_ids(self, demand: Profile) -> list[int]:
        return [int(i) for i in self.ids[self.fits(demand)]]


def merge_demands(profiles: Sequence[Profile]) -> Profile:
    """Item-wise maximum: the level and the value a person must manage for all of them."""
    merged: Profile = {}
    for profile in profiles:
        for code, entry in profile.items():
            current = merged.setdefault(code, {"level": 0})
            current["level"] = max(int(current.get("level") or 0), int(entry.get("level") or 0))
            if entry.get("value") is not None:
                current["value"] = max(float(current.get("value", 0.0)), float(entry["value"]))
    order = list(load_catalogue().items)
    return {code: merged[code] for code in sorted(merged, key=lambda c: order.index(c) if c in order else 999)}
