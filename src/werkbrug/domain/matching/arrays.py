"""Populations of candidates and work encoded as numpy arrays for the block-wise kernel.

Set-valued fields become bitsets (uint64 words) over vocabularies taken from the *work* side
(skills, occupations, sectors, certificates a work item asks for): a candidate's skill that no work
needs can never be in an intersection, so the results do not depend on which work was encoded."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.fml import load_catalogue
from werkbrug.domain.matching import capacity as cap
from werkbrug.domain.matching.settings import MatchSettings
from werkbrug.domain.matching.specs import CandidateSpec, WorkSpec
from werkbrug.domain.matching.travel import km_to_min_dot, road_km_limit, unit_vectors

DAY_PARTS = ("ochtend", "middag", "avond", "nacht", "weekend")
NO_DAY = -(2**31) + 1
U64 = np.uint64


@cache
def _numeric() -> tuple[int, ...]:
    return tuple(i for i, item in enumerate(cap.item_index().items) if item.numeric)


def numeric_positions() -> NDArray[np.int64]:
    """Positions of the numeric FML items (kg, minutes, hours) in the item order."""
    return np.array(_numeric(), dtype=np.int64)


@dataclass
class Vocabulary:
    skills: dict[str, int]
    occupations: dict[str, int]
    sectors: dict[str, int]
    certificates: dict[str, int]


def _vocab(values: Iterable[str]) -> dict[str, int]:
    return {v: i for i, v in enumerate(sorted(set(values) - {""}))}


def bitset(rows: Sequence[Iterable[str]], vocab: dict[str, int]) -> NDArray[np.uint64]:
    words = max(1, (len(vocab) + 63) // 64)
    out = np.zeros((len(rows), words), dtype=U64)
    for r, values in enumerate(rows):
        for v in values:
            i = vocab.get(v)
            if i is not None:
                out[r, i // 64] |= U64(1) << U64(i % 64)
    return out


def level_masks(levels: NDArray[np.int8]) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
    """Per row: bits of items at level >= 1 and at level 2."""
    weights = U64(1) << np.arange(levels.shape[1], dtype=U64)
    ge1 = ((levels >= 1).astype(U64) * weights).sum(axis=1, dtype=U64)
    eq2 = ((levels == 2).astype(U64) * weights).sum(axis=1, dtype=U64)
    return ge1, eq2


def day_number(day: date | None, default: int) -> int:
    return day.toordinal() if day is not None else default


@dataclass
class WorkArrays:
    ids: NDArray[np.int64]
    level: NDArray[np.int8]        # (n, items) highest demand level over tasks, after relief in place
    value: NDArray[np.float64]     # (n, numeric items) highest demand value
    d1: NDArray[np.uint64]
    d2: NDArray[np.uint64]
    hours: NDArray[np.float64]
    unit: NDArray[np.float64]      # (n, 3) position on the unit sphere
    start_day: NDArray[np.int64]
    skills: NDArray[np.uint64]
    skill_count: NDArray[np.int64]
    certificates: NDArray[np.uint64]
    day_parts: NDArray[np.uint64]
    occupation: NDArray[np.int64]  # index in vocabulary.occupations, -1 when none
    sector: NDArray[np.int64]
    supervisor: NDArray[np.bool_]
    places: NDArray[np.int64]
    vocabulary: Vocabulary

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class CandidateArrays:
    ids: NDArray[np.int64]
    level: NDArray[np.int8]
    value: NDArray[np.float64]
    c1: NDArray[np.uint64]
    c2: NDArray[np.uint64]
    hours_max: NDArray[np.float64]
    hours_min: NDArray[np.float64]  # 0 when no wish
    unit: NDArray[np.float64]
    limit_km: NDArray[np.float64]   # road km
    min_dot: NDArray[np.float64]    # great-circle threshold for limit_km / detour
    ready_day: NDArray[np.int64]
    waiting_days: NDArray[np.float64]
    needs_coach: NDArray[np.bool_]
    skills: NDArray[np.uint64]
    skill_count: NDArray[np.int64]
    certificates: NDArray[np.uint64]
    day_parts: NDArray[np.uint64]
    wish_occupations: NDArray[np.uint64]
    wish_sectors: NDArray[np.uint64]
    experience: NDArray[np.float32]  # (n, occupations) years

    def __len__(self) -> int:
        return len(self.ids)


def _work_demand(work: WorkSpec) -> tuple[list[int], list[float]]:
    index, numeric = cap.item_index(), numeric_positions()
    present = cap.in_place(work.accommodations_available, work.has_internal_supervisor)
    levels, values = [0] * len(index.codes), [0.0] * len(index.codes)
    for task in work.tasks:
        relieved = cap.relieve(task.demand, present)
        for code in relieved:
            if code in index.codes:
                level, value = cap.demand_of(relieved, code)
                i = index.position(code)
                levels[i], values[i] = max(levels[i], level), max(values[i], value)
    return levels, [values[i] for i in numeric]


def encode_work(works: Sequence[WorkSpec], today: date) -> WorkArrays:
    vocab = Vocabulary(
        skills=_vocab(s for w in works for s in w.required_skills),
        occupations=_vocab(w.occupation for w in works), sectors=_vocab(w.sector for w in works),
        certificates=_vocab(c for w in works for t in w.tasks for c in t.required_certificates))
    demand = [_work_demand(w) for w in works]
    n_items, n_numeric = len(cap.item_index().codes), len(numeric_positions())
    level = np.array([d[0] for d in demand], dtype=np.int8).reshape(len(works), n_items)
    d1, d2 = level_masks(level)
    skills = bitset([w.required_skills for w in works], vocab.skills)
    return WorkArrays(
        ids=np.array([w.id for w in works], dtype=np.int64), level=level,
        value=np.array([d[1] for d in demand], dtype=np.float64).reshape(len(works), n_numeric), d1=d1, d2=d2,
        hours=np.array([w.hours for w in works], dtype=np.float64),
        unit=unit_vectors(np.array([w.latitude for w in works]), np.array([w.longitude for w in works])),
        start_day=np.array([day_number(w.start, today.toordinal()) for w in works], dtype=np.int64),
        skills=skills, skill_count=np.array([len(w.required_skills) for w in works], dtype=np.int64),
        certificates=bitset([[c for t in w.tasks for c in t.required_certificates] for w in works],
                            vocab.certificates),
        day_parts=bitset([w.day_parts for w in works], _vocab_days()),
        occupation=np.array([vocab.occupations.get(w.occupation, -1) for w in works], dtype=np.int64),
        sector=np.array([vocab.sectors.get(w.sector, -1) for w in works], dtype=np.int64),
        supervisor=np.array([w.has_internal_supervisor for w in works], dtype=np.bool_),
        places=np.array([w.places for w in works], dtype=np.int64), vocabulary=vocab)


def _vocab_days() -> dict[str, int]:
    return {d: i for i, d in enumerate(DAY_PARTS)}


def _capacity_rows(candidates: Sequence[CandidateSpec], settings: MatchSettings
                   ) -> tuple[NDArray[np.int8], NDArray[np.float64]]:
    items, numeric = cap.item_index().items, numeric_positions()
    levels = np.zeros((len(candidates), len(items)), dtype=np.int8)
    values = np.zeros((len(candidates), len(numeric)), dtype=np.float64)
    for r, c in enumerate(candidates):
        for i, item in enumerate(items):
            levels[r, i] = cap.capacity_of(c.capacity, item, settings)[0]
        for k, i in enumerate(numeric):
            values[r, k] = cap.capacity_of(c.capacity, items[i], settings)[1]
    return levels, values


def _ready_day(c: CandidateSpec) -> int:
    ready = day_number(c.available_from, NO_DAY)
    if c.unavailable_until is not None:
        ready = max(ready, c.unavailable_until.toordinal() + 1)
    return ready


def _experience(candidates: Sequence[CandidateSpec], occupations: dict[str, int]) -> NDArray[np.float32]:
    out = np.zeros((len(candidates), max(1, len(occupations))), dtype=np.float32)
    for r, c in enumerate(candidates):
        for occupation, years in c.experience:
            if occupation in occupations:
                out[r, occupations[occupation]] += years
    return out


def encode_candidates(candidates: Sequence[CandidateSpec], vocab: Vocabulary, settings: MatchSettings,
                      today: date) -> CandidateArrays:
    levels, values = _capacity_rows(candidates, settings)
    c1, c2 = level_masks(levels)
    limit = np.array([road_km_limit(c, settings) for c in candidates], dtype=np.float64)
    registered = [c.registered_on or today for c in candidates]
    return CandidateArrays(
        ids=np.array([c.id for c in candidates], dtype=np.int64), level=levels, value=values, c1=c1, c2=c2,
        hours_max=np.array([cap.hours_capacity(c.capacity, c.wish_hours_max, settings) for c in candidates],
                           dtype=np.float64),
        hours_min=np.array([c.wish_hours_min or 0.0 for c in candidates], dtype=np.float64),
        unit=unit_vectors(np.array([c.latitude for c in candidates]), np.array([c.longitude for c in candidates])),
        limit_km=limit, min_dot=km_to_min_dot(limit / settings.detour_factor),
        ready_day=np.array([_ready_day(c) for c in candidates], dtype=np.int64),
        waiting_days=np.array([max(0, (today - d).days) for d in registered], dtype=np.float64),
        needs_coach=np.array([c.needs_jobcoach for c in candidates], dtype=np.bool_),
        skills=bitset([c.skills for c in candidates], vocab.skills),
        skill_count=np.array([len(c.skills) for c in candidates], dtype=np.int64),
        certificates=bitset([c.certificates for c in candidates], vocab.certificates),
        day_parts=bitset([c.wish_day_parts for c in candidates], _vocab_days()),
        wish_occupations=bitset([c.wish_occupations for c in candidates], vocab.occupations),
        wish_sectors=bitset([c.wish_sectors for c in candidates], vocab.sectors),
        experience=_experience(candidates, vocab.occupations))


def fml_item_count() -> int:
    return len(load_catalogue().items)
