"""The match-proposal status workflow, read from data/proposal_workflow.toml (rules as data).

Pure Python: which states exist, which transitions are allowed from where, what each
requires, and the reason codes for declining — with Dutch and English labels."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Message

REQUIREMENTS = ("candidate_consent", "reason", "placement")


@dataclass(frozen=True)
class State:
    code: str
    label: Message
    open: bool


@dataclass(frozen=True)
class Transition:
    sources: tuple[str, ...]
    target: str
    requires: tuple[str, ...]
    label: Message


@dataclass(frozen=True)
class Workflow:
    version: str
    valid_from: str
    source: str
    initial: str
    states: dict[str, State]
    transitions: tuple[Transition, ...]
    reasons: dict[str, Message]

    def transition(self, source: str, target: str) -> Transition | None:
        return next((t for t in self.transitions if t.target == target and source in t.sources), None)

    def allowed_from(self, source: str) -> list[str]:
        return [t.target for t in self.transitions if source in t.sources]

    def open_states(self) -> list[str]:
        return [code for code, state in self.states.items() if state.open]

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.version, "valid_from": self.valid_from, "source": self.source,
            "initial": self.initial,
            "states": [{"code": s.code, "label_nl": s.label.nl, "label_en": s.label.en, "open": s.open,
                        "next": self.allowed_from(s.code)} for s in self.states.values()],
            "transitions": [{"from_states": list(t.sources), "to": t.target, "requires": list(t.requires),
                             "label_nl": t.label.nl, "label_en": t.label.en} for t in self.transitions],
            "reasons": [{"code": code, "label_nl": m.nl, "label_en": m.en} for code, m in self.reasons.items()],
        }


def _label(raw: dict[str, Any]) -> Message:
    return Message(str(raw["label_nl"]), str(raw["label_en"]))


def parse_workflow(raw: dict[str, Any]) -> Workflow:
    """Check the file's consistency: every transition names known states and requirements."""
    states = {code: State(code, _label(s), bool(s["open"])) for code, s in raw["states"].items()}
    transitions = tuple(Transition(tuple(t["from"]), str(t["to"]), tuple(t.get("requires", ())), _label(t))
                        for t in raw["transitions"])
    for t in transitions:
        unknown = [s for s in (*t.sources, t.target) if s not in states]
        if unknown:
            raise ValueError(f"proposal workflow: unknown state(s) {unknown}")
        if set(t.requires) - set(REQUIREMENTS):
            raise ValueError(f"proposal workflow: unknown requirement(s) {set(t.requires) - set(REQUIREMENTS)}")
    if raw["initial"] not in states:
        raise ValueError("proposal workflow: the initial state is not a state")
    return Workflow(str(raw["version"]), str(raw["valid_from"]), str(raw["source"]), str(raw["initial"]),
                    states, transitions, {code: _label(r) for code, r in raw["reasons"].items()})


@cache
def load_workflow() -> Workflow:
    text = files("werkbrug.data").joinpath("proposal_workflow.toml").read_text("utf-8")
    return parse_workflow(tomllib.loads(text))
