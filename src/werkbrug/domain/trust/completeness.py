"""Profile completeness per field group, from data/completeness.toml (rules as data).

A record is a plain mapping of field name -> value (the storage layer derives task_* fields
for work items). Empty values are None, "", [] and {}; booleans and numbers count as filled."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Message

KINDS = ("candidate", "work")


@dataclass(frozen=True)
class Entry:
    key: str
    any_of: tuple[str, ...]
    weight: float
    ask: Message


@dataclass(frozen=True)
class Group:
    code: str
    label: Message
    weight: float
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class CompletenessRules:
    version: str
    stale_after_months: int
    groups: dict[str, tuple[Group, ...]]  # kind -> groups


@dataclass(frozen=True)
class Question:
    group: str
    key: str
    ask: Message
    gain: float  # how much the total score rises (0..1) when answered


@dataclass(frozen=True)
class Completeness:
    score: float                 # 0..1, weighted over the groups
    groups: dict[str, float]     # group code -> 0..1
    missing: tuple[Question, ...]  # what to ask next, biggest gain first


def parse_rules(raw: dict[str, Any]) -> CompletenessRules:
    groups: dict[str, tuple[Group, ...]] = {}
    for kind in KINDS:
        groups[kind] = tuple(
            Group(code, Message(g["label_nl"], g["label_en"]), float(g["weight"]), tuple(
                Entry(e["key"], tuple(e["any_of"]), float(e["weight"]), Message(e["ask_nl"], e["ask_en"]))
                for e in g["entries"]))
            for code, g in raw[kind].items())
        if any(g.weight <= 0 or not g.entries for g in groups[kind]):
            raise ValueError(f"completeness: every {kind} group needs a positive weight and entries")
    return CompletenessRules(str(raw["version"]), int(raw["stale_after_months"]), groups)


@cache
def load_rules() -> CompletenessRules:
    text = files("werkbrug.data").joinpath("completeness.toml").read_text("utf-8")
    return parse_rules(tomllib.loads(text))


def filled(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def score(record: Mapping[str, Any], kind: str, rules: CompletenessRules | None = None) -> Completeness:
    rules = rules or load_rules()
    groups = rules.groups[kind]
    total_weight = sum(g.weight for g in groups)
    per_group: dict[str, float] = {}
    missing: list[Question] = []
    for group in groups:
        entry_total = sum(e.weight for e in group.entries)
        done = 0.0
        for entry in group.entries:
            if any(filled(record.get(f)) for f in entry.any_of):
                done += entry.weight
            else:
                gain = group.weight / total_weight * entry.weight / entry_total
                missing.append(Question(group.code, entry.key, entry.ask, round(gain, 4)))
        per_group[group.code] = round(done / entry_total, 4)
    total = sum(g.weight * per_group[g.code] for g in groups) / total_weight
    missing.sort(key=lambda q: (-q.gain, q.group, q.key))
    return Completeness(round(total, 4), per_group, tuple(missing))


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from earlier to later (a month counts once its day is reached)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def is_stale(reviewed_on: date | None, today: date, months: int) -> bool:
    """Never reviewed, or not reviewed in the last `months` months."""
    return reviewed_on is None or months_between(reviewed_on, today) >= months
