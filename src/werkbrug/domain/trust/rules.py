"""The beoordelingspunten rules from data/beoordelingspunten.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Message


@dataclass(frozen=True)
class JudgementRule:
    prefixes: tuple[str, ...]
    min_capacity_level: int
    label: Message


@dataclass(frozen=True)
class PointRules:
    version: str
    source: str
    limit_enabled: bool
    level_sum: int
    limit_label: Message
    margin_enabled: bool
    numeric_fraction: float
    margin_label: Message
    judgement: tuple[JudgementRule, ...]
    solution_types: tuple[str, ...]
    accommodation_label: Message
    carving_enabled: bool
    carving_label: Message
    judgements: dict[str, Message]
    blocking: frozenset[str]


def _label(raw: dict[str, Any]) -> Message:
    return Message(raw["label_nl"], raw["label_en"])


def parse_point_rules(raw: dict[str, Any]) -> PointRules:
    fraction = float(raw["margin"]["numeric_fraction"])
    if not 0 < fraction <= 1:
        raise ValueError("beoordelingspunten: margin.numeric_fraction must be in (0, 1]")
    judgements = raw["judgements"]
    return PointRules(
        version=str(raw["version"]), source=str(raw.get("source", "")),
        limit_enabled=bool(raw["limit"]["enabled"]), level_sum=int(raw["limit"]["level_sum"]),
        limit_label=_label(raw["limit"]), margin_enabled=bool(raw["margin"]["enabled"]),
        numeric_fraction=fraction, margin_label=_label(raw["margin"]),
        judgement=tuple(JudgementRule(tuple(j["prefixes"]), int(j["min_capacity_level"]), _label(j))
                        for j in raw.get("judgement", ())),
        solution_types=tuple(raw["accommodations"]["solution_types"]),
        accommodation_label=_label(raw["accommodations"]),
        carving_enabled=bool(raw["carving"]["enabled"]), carving_label=_label(raw["carving"]),
        judgements={code: _label(j) for code, j in judgements.items()},
        blocking=frozenset(code for code, j in judgements.items() if j.get("blocks")))


@cache
def load_point_rules() -> PointRules:
    text = files("werkbrug.data").joinpath("beoordelingspunten.toml").read_text("utf-8")
    return parse_point_rules(tomllib.loads(text))
