"""Numeric FML limits packed eight to a uint64 word, so one subtraction checks eight items per pair.

For each numeric item (kg, minutes, hours) the distinct capacity values of all candidates are
sorted: u_0 < u_1 < ... A candidate's capacity becomes its rank in u; a demand becomes the number
of u values below it. Then demand > capacity exactly when demand rank > capacity rank (no rounding).
Ranks live in the low 7 bits of a byte; the candidate byte has its high bit set, so
(candidate word - demand word) keeps the high bit of a byte exactly when capacity >= demand, and
no byte borrows from its neighbour. An item with more than 127 distinct capacity values is left
to an ordinary float comparison (`Packed.loose`)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.arrays import CandidateArrays, WorkArrays, numeric_positions

U64 = np.uint64
MAX_RANK = 127
HIGH_BYTE = 0x80


@dataclass
class Packed:
    cand: NDArray[np.uint64]          # (candidates, words): capacity ranks | 0x80 per byte
    work: NDArray[np.uint64]          # (work, words): demand ranks
    high: NDArray[np.uint64]          # (words,): 0x80 in every byte in use
    slot_items: tuple[int, ...]       # FML item position of each packed byte slot
    slot_columns: tuple[int, ...]     # column in the arrays' `value` of each packed slot
    loose: tuple[tuple[int, int], ...]  # (value column, item position) compared as floats

    @property
    def words(self) -> int:
        return self.cand.shape[1]


def _ranks(capacity: NDArray[np.float64], demand: NDArray[np.float64]
           ) -> tuple[NDArray[np.uint64], NDArray[np.uint64]] | None:
    distinct = np.unique(capacity)
    if len(distinct) > MAX_RANK:
        return None
    cap_rank = np.searchsorted(distinct, capacity, "left")
    dem_rank = np.searchsorted(distinct, demand, "left")
    dem_rank[np.isnan(demand)] = 0  # NaN > x is False: never a conflict
    return cap_rank.astype(U64), dem_rank.astype(U64)


def pack(C: CandidateArrays, W: WorkArrays) -> Packed:
    positions = numeric_positions()
    packed: list[tuple[int, NDArray[np.uint64], NDArray[np.uint64]]] = []
    loose = []
    for k, item in enumerate(positions.tolist()):
        ranks = _ranks(C.value[:, k], W.value[:, k]) if len(C) else (np.zeros(0, U64), np.zeros(len(W), U64))
        if ranks is None:
            loose.append((k, item))
        else:
            packed.append((k, *ranks))
    words = max(1, (len(packed) + 7) // 8)
    cand = np.zeros((len(C), words), dtype=U64)
    work = np.zeros((len(W), words), dtype=U64)
    high = np.zeros(words, dtype=U64)
    for slot in range(words * 8):
        shift = U64(8 * (slot % 8))
        high[slot // 8] |= U64(HIGH_BYTE) << shift
        cand[:, slot // 8] |= U64(HIGH_BYTE) << shift   # unused bytes never conflict
    for slot, (_, cap_rank, dem_rank) in enumerate(packed):
        shift = U64(8 * (slot % 8))
        cand[:, slot // 8] |= cap_rank << shift
        work[:, slot // 8] |= dem_rank << shift
    return Packed(cand, work, high, tuple(int(positions[k]) for k, _, _ in packed),
                  tuple(k for k, _, _ in packed), tuple(loose))


def over(cand_words: NDArray[np.uint64], work_words: NDArray[np.uint64], high: np.uint64) -> NDArray[np.uint64]:
    """The high bit of each byte whose demand exceeds the capacity."""
    return ~(cand_words - work_words) & high


def slot_masks(packed: Packed, relievable: np.uint64) -> NDArray[np.uint64]:
    """Per word: the high bits of slots whose item no accommodation can lower."""
    out = np.zeros(packed.words, dtype=U64)
    for slot, item in enumerate(packed.slot_items):
        if not (int(relievable) >> item) & 1:
            out[slot // 8] |= U64(HIGH_BYTE) << U64(8 * (slot % 8))
    return out


def to_items(packed: Packed, flags: list[NDArray[np.uint64]]) -> NDArray[np.uint64]:
    """Byte flags (one array per word) -> the FML item bits of the conflicts."""
    out = np.zeros(len(flags[0]) if flags else 0, dtype=U64)
    for slot, item in enumerate(packed.slot_items):
        bit = (flags[slot // 8] >> U64(8 * (slot % 8) + 7)) & U64(1)
        out |= bit << U64(item)
    return out
