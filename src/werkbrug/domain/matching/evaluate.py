"""One candidate x one work item: verdict, conflicts, accommodations, carving option, score."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

import numpy as np

from werkbrug.domain.errors import Message
from werkbrug.domain.matching.arrays import encode_candidates, encode_work
from werkbrug.domain.matching.conflicts import Conflict, all_conflicts
from werkbrug.domain.matching.kernel import ACCOMMODATED, Pairs, evaluate_block, feasible_pairs
from werkbrug.domain.matching.relief import relief_table
from werkbrug.domain.matching.scoring import weight_vector
from werkbrug.domain.matching.settings import COMPONENTS, MatchSettings
from werkbrug.domain.matching.specs import CandidateSpec, WorkSpec

VERDICTS = ("fits", "fits_with_accommodations", "fits_without_tasks", "excluded")


@dataclass(frozen=True)
class AccommodationAdvice:
    code: str
    name: Message
    cost: Decimal
    cost_period: str
    funding_route: str
    relieves: tuple[str, ...]


@dataclass(frozen=True)
class Carving:
    dropped: tuple[str, ...]        # task keys
    dropped_names: tuple[str, ...]
    dropped_hours: float
    remaining_hours: float


@dataclass
class PairResult:
    candidate_id: int
    work_id: int
    verdict: str
    conflicts: list[Conflict]
    accommodations: list[AccommodationAdvice] = field(default_factory=list)
    carving: Carving | None = None
    components: dict[str, float] = field(default_factory=dict)     # each 0..1
    contributions: dict[str, float] = field(default_factory=dict)  # component x weight (cost negative)
    score: float | None = None



def _kernel(candidate: CandidateSpec, work: WorkSpec, settings: MatchSettings, today: date) -> Pairs:
    W = encode_work([work], today)
    C = encode_candidates([candidate], W.vocabulary, settings, today)
    one = np.zeros(1, dtype=np.int64)
    return feasible_pairs(C, W, evaluate_block(C, W, one, one), settings)


def _advice(pairs: Pairs, conflicts: list[Conflict]) -> list[AccommodationAdvice]:
    table = relief_table()
    items = {c.item for c in conflicts if c.kind == "fml"}
    return [AccommodationAdvice(a.code, a.name, a.typical_cost, a.cost_period, a.funding_route,
                                tuple(sorted(items & {r.item for r in a.lowers})))
            for a, on in zip(table.accommodations, pairs.chosen[0], strict=True) if on]


def _carving(candidate: CandidateSpec, work: WorkSpec, settings: MatchSettings,
             today: date) -> tuple[Carving, Pairs] | None:
    floor = max(candidate.wish_hours_min or 0.0, settings.floor_hours)
    options = []
    for size in range(1, min(settings.max_dropped_tasks, len(work.tasks) - 1) + 1):
        for dropped in itertools.combinations(work.tasks, size):
            hours = sum(t.hours for t in dropped)
            options.append((hours, size, tuple(t.key for t in dropped), dropped))
    for hours, _, keys, dropped in sorted(options, key=lambda o: o[:3]):
        remaining = work.hours - hours
        if remaining < floor:
            continue
        variant = replace(work, hours=remaining, tasks=tuple(t for t in work.tasks if t.key not in keys))
        pairs = _kernel(candidate, variant, settings, today)
        if len(pairs.candidate):
            return Carving(keys, tuple(t.name for t in dropped), hours, remaining), pairs
    return None


def evaluate(candidate: CandidateSpec, work: WorkSpec, settings: MatchSettings, today: date) -> PairResult:
    """Is this pair a match, and why (not)? Never raises for a mismatch: it explains it."""
    conflicts = all_conflicts(candidate, work, settings, today)
    result = PairResult(candidate.id, work.id, "excluded", conflicts)
    pairs = _kernel(candidate, work, settings, today)
    if not len(pairs.candidate) and not any(c.kind in ("travel", "availability") for c in conflicts):
        found = _carving(candidate, work, settings, today)
        if found:
            result.carving, pairs = found
            result.verdict = "fits_without_tasks"
    if len(pairs.candidate):
        if result.verdict == "excluded":
            result.verdict = "fits_with_accommodations" if pairs.verdict[0] == ACCOMMODATED else "fits"
        result.accommodations = _advice(pairs, conflicts)
        weights = weight_vector(settings)
        result.components = {n: round(float(v), 4) for n, v in zip(COMPONENTS, pairs.components[0], strict=True)}
        result.contributions = {n: round(float(v * w), 4)
                                for n, v, w in zip(COMPONENTS, pairs.components[0], weights, strict=True)}
        result.score = round(float(pairs.score[0]), 4)
    return result
