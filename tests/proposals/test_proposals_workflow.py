"""The proposal workflow: allowed and refused transitions, requirements, history, placing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from werkbrug.domain.errors import DomainValidationError, VersionConflict
from werkbrug.matching import proposals
from werkbrug.matching.models import MatchProposal, ProposalEvent
from werkbrug.matching.proposals import TransitionRefused, TransitionRequest
from werkbrug.matching.workflow import load_workflow, parse_workflow
from werkbrug.registry.models import Placement

pytestmark = pytest.mark.django_db


def _move(proposal: Any, to: str, actor: Any = None, **extra: Any) -> MatchProposal:
    current = MatchProposal.objects.get(pk=proposal.pk)
    return proposals.transition(proposal.pk, TransitionRequest(to=to, version=current.version, **extra), actor)


def test_the_workflow_file_is_consistent_and_bilingual() -> None:
    flow = load_workflow()
    assert flow.initial == "proposed"
    assert flow.allowed_from("proposed") == ["introduced", "declined"]
    assert flow.allowed_from("placed") == [] and flow.allowed_from("declined") == []
    assert set(flow.open_states()) == {"proposed", "introduced", "trial_placement"}
    assert all(s.label.nl and s.label.en and s.label.nl != s.label.en for s in flow.states.values())
    assert "candidate_consent" in flow.transition("proposed", "introduced").requires  # type: ignore[union-attr]
    assert {"candidate_declined", "employer_declined", "other"} <= set(flow.reasons)


def test_a_workflow_naming_an_unknown_state_is_refused() -> None:
    raw = {"initial": "proposed", "version": "x", "valid_from": "2026-01-01", "source": "test",
           "states": {"proposed": {"open": True, "label_nl": "a", "label_en": "b"}},
           "transitions": [{"from": ["proposed"], "to": "hired", "label_nl": "a", "label_en": "b"}],
           "reasons": {}}
    with pytest.raises(ValueError, match="unknown state"):
        parse_workflow(raw)


def test_the_full_path_to_placed_keeps_history_and_creates_a_placement(
        proposal: Any, consultant: Any, region: dict[str, Any]) -> None:
    assert proposal.status == "proposed" and proposal.version == 1
    _move(proposal, "introduced", consultant, consent=True, consent_date=date(2026, 3, 3), note="gebeld")
    _move(proposal, "trial_placement", consultant)
    placed = _move(proposal, "placed", consultant, placement_kind="dienstverband", start_date=date(2026, 4, 1))
    assert placed.status == "placed" and placed.version == 4
    placement = Placement.objects.get(pk=placed.placement_id)
    assert (placement.candidate_id, placement.work_id, placement.kind) == (
        region["anna"].pk, region["work"].pk, "dienstverband")
    assert placement.employer_of_record == region["employer"] and placement.hours_per_week == Decimal("20")
    assert placement.start_date == date(2026, 4, 1)
    events = list(ProposalEvent.objects.filter(proposal=proposal).order_by("id"))
    assert [(e.from_status, e.to_status) for e in events] == [
        ("", "proposed"), ("proposed", "introduced"), ("introduced", "trial_placement"),
        ("trial_placement", "placed")]
    assert events[0].actor is None and all(e.actor == consultant for e in events[1:])
    assert (events[1].consent, events[1].consent_date, events[1].note) == (True, date(2026, 3, 3), "gebeld")
    assert events[2].consent is None and events[3].placement == placement


def test_introduction_requires_recorded_consent(proposal: Any) -> None:
    for consent in (None, False):
        with pytest.raises(DomainValidationError) as refused:
            _move(proposal, "introduced", consent=consent)
        assert [(i.field, i.code) for i in refused.value.issues] == [("consent", "consent_required")]
        assert "toestemming" in refused.value.issues[0].message.nl
        assert "consent" in refused.value.issues[0].message.en
    fresh = MatchProposal.objects.get(pk=proposal.pk)
    assert (fresh.status, fresh.version, fresh.events.count()) == ("proposed", 1, 1)


def test_a_step_outside_the_workflow_is_refused_in_both_languages(proposal: Any) -> None:
    with pytest.raises(TransitionRefused) as refused:
        _move(proposal, "placed", placement_kind="dienstverband")
    assert "'Voorgesteld' kan niet naar 'Geplaatst'" in refused.value.message.nl
    assert "cannot move to 'Placed'" in refused.value.message.en
    assert refused.value.allowed == ["introduced", "declined"]
    assert not Placement.objects.exists()
    with pytest.raises(DomainValidationError) as unknown:
        _move(proposal, "hired")
    assert unknown.value.issues[0].field == "to"


def test_declining_needs_a_reason_code_and_is_final(proposal: Any) -> None:
    with pytest.raises(DomainValidationError) as missing:
        _move(proposal, "declined")
    assert [(i.field, i.code) for i in missing.value.issues] == [("reason", "required")]
    with pytest.raises(DomainValidationError) as unknown:
        _move(proposal, "declined", reason="te_duur")
    assert [(i.field, i.code) for i in unknown.value.issues] == [("reason", "unknown_code")]
    declined = _move(proposal, "declined", reason="candidate_declined", note="wil liever buiten werken")
    assert declined.status == "declined"
    assert declined.events.last().reason == "candidate_declined"  # type: ignore[union-attr]
    with pytest.raises(TransitionRefused) as final:
        _move(proposal, "introduced", consent=True)
    assert "geen (eindstatus)" in final.value.message.nl and final.value.allowed == []


def test_a_stale_version_is_refused_and_changes_nothing(proposal: Any) -> None:
    _move(proposal, "introduced", consent=True)
    with pytest.raises(VersionConflict) as stale:
        proposals.transition(proposal.pk, TransitionRequest(to="declined", version=1, reason="other"))
    assert (stale.value.expected, stale.value.current) == (1, 2)
    assert MatchProposal.objects.get(pk=proposal.pk).status == "introduced"


def test_placing_a_detachering_credits_the_inlener(proposal: Any, region: dict[str, Any]) -> None:
    _move(proposal, "introduced", consent=True)
    placed = _move(proposal, "placed", placement_kind="detachering", employer_of_record=region["sob"].pk,
                   inlener=region["employer"].pk, hours_per_week=Decimal("16"))
    placement = placed.placement
    assert placement.employer_of_record == region["sob"] and placement.credited_employer == region["employer"]
    assert placement.hours_per_week == Decimal("16")


def test_placing_needs_a_kind_and_valid_organisations(proposal: Any) -> None:
    _move(proposal, "introduced", consent=True)
    with pytest.raises(DomainValidationError) as no_kind:
        _move(proposal, "placed")
    assert no_kind.value.issues[0].field == "placement_kind"
    with pytest.raises(DomainValidationError) as unknown:
        _move(proposal, "placed", placement_kind="dienstverband", inlener=999999)
    assert [(i.field, i.code) for i in unknown.value.issues] == [("inlener", "unknown_reference")]
    with pytest.raises(DomainValidationError) as hours:
        _move(proposal, "placed", placement_kind="dienstverband", hours_per_week=Decimal("99"))
    assert hours.value.issues[0].field == "hours_per_week"
    fresh = MatchProposal.objects.get(pk=proposal.pk)
    assert fresh.status == "introduced" and not Placement.objects.exists()
