"""Integer ranking keys and the per-owner top-k selection shared by the sweep and the tables.

A key is the score rounded to 1e-6, shifted left, plus (INDEX_MASK - the other side's row), so
equal scores rank the lower row first and every key is unique per owner."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

INDEX_BITS = 20
INDEX_MASK = (1 << INDEX_BITS) - 1
NONE = np.iinfo(np.int64).min
SCORE_SCALE = 1_000_000
COMPOSITE_LIMIT = 1 << 62


def rank_keys(score: NDArray[np.float64], other: NDArray[np.int64]) -> NDArray[np.int64]:
    quantised = np.rint(score * SCORE_SCALE).astype(np.int64)
    return (quantised << INDEX_BITS) + ((1 << INDEX_BITS) - 1 - other)


def other_of(keys: NDArray[np.int64]) -> NDArray[np.int64]:
    """The other side's row held in each key (-1 for none)."""
    return np.where(keys == NONE, -1, INDEX_MASK - (keys & INDEX_MASK))


def best_per_owner(owner: NDArray[np.int64], keys: NDArray[np.int64], k: int
                   ) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """(positions, rank) of each owner's k highest keys, by owner then rank. One integer sort of
    owner x key span when that fits in 62 bits, else a two-key sort."""
    if not len(keys):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    hi = int(keys.max())
    span = hi - int(keys.min()) + 1
    if (int(owner.max()) + 1) * span < COMPOSITE_LIMIT:
        order = np.argsort(owner * span + (hi - keys))
    else:
        order = np.lexsort((-keys, owner))
    sorted_owner = owner[order]
    starts = np.flatnonzero(np.r_[True, sorted_owner[1:] != sorted_owner[:-1]])
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    top = rank < k
    return order[top], rank[top]
