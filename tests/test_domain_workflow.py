"""The shared, pure workflow core: transitions, next states and the bilingual refusal."""

from __future__ import annotations

import pytest

from werkbrug.domain.errors import Message
from werkbrug.domain.workflow import (
    Noun,
    State,
    WorkflowRules,
    header,
    label,
    parse_transitions,
    refusal,
)


def _raw() -> dict:
    return {
        "version": "1", "valid_from": "2026-01-01", "source": "test", "initial": "draft",
        "states": {"draft": {"label_nl": "concept", "label_en": "draft"},
                   "sent": {"label_nl": "verstuurd", "label_en": "sent"},
                   "closed": {"label_nl": "gesloten", "label_en": "closed"}},
        "transitions": [{"from": ["draft"], "to": "sent", "label_nl": "versturen", "label_en": "send"},
                        {"from": ["draft", "sent"], "to": "closed", "requires": ["reason"],
                         "label_nl": "sluiten", "label_en": "close"}],
    }


def _workflow(raw: dict | None = None) -> WorkflowRules:
    raw = raw or _raw()
    states = {code: State(code, label(s)) for code, s in raw["states"].items()}
    return WorkflowRules(*header(raw), states, parse_transitions(raw, states, ("reason",), "test workflow"))


def test_an_allowed_transition_is_found_with_its_requirements():
    step = _workflow().transition("draft", "closed")
    assert step is not None
    assert step.requires == ("reason",)
    assert step.label == Message("sluiten", "close")


def test_next_states_follow_the_file_order():
    assert _workflow().allowed_from("draft") == ["sent", "closed"]
    assert _workflow().allowed_from("closed") == []


def test_a_refused_transition_names_the_possible_next_states_in_both_languages():
    workflow = _workflow()
    assert workflow.transition("sent", "draft") is None
    message, allowed = refusal(workflow, "sent", "draft", Noun("een brief", "a letter"))
    assert allowed == ["closed"]
    assert message.nl == "een brief met status 'verstuurd' kan niet naar 'concept'; mogelijk: gesloten"
    assert message.en == "a letter with status 'sent' cannot move to 'draft'; possible: closed"


def test_a_refusal_from_a_final_state_says_none_is_possible():
    message, allowed = refusal(_workflow(), "closed", "sent", Noun("een brief", "a letter", "geen (eind)", "none (end)"))
    assert allowed == []
    assert message.nl.endswith("mogelijk: geen (eind)")
    assert message.en.endswith("possible: none (end)")


def test_an_unknown_state_has_no_transitions():
    workflow = _workflow()
    assert workflow.transition("lost", "sent") is None
    assert workflow.allowed_from("lost") == []


def test_a_transition_to_an_unknown_state_is_refused_when_the_file_is_read():
    raw = _raw()
    raw["transitions"].append({"from": ["sent"], "to": "lost", "label_nl": "kwijt", "label_en": "lost"})
    with pytest.raises(ValueError, match=r"test workflow: unknown state\(s\) \['lost'\]"):
        _workflow(raw)


def test_an_unknown_requirement_or_initial_state_is_refused():
    raw = _raw()
    raw["transitions"][0]["requires"] = ["signature"]
    with pytest.raises(ValueError, match="unknown requirement"):
        _workflow(raw)
    raw = _raw()
    raw["initial"] = "lost"
    with pytest.raises(ValueError, match="the initial state is not a state"):
        _workflow(raw)


def test_the_header_and_transitions_serialise_for_the_api():
    workflow = _workflow()
    assert workflow.header_dict() == {"version": "1", "valid_from": "2026-01-01", "source": "test",
                                      "initial": "draft"}
    assert workflow.transitions_dict()[1] == {"from_states": ["draft", "sent"], "to": "closed",
                                              "requires": ["reason"], "label_nl": "sluiten", "label_en": "close"}


def test_the_area_data_files_are_read_as_dicts():
    from werkbrug.domain.workflow import read

    for name in ("proposal_workflow.toml", "sroi_workflow.toml"):
        raw = read(name)
        assert raw["initial"] in raw["states"] and raw["transitions"]
