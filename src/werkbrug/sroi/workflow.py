"""The fulfilment-entry workflow, read from data/sroi_workflow.toml (rules as data).

Pure Python: states (whether an entry in it counts as realised, as verified, may be edited),
allowed transitions and what each requires, with Dutch and English labels."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from werkbrug.domain import workflow as rules
from werkbrug.domain.errors import Message

Transition = rules.Transition  # callers import it from here

REQUIREMENTS = ("reason",)

_ENTRY = rules.Noun("een opgave", "an entry")


@dataclass(frozen=True)
class State(rules.State):
    counts: bool
    verified: bool
    editable: bool


@dataclass(frozen=True)
class Workflow(rules.WorkflowRules):
    states: dict[str, State]

    def counting_states(self) -> list[str]:
        return [s.code for s in self.states.values() if s.counts]

    def verified_states(self) -> list[str]:
        return [s.code for s in self.states.values() if s.verified]

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.header_dict(),
            "states": [{"code": s.code, "label_nl": s.label.nl, "label_en": s.label.en, "counts": s.counts,
                        "verified": s.verified, "editable": s.editable, "next": self.allowed_from(s.code)}
                       for s in self.states.values()],
            "transitions": self.transitions_dict(),
        }


def refusal_message(workflow: Workflow, current: str, target: str) -> tuple[Message, list[str]]:
    """Why an entry cannot move from ``current`` to ``target``, and where it can go instead."""
    return rules.refusal(workflow, current, target, _ENTRY)


def parse_workflow(raw: dict[str, Any]) -> Workflow:
    """Check the file's consistency: transitions name known states and known requirements."""
    states = {code: State(code, rules.label(s), bool(s["counts"]), bool(s["verified"]), bool(s["editable"]))
              for code, s in raw["states"].items()}
    return Workflow(*rules.header(raw), states, rules.parse_transitions(raw, states, REQUIREMENTS, "sroi workflow"))


@cache
def load_workflow() -> Workflow:
    return parse_workflow(rules.read("sroi_workflow.toml"))
