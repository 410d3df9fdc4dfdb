"""/api/v1/proposals/ and /api/v1/match/runs/: list, filter, get, transition with versions."""

from __future__ import annotations

from typing import Any

import pytest
from proposal_builders import REGION, TODAY

from werkbrug.matching import runs
from werkbrug.registry.models import Placement

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def _transition(api: Any, proposal_id: int, language: str = "nl", **body: Any) -> Any:
    return api.post(f"/api/v1/proposals/{proposal_id}/transition/", body, format="json",
                    HTTP_ACCEPT_LANGUAGE=language)


def test_list_filter_and_get(api: Any, region: dict[str, Any], proposal: Any) -> None:
    runs.recommend_and_save(work="PB-W1", today=TODAY)  # adds bram's proposal (anna's is open)
    listed = api.get("/api/v1/proposals/", {"ordering": "id"}).json()
    assert listed["count"] == 2
    assert [r["candidate_key"] for r in listed["results"]] == ["PB-C1", "PB-C2"]
    only = api.get("/api/v1/proposals/", {"candidate": region["bram"].pk}).json()["results"]
    assert [r["candidate"] for r in only] == [region["bram"].pk]
    assert api.get("/api/v1/proposals/", {"status": "placed"}).json()["count"] == 0
    assert api.get("/api/v1/proposals/", {"run": proposal.run_id}).json()["count"] == 1
    bad = api.get("/api/v1/proposals/", {"status": "hired"}).json()
    assert bad["invalid_params"][0]["name"] == "status"
    detail = api.get(f"/api/v1/proposals/{proposal.pk}/")
    assert detail["ETag"] == '"1"'
    body = detail.json()
    assert (body["status"], body["status_label_nl"], body["next"]) == ("proposed", "Voorgesteld",
                                                                      ["introduced", "declined"])
    assert body["explanation"]["summary_en"] == "fits" and body["events"][0]["to_status"] == "proposed"


def test_transitions_through_the_api(api: Any, consultant: Any, region: dict[str, Any], proposal: Any) -> None:
    url = proposal.pk
    introduced = _transition(api, url, to="introduced", version=1, consent=True, note="akkoord per telefoon")
    assert introduced.status_code == 200, introduced.content
    assert introduced["ETag"] == '"2"' and introduced.json()["status"] == "introduced"
    event = introduced.json()["events"][-1]
    assert (event["consent"], event["actor"], event["note"]) == (True, consultant.pk, "akkoord per telefoon")
    assert event["consent_date"] is not None
    placed = api.post(f"/api/v1/proposals/{url}/transition", {"to": "placed", "placement_kind": "dienstverband",
                                                                "start_date": "2026-04-01"},
                      format="json", HTTP_IF_MATCH='"2"')
    assert placed.status_code == 200, placed.content
    placement = Placement.objects.get(pk=placed.json()["placement"])
    assert placement.candidate == region["anna"] and str(placement.start_date) == "2026-04-01"
    assert [e["to_status"] for e in placed.json()["events"]] == ["proposed", "introduced", "placed"]


def test_refusals_and_conflicts(api: Any, proposal: Any) -> None:
    no_version = _transition(api, proposal.pk, to="declined", reason="other")
    assert no_version.status_code == 428
    no_consent = _transition(api, proposal.pk, to="introduced", version=1)
    assert no_consent.status_code == 400
    assert [(p["name"], p["code"]) for p in no_consent.json()["invalid_params"]] == [("consent", "consent_required")]
    refused = _transition(api, proposal.pk, to="placed", version=1, placement_kind="stage", language="en")
    assert refused.status_code == 409 and refused["Content-Type"] == "application/problem+json"
    problem = refused.json()
    assert problem["type"] == "urn:werkbrug:problem:transition-refused"
    assert "cannot move to 'Placed'" in problem["detail"] and "kan niet naar 'Geplaatst'" in problem["detail_nl"]
    assert _transition(api, proposal.pk, to="declined", version=1, reason="work_filled").status_code == 200
    stale = _transition(api, proposal.pk, to="declined", version=1, reason="other")
    assert stale.status_code == 409 and stale.json()["type"] == "urn:werkbrug:problem:version-conflict"
    assert api.get(f"/api/v1/proposals/{proposal.pk}/").json()["version"] == 2
    assert _transition(api, 999999, to="declined", version=1).status_code == 404


def test_runs_and_the_workflow(api: Any, proposal: Any) -> None:
    listed = api.get("/api/v1/match/runs/").json()
    [run] = listed["results"]
    assert (run["kind"], run["region"], run["proposals_count"]) == ("assign", REGION, 1)
    detail = api.get(f"/api/v1/match/runs/{run['id']}/").json()
    assert detail["input_hash"] == run["input_hash"] and detail["parameters_version"]
    assert api.get("/api/v1/match/runs/", {"kind": "recommend"}).json()["count"] == 0
    flow = api.get("/api/v1/proposals/workflow/").json()
    assert flow["initial"] == "proposed"
    assert {"from_states": ["proposed"], "to": "introduced", "requires": ["candidate_consent"]}.items() <= \
        next(t for t in flow["transitions"] if t["to"] == "introduced").items()
    assert "candidate_declined" in {r["code"] for r in flow["reasons"]}
