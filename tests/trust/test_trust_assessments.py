"""Beoordelingspunten must be judged in writing before a proposal moves to introduced."""

from __future__ import annotations

from typing import Any

import pytest
from trust_builders import REGION, TODAY

from werkbrug.domain.errors import DomainValidationError
from werkbrug.matching import proposals, runs
from werkbrug.trust import services
from werkbrug.trust.models import Assessment

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
MOTIVATION = "Tilt 5 kg bij 5,5 kg belastbaarheid; besproken met bedrijfsarts, tilhulp aanwezig."


def _bram_proposal() -> Any:
    _, run = runs.recommend_and_save(work="TR-W1", top=2, today=TODAY)
    return run.proposals.get(candidate__external_key="TR-C2")


def _introduce(proposal: Any, user: Any) -> Any:
    return proposals.transition(proposal.pk, proposals.TransitionRequest(
        to="introduced", version=proposal.version, consent=True), actor=user)


def test_introduction_is_refused_until_every_point_is_assessed(region: dict[str, Any], consultant: Any) -> None:
    proposal = _bram_proposal()
    with pytest.raises(DomainValidationError) as refused:
        _introduce(proposal, consultant)
    [issue] = refused.value.issues
    assert issue.code == "assessment_required" and "IV.12|inpakken" in issue.message.nl
    assert "not been assessed" in issue.message.en
    with pytest.raises(DomainValidationError, match="motivation"):
        services.record_assessment(region["bram"], region["work"], "IV.12|inpakken", "acceptable", "ok", consultant)
    with pytest.raises(DomainValidationError, match="not a beoordelingspunt"):
        services.record_assessment(region["bram"], region["work"], "I.1|inpakken", "acceptable", MOTIVATION,
                                   consultant)
    services.record_assessment(region["bram"], region["work"], "IV.12|inpakken", "not_acceptable", MOTIVATION,
                               consultant, proposal)
    with pytest.raises(DomainValidationError, match="not acceptable"):
        _introduce(proposal, consultant)
    services.record_assessment(region["bram"], region["work"], "IV.12|inpakken", "acceptable", MOTIVATION,
                               consultant, proposal)
    assert _introduce(proposal, consultant).status == "introduced"
    saved = Assessment.objects.filter(proposal=proposal).order_by("id").last()
    assert saved is not None and (saved.assessed_by, saved.rule, saved.points_version) == (consultant, "margin",
                                                                                           "2026.1")


def test_a_pair_without_points_is_introduced_directly(region: dict[str, Any], consultant: Any) -> None:
    _, run = runs.assign_and_save(REGION, today=TODAY)
    proposal = run.proposals.get()
    assert proposal.candidate.external_key == "TR-C1"
    assert _introduce(proposal, consultant).status == "introduced"


def test_assessments_through_the_api(api: Any, region: dict[str, Any]) -> None:
    proposal = _bram_proposal()
    url = f"/api/v1/proposals/{proposal.pk}/transition/"
    refused = api.post(url, {"to": "introduced", "version": 1, "consent": True}, format="json")
    assert refused.status_code == 400
    assert refused.json()["invalid_params"][0]["name"] == "beoordelingspunten"
    ids = {"candidate": region["bram"].pk, "work": region["work"].pk}
    status = api.get("/api/v1/trust/assessments/", ids).json()
    assert [(p["key"], p["assessment"]) for p in status["points"]] == [("IV.12|inpakken", None)]
    made = api.post("/api/v1/trust/assessments/", ids | {"point": "IV.12|inpakken", "judgement": "acceptable",
                                                         "motivation": MOTIVATION, "proposal": proposal.pk},
                    format="json")
    assert made.status_code == 201, made.content
    assert api.post(url, {"to": "introduced", "version": 1, "consent": True}, format="json").status_code == 200
