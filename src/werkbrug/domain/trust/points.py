"""The full comparison of one pair per task and FML item, and its beoordelingspunten.

Works on the engine's own evaluation (werkbrug.domain.matching.evaluate.PairResult): a
conflict stays a conflict; a point marks a fit a consultant must judge and motivate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from werkbrug.domain.errors import Message
from werkbrug.domain.matching import capacity as cap
from werkbrug.domain.matching.evaluate import PairResult
from werkbrug.domain.matching.settings import MatchSettings
from werkbrug.domain.matching.specs import CandidateSpec, TaskSpec, WorkSpec
from werkbrug.domain.trust.rules import PointRules, load_point_rules


@dataclass(frozen=True)
class Point:
    rule: str           # limit, margin, judgement, accommodation, carving
    item: str           # FML item code, accommodation code, or "carving"
    task: str           # task key, "" when the point is about the whole pair
    message: Message

    @property
    def key(self) -> str:
        return f"{self.item}|{self.task}"


@dataclass(frozen=True)
class ItemRow:
    task: str
    item: str
    demand_level: int
    demand_value: float | None
    capacity_level: int
    capacity_value: float | None
    result: str         # fits, at_limit, fits_with_accommodation, task_dropped, excluded
    accommodations: tuple[str, ...] = ()


def _value(x: float) -> float | None:
    return None if x == float("inf") else round(x, 2)


def _fml_result(conflict: bool, at_limit: bool, relieving: tuple[str, ...], dropped: bool) -> str:
    if not conflict:
        return "at_limit" if at_limit else "fits"
    if dropped:
        return "task_dropped"
    return "fits_with_accommodation" if relieving else "excluded"


class _Pair:
    """What one evaluation needs, computed once."""

    def __init__(self, candidate: CandidateSpec, work: WorkSpec, result: PairResult, settings: MatchSettings,
                 rules: PointRules):
        self.candidate, self.work, self.result, self.settings, self.rules = candidate, work, result, settings, rules
        self.present = cap.in_place(work.accommodations_available, work.has_internal_supervisor)
        self.conflicts = {(c.task, c.item) for c in result.conflicts if c.kind == "fml"}
        self.dropped = set(result.carving.dropped) if result.carving else set()

    def relieving(self, item: str) -> tuple[str, ...]:
        return tuple(a.code for a in self.result.accommodations if item in a.relieves)

    def rows(self, task: TaskSpec) -> list[tuple[ItemRow, list[Point]]]:
        items = cap.load_catalogue().items
        demand = cap.relieve(task.demand, self.present)
        out = []
        for code in sorted(demand, key=lambda c: cap.item_index().position(c) if c in items else 999):
            if code not in items:
                continue
            d = cap.demand_of(demand, code)
            c = cap.capacity_of(self.candidate.capacity, items[code], self.settings)
            conflict = (task.key, code) in self.conflicts
            points = [] if conflict or task.key in self.dropped else self._points(task, code, d, c)
            at_limit = any(p.rule in ("limit", "margin") for p in points)
            row = ItemRow(task.key, code, d[0], d[1] if items[code].numeric else None, c[0], _value(c[1]),
                          _fml_result(conflict, at_limit, self.relieving(code), task.key in self.dropped),
                          self.relieving(code) if conflict else ())
            out.append((row, points))
        return out

    def _points(self, task: TaskSpec, code: str, d: tuple[int, float], c: tuple[int, float]) -> list[Point]:
        r, points = self.rules, []
        if r.limit_enabled and c[0] + d[0] == r.level_sum:
            points.append(Point("limit", code, task.key, r.limit_label))
        elif r.margin_enabled and d[1] > 0 and c[1] != float("inf") and d[1] >= r.numeric_fraction * c[1]:
            points.append(Point("margin", code, task.key, r.margin_label))
        for rule in r.judgement:
            if code.startswith(rule.prefixes) and c[0] >= rule.min_capacity_level:
                points.append(Point("judgement", code, task.key, rule.label))
        return points


def _pair_points(pair: _Pair) -> list[Point]:
    rules, result = pair.rules, pair.result
    catalogue = cap.accommodations_by_code()
    points = [Point("accommodation", a.code, "", rules.accommodation_label) for a in result.accommodations
              if a.code in catalogue and catalogue[a.code].solution_type in rules.solution_types]
    if rules.carving_enabled and result.carving:
        points += [Point("carving", "carving", key, rules.carving_label) for key in result.carving.dropped]
    return points


def compare(candidate: CandidateSpec, work: WorkSpec, result: PairResult, settings: MatchSettings,
            rules: PointRules | None = None) -> tuple[list[ItemRow], list[Point]]:
    """Every (task, FML item) row of the pair, and the beoordelingspunten (none for an excluded pair:
    there is nothing to introduce)."""
    pair = _Pair(candidate, work, result, settings, rules or load_point_rules())
    rows: list[ItemRow] = []
    points: list[Point] = []
    for task in work.tasks:
        for row, found in pair.rows(task):
            rows.append(row)
            points += found
    if result.verdict == "excluded":
        return rows, []
    return rows, points + _pair_points(pair)


def task_results(work: WorkSpec, rows: list[ItemRow]) -> dict[str, str]:
    """Per task: excluded when any item is, else dropped / with accommodation / fits."""
    order = ("excluded", "task_dropped", "fits_with_accommodation", "at_limit", "fits")
    out = {}
    for task in work.tasks:
        results = {r.result for r in rows if r.task == task.key}
        worst = next((o for o in order if o in results), "fits")
        out[task.key] = "fits" if worst == "at_limit" else worst
    return out


def as_dicts(rows: list[ItemRow], points: list[Point], language: str) -> dict[str, Any]:
    items = cap.load_catalogue().items
    return {
        "items": [{"task": r.task, "item": r.item, "name": items[r.item].name.text(language),
                   "demand_level": r.demand_level, "demand_value": r.demand_value,
                   "capacity_level": r.capacity_level, "capacity_value": r.capacity_value,
                   "result": r.result, "accommodations": list(r.accommodations)} for r in rows],
        "beoordelingspunten": [{"key": p.key, "rule": p.rule, "item": p.item, "task": p.task,
                                "text": p.message.text(language)} for p in points],
    }
