"""The match-proposal status workflow, read from data/proposal_workflow.toml (rules as data).

Pure Python: which states exist, which transitions are allowed from where, what each
requires, and the reason codes for declining — with Dutch and English labels."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from werkbrug.domain import workflow as rules
from werkbrug.domain.errors import Message

Transition = rules.Transition  # callers import it from here

REQUIREMENTS = ("candidate_consent", "reason", "placement")

_PROPOSAL = rules.Noun("een voorstel", "a proposal", none_nl="geen (eindstatus)", none_en="none (final status)")


@dataclass(frozen=True)
class State(rules.State):
    open: bool


@dataclass(frozen=True)
class Workflow(rules.WorkflowRules):
    states: dict[str, State]
    reasons: dict[str, Message]

    def open_states(self) -> list[str]:
        return [code for code, state in self.states.items() if state.open]

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.header_dict(),
            "states": [{"code": s.code, "label_nl": s.label.nl, "label_en": s.label.en, "open": s.open,
                        "next": self.allowed_from(s.code)} for s in self.states.values()],
            "transitions": self.transitions_dict(),
            "reasons": [{"code": code, "label_nl": m.nl, "label_en": m.en} for code, m in self.reasons.items()],
        }


def parse_workflow(raw: dict[str, Any]) -> Workflow:
    """Check the file's consistency: every transition names known states and requirements."""
    states = {code: State(code, rules.label(s), bool(s["open"])) for code, s in raw["states"].items()}
    transitions = rules.parse_transitions(raw, states, REQUIREMENTS, "proposal workflow")
    return Workflow(*rules.header(raw), states, transitions, {code: rules.label(r) for code, r in raw["reasons"].items()})


def refusal_message(workflow: Workflow, current: str, target: str) -> tuple[Message, list[str]]:
    """Why a proposal cannot move from ``current`` to ``target``, and where it can go instead."""
    return rules.refusal(workflow, current, target, _PROPOSAL)


@cache
def load_workflow() -> Workflow:
    return parse_workflow(rules.read("proposal_workflow.toml"))
