"""The loonwaarde API: who may record, read and finalise; an employer sees only a final percentage."""

from __future__ import annotations

import pytest
from loonwaarde_builders import people, placement_world, record, with_zienswijzen

from werkbrug.loonwaarde import services
from werkbrug.registry.models import Candidate
from werkbrug.security.models import AuditEvent
from werkbrug.security.testing import session_client

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.fixture
def world() -> dict[str, object]:
    made = placement_world()
    made["users"] = people(made)
    return made


def test_the_consultant_records_a_draft_and_reads_the_full_report_with_an_audit_row(world: dict) -> None:
    client = session_client(world["users"]["consultant"])
    made = client.post("/api/v1/loonwaarde/", record(placement=world["placement"].pk), format="json")
    assert made.status_code == 201, made.content
    body = made.json()
    assert (body["loonwaarde_pct"], body["status"], body["rule"]["name"]) == (
        75, "draft", "time_share_x_tempo_x_kwaliteit_x_netto_werktijd")
    assert "college" in body["notice"]["en"]
    assert len(body["final_blocked_by"]) == 2
    shown = client.get(f"/api/v1/loonwaarde/{body['id']}/")
    assert shown.status_code == 200 and shown.json()["hoofdtaken"][0]["name"] == "inpakken"
    assert AuditEvent.objects.filter(object_type="loonwaarde", action="read", object_id=str(body["id"])).exists()


def test_a_bad_measurement_is_a_400_naming_each_field(world: dict) -> None:
    bad = record(placement=world["placement"].pk)
    bad["hoofdtaken"] = bad["hoofdtaken"] * 3  # six hoofdtaken, the shares no longer add up
    answer = session_client(world["users"]["consultant"]).post("/api/v1/loonwaarde/", bad, format="json")
    assert answer.status_code == 400
    names = {p["name"] for p in answer.json()["invalid_params"]}
    assert "hoofdtaken" in names
    assert any("at most 5" in p["reason_en"] for p in answer.json()["invalid_params"])


def test_finalising_is_refused_until_both_zienswijzen_then_allowed(world: dict) -> None:
    client = session_client(world["users"]["consultant"])
    row = services.save_measurement(world["placement"], record())
    refused = client.post(f"/api/v1/loonwaarde/{row.pk}/finalise/")
    assert refused.status_code == 400
    assert any("zienswijze" in p["reason_en"] for p in refused.json()["invalid_params"])
    changed = client.put(f"/api/v1/loonwaarde/{row.pk}/", with_zienswijzen() | {"version": 1}, format="json")
    assert changed.status_code == 200 and changed.json()["version"] == 2
    stale = client.put(f"/api/v1/loonwaarde/{row.pk}/", with_zienswijzen() | {"version": 1}, format="json")
    assert stale.status_code == 409
    final = client.post(f"/api/v1/loonwaarde/{row.pk}/finalise/")
    assert final.status_code == 200 and final.json()["status"] == "final"


def test_an_employer_sees_only_the_final_percentage_of_their_own_placement(world: dict) -> None:
    client = session_client(world["users"]["employer_hr"])
    draft = services.save_measurement(world["placement"], with_zienswijzen())
    assert client.get(f"/api/v1/loonwaarde/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v1/loonwaarde/?placement={world['placement'].pk}").json() == {"results": []}
    services.finalise(draft)
    shown = client.get(f"/api/v1/loonwaarde/{draft.pk}/").json()
    assert shown["loonwaarde_pct"] == 75
    assert not {"hoofdtaken", "deskundige", "zienswijzen", "normfunctie"} & set(shown)
    assert client.get(f"/api/v1/loonwaarde/{draft.pk}/pdf/").status_code == 403
    assert client.put(f"/api/v1/loonwaarde/{draft.pk}/", with_zienswijzen(), format="json").status_code == 403


def test_the_jobcoach_reads_but_does_not_write_and_others_are_refused(world: dict) -> None:
    row = services.save_measurement(world["placement"], with_zienswijzen())
    Candidate.objects.filter(pk=world["candidate"].pk).update(consultant=world["users"]["jobcoach"])
    coach = session_client(world["users"]["jobcoach"])
    assert coach.get(f"/api/v1/loonwaarde/{row.pk}/").status_code == 200
    assert coach.post(f"/api/v1/loonwaarde/{row.pk}/finalise/").status_code == 403
    for role in ("colleague", "inkoper"):
        assert session_client(world["users"][role]).get(f"/api/v1/loonwaarde/{row.pk}/").status_code == 403


def test_the_pdf_download_is_a_pdf(world: dict) -> None:
    row = services.save_measurement(world["placement"], record())
    answer = session_client(world["users"]["consultant"]).get(f"/api/v1/loonwaarde/{row.pk}/pdf/")
    assert answer.status_code == 200 and answer["Content-Type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF")
