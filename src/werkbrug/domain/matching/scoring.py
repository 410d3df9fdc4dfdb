"""Soft score: seven components, each 0..1, weighted by data/matching_weights.toml.

score = sum(weight x component) with the accommodation cost subtracted. The components are kept
(pairs x 7, in settings.COMPONENTS order) so that an explanation can show each contribution."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.arrays import CandidateArrays, WorkArrays
from werkbrug.domain.matching.settings import COMPONENTS, MatchSettings
from werkbrug.domain.matching.travel import dot_to_km

U64 = np.uint64


def popcount(words: NDArray[np.uint64]) -> NDArray[np.int64]:
    return np.bitwise_count(words).sum(axis=-1, dtype=np.int64)


def _member(bits: NDArray[np.uint64], index: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Whether each row's bitset holds the given vocabulary index (-1: never)."""
    safe = np.maximum(index, 0)
    word = bits[np.arange(len(index)), safe // 64]
    return (index >= 0) & (((word >> (safe % 64).astype(U64)) & U64(1)) == 1)


def _wish(bits: NDArray[np.uint64], index: NDArray[np.int64], neutral: float) -> NDArray[np.float64]:
    stated = popcount(bits) > 0
    return np.where(stated, _member(bits, index).astype(np.float64), neutral)


def preference(C: CandidateArrays, W: WorkArrays, ci: NDArray[np.int64], wi: NDArray[np.int64],
               settings: MatchSettings) -> NDArray[np.float64]:
    hours, wish_min = W.hours[wi], C.hours_min[ci]
    hours_fit = np.where(hours >= wish_min, 1.0, hours / np.maximum(wish_min, 1e-9))
    work_days = W.day_parts[wi, 0]
    cand_days = C.day_parts[ci, 0]
    n_work = np.bitwise_count(work_days).astype(np.float64)
    overlap = np.bitwise_count(work_days & cand_days).astype(np.float64)
    days_fit = np.where((n_work == 0) | (cand_days == 0), 1.0, overlap / np.maximum(n_work, 1))
    neutral = settings.neutral_preference
    occupation_fit = _wish(C.wish_occupations[ci], W.occupation[wi], neutral)
    sector_fit = _wish(C.wish_sectors[ci], W.sector[wi], neutral)
    return (hours_fit + days_fit + occupation_fit + sector_fit) / 4


def components(C: CandidateArrays, W: WorkArrays, ci: NDArray[np.int64], wi: NDArray[np.int64],
               dot: NDArray[np.float64], cost: NDArray[np.float64], settings: MatchSettings
               ) -> NDArray[np.float64]:
    out = np.empty((len(ci), len(COMPONENTS)))
    inter = popcount(C.skills[ci] & W.skills[wi])
    union = C.skill_count[ci] + W.skill_count[wi] - inter
    out[:, 0] = np.where(union > 0, inter / np.maximum(union, 1), 0.0)
    occupation = W.occupation[wi]
    years = np.where(occupation >= 0, C.experience[ci, np.maximum(occupation, 0)], 0.0)
    out[:, 1] = np.minimum(years / settings.experience_full_years, 1.0)
    out[:, 2] = preference(C, W, ci, wi, settings)
    road_km = dot_to_km(dot) * settings.detour_factor
    out[:, 3] = np.clip(1.0 - road_km / np.maximum(C.limit_km[ci], 1e-9), 0.0, 1.0)
    out[:, 4] = np.minimum(C.waiting_days[ci] / settings.waiting_full_days, 1.0)
    supervisor, coach = W.supervisor[wi], C.needs_coach[ci]
    out[:, 5] = np.where(supervisor, 1.0, np.where(coach, 0.0, 0.5))
    out[:, 6] = np.minimum(cost / settings.cost_full, 1.0)
    return out


def weight_vector(settings: MatchSettings) -> NDArray[np.float64]:
    signs = np.array([-1.0 if name == "accommodation_cost" else 1.0 for name in COMPONENTS])
    return signs * np.array([settings.weights[name] for name in COMPONENTS])


def total(comps: NDArray[np.float64], settings: MatchSettings) -> NDArray[np.float64]:
    return comps @ weight_vector(settings)
