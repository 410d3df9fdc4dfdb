"""The shared core of a status workflow read from a data file (rules as data).

Pure Python, no Django: a workflow's header (version, valid_from, source, initial state), its
transitions, which move is allowed from where, and the bilingual refusal naming the possible next
states. Each area (matching, sroi) adds its own state fields and loads its own TOML file."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Message


@dataclass(frozen=True)
class State:
    """What every state has; subclasses add what their area asks of a state."""

    code: str
    label: Message


@dataclass(frozen=True)
class Transition:
    sources: tuple[str, ...]
    target: str
    requires: tuple[str, ...]
    label: Message


@dataclass(frozen=True)
class WorkflowRules:
    """What every workflow has; subclasses add their own fields after ``transitions``."""

    version: str
    valid_from: str
    source: str
    initial: str
    states: Mapping[str, State]
    transitions: tuple[Transition, ...]

    def transition(self, source: str, target: str) -> Transition | None:
        return next((t for t in self.transitions if t.target == target and source in t.sources), None)

    def allowed_from(self, source: str) -> list[str]:
        return [t.target for t in self.transitions if source in t.sources]

    def header_dict(self) -> dict[str, Any]:
        return {"version": self.version, "valid_from": self.valid_from, "source": self.source,
                "initial": self.initial}

    def transitions_dict(self) -> list[dict[str, Any]]:
        return [{"from_states": list(t.sources), "to": t.target, "requires": list(t.requires),
                 "label_nl": t.label.nl, "label_en": t.label.en} for t in self.transitions]


def read(filename: str) -> dict[str, Any]:
    """The parsed TOML data file ``filename`` in werkbrug/data."""
    return tomllib.loads(files("werkbrug.data").joinpath(filename).read_text("utf-8"))


def label(raw: Mapping[str, Any]) -> Message:
    return Message(str(raw["label_nl"]), str(raw["label_en"]))


def header(raw: Mapping[str, Any]) -> tuple[str, str, str, str]:
    """version, valid_from, source and initial state, in the order WorkflowRules takes them."""
    return str(raw["version"]), str(raw["valid_from"]), str(raw["source"]), str(raw["initial"])


def parse_transitions(raw: Mapping[str, Any], states: Mapping[str, Any], requirements: tuple[str, ...],
                      name: str) -> tuple[Transition, ...]:
    """Check the file's consistency: transitions name known states and known requirements.

    ``name`` says which workflow file is wrong (e.g. "sroi workflow") in the ValueError."""
    transitions = tuple(Transition(tuple(t["from"]), str(t["to"]), tuple(t.get("requires", ())), label(t))
                        for t in raw["transitions"])
    for t in transitions:
        unknown = [s for s in (*t.sources, t.target) if s not in states]
        if unknown:
            raise ValueError(f"{name}: unknown state(s) {unknown}")
        if set(t.requires) - set(requirements):
            raise ValueError(f"{name}: unknown requirement(s) {set(t.requires) - set(requirements)}")
    if raw["initial"] not in states:
        raise ValueError(f"{name}: the initial state is not a state")
    return transitions


@dataclass(frozen=True)
class Noun:
    """How a refusal names the thing that moves, and what it says when no move is left."""

    nl: str
    en: str
    none_nl: str = "geen"
    none_en: str = "none"


def refusal(workflow: WorkflowRules, current: str, target: str, noun: Noun) -> tuple[Message, list[str]]:
    """The bilingual 'cannot move from here to there; possible: …' message and the allowed targets."""
    allowed = workflow.allowed_from(current)
    here, there = workflow.states[current].label, workflow.states[target].label
    names_nl = ", ".join(workflow.states[a].label.nl for a in allowed) or noun.none_nl
    names_en = ", ".join(workflow.states[a].label.en for a in allowed) or noun.none_en
    return Message(
        f"{noun.nl} met status '{here.nl}' kan niet naar '{there.nl}'; mogelijk: {names_nl}",
        f"{noun.en} with status '{here.en}' cannot move to '{there.en}'; possible: {names_en}"), allowed
