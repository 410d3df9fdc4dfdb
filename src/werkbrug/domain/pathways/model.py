"""The trajectory status model (data/trajectory_model.toml): situations and allowed transitions.

Rules as data: the file lists every allowed transition; anything else is refused with a bilingual
reason. Pure: no Django."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Issue, Issues, Message

KINDS = ("forward", "back", "lateral")


@dataclass(frozen=True)
class Situation:
    code: str
    registry: str
    rank: int
    label: Message


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    kind: str
    rights: Message
    reference: str


@dataclass(frozen=True)
class TrajectoryModel:
    version: str
    situations: dict[str, Situation]
    groups: dict[str, tuple[str, ...]]
    transitions: dict[tuple[str, str], Transition]
    refusals: dict[str, tuple[Message, str]]
    report_pairs: tuple[tuple[str, str], ...]
    survival: dict[str, Any] = field(default_factory=dict)

    def transition(self, source: str, target: str) -> Transition | None:
        return self.transitions.get((source, target))

    def members(self, group_or_code: str) -> frozenset[str]:
        """A group name or a single situation code, as a set of situation codes."""
        if group_or_code in self.groups:
            return frozenset(self.groups[group_or_code])
        if group_or_code in self.situations:
            return frozenset({group_or_code})
        raise KeyError(group_or_code)


def _expand(codes: list[str], groups: dict[str, tuple[str, ...]]) -> list[str]:
    out: list[str] = []
    for code in codes:
        out += list(groups[code[1:]]) if code.startswith("@") else [code]
    return out


def parse(raw: dict[str, Any]) -> TrajectoryModel:
    """Build the model from the TOML document; raises ValueError on an inconsistent file."""
    situations = {code: Situation(code, s["registry"], int(s["rank"]), Message(s["label_nl"], s["label_en"]))
                  for code, s in raw["situations"].items()}
    groups = {name: tuple(codes) for name, codes in raw.get("groups", {}).items()}
    transitions: dict[tuple[str, str], Transition] = {}
    for t in raw["transitions"]:
        if t["kind"] not in KINDS:
            raise ValueError(f"trajectory_model: unknown kind {t['kind']}")
        for source in _expand(t["from"], groups):
            for target in _expand(t["to"], groups):
                if source == target:
                    continue
                transitions[(source, target)] = Transition(
                    source, target, t["kind"], Message(t["rights_nl"], t["rights_en"]), t.get("source", ""))
    unknown = {c for pair in transitions for c in pair} | {c for g in groups.values() for c in g}
    unknown -= set(situations)
    if unknown:
        raise ValueError(f"trajectory_model: unknown situations {sorted(unknown)}")
    refusals = {code: (Message(r["reason_nl"], r["reason_en"]), r.get("source", ""))
                for code, r in raw.get("refusals", {}).items()}
    pairs = tuple((a, b) for a, b in raw.get("report", {}).get("pairs", []))
    return TrajectoryModel(raw["version"], situations, groups, transitions, refusals, pairs,
                           dict(raw.get("survival", {})))


@lru_cache(maxsize=1)
def load() -> TrajectoryModel:
    text = files("werkbrug.data").joinpath("trajectory_model.toml").read_text("utf-8")
    return parse(tomllib.loads(text))


def _label(model: TrajectoryModel, code: str) -> Message:
    found = model.situations.get(code)
    return found.label if found else Message(code, code)


def check_transition(source: str | None, target: str, model: TrajectoryModel | None = None) -> Issues:
    """Problems with moving from `source` (None: first period) to `target`; empty when allowed."""
    model = model or load()
    issues = Issues()
    if target not in model.situations:
        issues.add("situation", "unknown_situation", f"onbekende situatie '{target}'",
                   f"unknown situation '{target}'")
        return issues
    if source is None or model.transition(source, target):
        return issues
    a, b = _label(model, source), _label(model, target)
    if source == target:
        issues.add("situation", "same_situation", f"de persoon is al in situatie '{b.nl}'",
                   f"the person is already in situation '{b.en}'")
        return issues
    nl, en = (f"overgang van '{a.nl}' naar '{b.nl}' is niet toegestaan",
              f"transition from '{a.en}' to '{b.en}' is not allowed")
    if target in model.refusals:
        reason, _ = model.refusals[target]
        nl, en = f"{nl}: {reason.nl}", f"{en}: {reason.en}"
    issues.add("situation", "transition_not_allowed", nl, en)
    return issues


@dataclass(frozen=True)
class Period:
    situation: str
    start: date
    end: date | None = None  # inclusive; None = still going on


def check_timeline(periods: list[Period], model: TrajectoryModel | None = None) -> Issues:
    """Every problem in a whole timeline: order, overlap, gaps are allowed, transitions must be."""
    model = model or load()
    issues = Issues()
    previous: Period | None = None
    for i, p in enumerate(periods):
        where = f"periods[{i}]"
        if p.end is not None and p.end < p.start:
            issues.add(where, "period_order", "einddatum ligt vóór de begindatum", "end date is before start date")
        if previous is not None:
            if previous.end is None or previous.end >= p.start:
                issues.add(where, "overlap", "periode overlapt met de vorige", "period overlaps the previous one")
            for issue in check_transition(previous.situation, p.situation, model).items:
                issues.items.append(Issue(where, issue.code, issue.message))
        else:
            issues.extend(check_transition(None, p.situation, model).items)
        previous = p
    return issues


SUPPORT_KEYS = {"jobcoach", "loonkostensubsidie", "accommodations", "notes"}


def check_support(support: dict[str, Any]) -> Issues:
    """Support that went with a period: {jobcoach: bool, loonkostensubsidie: bool, accommodations: [codes]}."""
    issues = Issues()
    for key in sorted(set(support) - SUPPORT_KEYS):
        issues.add(f"support.{key}", "unknown_key", f"onbekend onderdeel '{key}'", f"unknown item '{key}'")
    for key in ("jobcoach", "loonkostensubsidie"):
        if key in support and not isinstance(support[key], bool):
            issues.add(f"support.{key}", "not_boolean", "moet ja of nee zijn", "must be true or false")
    acc = support.get("accommodations", [])
    if not isinstance(acc, list) or not all(isinstance(a, str) and a for a in acc):
        issues.add("support.accommodations", "not_codes", "moet een lijst met voorzieningcodes zijn",
                   "must be a list of accommodation codes")
    return issues
