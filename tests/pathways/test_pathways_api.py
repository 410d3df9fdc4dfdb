"""The pathways API: outcomes are aggregates for the analyst, a candidate's pathways only for their
caseload; a refused transition is a 400 naming the rule; reminders on a given day."""

from typing import Any

import pytest
from pathways_world import build

from werkbrug.security.models import AuditEvent
from werkbrug.security.testing import session_client

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.fixture
def world(registry_base: dict[str, Any]) -> dict[str, Any]:
    return build(registry_base)


def test_outcomes_are_aggregates_for_the_analyst(world: dict[str, Any]) -> None:
    answer = session_client(world["analyst"]).get("/api/v1/pathways/outcomes/?as_of=2025-12-31&years=2")
    body = answer.json()
    assert answer.status_code == 200 and body["as_of"] == "2025-12-31"
    rows = [r for r in body["doorstroom"] if (r["period"], r["source"], r["region"]) == ("2025", "dagbesteding", "")]
    # a cohort of one person is not published (small-count suppression, docs/pathways.md)
    assert [(r["target"], r["cohort"], r["moved"], r.get("suppressed")) for r in rows] == [("werk", None, None, True)]
    assert body["small_counts_hidden_below"] == 5
    assert {r["period"] for r in body["doorstroom"]} == {"2024", "2025"}
    assert body["survival"]["placements"] == 1 and len(body["survival_by_month"]) == 25
    assert "Sanne" not in answer.content.decode() and "cand-1" not in answer.content.decode()
    assert session_client(world["analyst"]).get("/api/v1/pathways/outcomes/?mode=x").status_code == 400
    assert session_client(world["coach"]).get("/api/v1/pathways/outcomes/").status_code == 403


def test_candidate_pathways_for_the_caseload_only(world: dict[str, Any]) -> None:
    coach = session_client(world["coach"])
    mine = coach.get(f"/api/v1/pathways/candidates/{world['mine'].pk}/").json()
    assert [p["situation"] for p in mine["trajectory"]] == ["dagbesteding", "proefplaatsing"]
    assert mine["followup"][0]["planned_on"] == "2025-03-10" and mine["learning_routes"] == []
    assert AuditEvent.objects.filter(object_type="pathways", subject_id=world["mine"].pk).exists()
    assert coach.get(f"/api/v1/pathways/candidates/{world['theirs'].pk}/").status_code == 403
    assert session_client(world["analyst"]).get(f"/api/v1/pathways/candidates/{world['mine'].pk}/").status_code == 403


def test_transitions_and_contacts(world: dict[str, Any]) -> None:
    coach = session_client(world["coach"])
    url = f"/api/v1/pathways/candidates/{world['mine'].pk}/"
    refused = coach.post(url + "transitions/", {"situation": "sw_dienstverband", "start_date": "2025-05-01"},
                         format="json")
    assert refused.status_code == 400 and "transition_not_allowed" in refused.content.decode()
    ok = coach.post(url + "transitions/", {"situation": "banenafspraak_baan", "start_date": "2025-05-01",
                                           "support": {"jobcoach": True}}, format="json")
    assert ok.status_code == 201 and ok.json()["transition_kind"] == "forward"
    planned = coach.get(url).json()["followup"][0]["id"]
    held = coach.post(url + "contacts/", {"kind": "contact", "held_on": "2025-03-11", "contact": planned,
                                          "outcome": "attention"}, format="json")
    assert held.status_code == 201 and held.json()["id"] == planned


def test_reminders_on_a_given_day(world: dict[str, Any]) -> None:
    body = session_client(world["coach"]).get("/api/v1/pathways/reminders/?date=2025-03-11").json()
    assert [(r["state"], r["days"], r["candidate"]) for r in body["reminders"]] == [
        ("overdue", 1, world["mine"].pk)]
    assert session_client(world["colleague"]).get(
        "/api/v1/pathways/reminders/?date=2025-03-11").json()["reminders"] == []
    assert session_client(world["analyst"]).get("/api/v1/pathways/reminders/").status_code == 403
