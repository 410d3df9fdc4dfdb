"""The fulfilment-entry workflow, read from data/sroi_workflow.toml (rules as data).

Pure Python: states (whether an entry in it counts as realised, as verified, may be edited),
allowed transitions and what each requires, with Dutch and English labels."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Message

REQUIREMENTS = ("reason",)


@dataclass(frozen=True)
class State:
    code: str
    label: Message
    counts: bool
    verified: bool
    editable: bool


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

    def transition(self, source: str, target: str) -> Transition | None:
        return next((t for t in self.transitions if t.target == target and source in t.sources), None)

    def allowed_from(self, source: str) -> list[str]:
        return [t.target for t in self.transitions if source in t.sources]

    def counting_states(self) -> list[str]:
        return [s.code for s in self.states.values() if s.counts]

    def verified_states(self) -> list[str]:
        return [s.code for s in self.states.values() if s.verified]

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.version, "valid_from": self.valid_from, "source": self.source,
            "initial": self.initial,
            "states": [{"code": s.code, "label_nl": s.label.nl, "label_en": s.label.en, "counts": s.counts,
                        "verified": s.verified, "editable": s.editable, "next": self.allowed_from(s.code)}
                       for s in self.states.values()],
            "transitions": [{"from_states": list(t.sources), "to": t.target, "requires": list(t.requires),
                             "label_nl": t.label.nl, "label_en": t.label.en} for t in self.transitions],
        }


def _label(raw: dict[str, Any]) -> Message:
    return Message(str(raw["label_nl"]), str(raw["label_en"]))


def parse_workflow(raw: dict[str, Any]) -> Workflow:
    """Check the file's consistency: transitions name known states and known requirements."""
    states = {code: State(code, _label(s), bool(s["counts"]), bool(s["verified"]), bool(s["editable"]))
              for code, s in raw["states"].items()}
    transitions = tuple(Transition(tuple(t["from"]), str(t["to"]), tuple(t.get("requires", ())), _label(t))
                        for t in raw["transitions"])
    for t in transitions:
        unknown = [s for s in (*t.sources, t.target) if s not in states]
        if unknown:
            raise ValueError(f"sroi workflow: unknown state(s) {unknown}")
        if set(t.requires) - set(REQUIREMENTS):
            raise ValueError(f"sroi workflow: unknown requirement(s) {set(t.requires) - set(REQUIREMENTS)}")
    if raw["initial"] not in states:
        raise ValueError("sroi workflow: the initial state is not a state")
    return Workflow(str(raw["version"]), str(raw["valid_from"]), str(raw["source"]), str(raw["initial"]),
                    states, transitions)


@cache
def load_workflow() -> Workflow:
    text = files("werkbrug.data").joinpath("sroi_workflow.toml").read_text("utf-8")
    return parse_workflow(tomllib.loads(text))
