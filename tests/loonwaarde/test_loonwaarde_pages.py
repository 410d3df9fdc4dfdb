"""The loonwaarde pages: list, form (errors per field and in the summary), report, PDF, finalise;
and who is refused."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.test import Client
from loonwaarde_builders import people, placement_world, record, with_zienswijzen

from werkbrug.loonwaarde import services
from werkbrug.loonwaarde.models import LoonwaardeMeasurement

pytestmark = pytest.mark.django_db(databases=["default", "audit"])

VALID = {
    "measured_on": "01-05-2025", "reassess_on": "01-05-2026", "contract_hours": "32",
    "normfunctie_name": "productiemedewerker", "normfunctie_source": "cao Metaal",
    "t1_name": "inpakken", "t1_hours_per_week": "24", "t1_minutes_per_day": "360 360 360 360",
    "t1_norm_output": "80", "t1_measured_output": "70", "t1_kwaliteit": "100", "t1_netto_werktijd": "100",
    "t2_name": "stickeren", "t2_hours_per_week": "8", "t2_minutes_per_day": "120 120 120 120",
    "t2_tempo": "50", "t2_kwaliteit": "90", "t2_netto_werktijd": "80",
    "deskundige_name": "A. de Deskundige", "deskundige_degree": "hbo", "deskundige_years_experience": "5",
    "deskundige_knows_law": "on", "deskundige_keeps_current": "on",
    "employee_status": "pending", "employer_status": "pending",
}


def signed_in(user: Any) -> Client:
    from werkbrug.security.access import MFA_SESSION_KEY
    from werkbrug.security.middleware import LOGIN_AT, SEEN_AT

    client = Client()
    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = True
    session[LOGIN_AT] = session[SEEN_AT] = time.time()
    session.save()
    return client


@pytest.fixture
def world() -> dict[str, Any]:
    made = placement_world()
    made["users"] = people(made)
    return made


def test_the_form_saves_a_draft_and_shows_the_report_with_the_rule(world: dict) -> None:
    client = signed_in(world["users"]["consultant"])
    listed = client.get("/loonwaarde/")
    assert listed.status_code == 200 and f"/placements/{world['placement'].pk}/loonwaarde/new/" in listed.text
    answer = client.post(f"/placements/{world['placement'].pk}/loonwaarde/new/", VALID, follow=True)
    assert answer.status_code == 200
    row = LoonwaardeMeasurement.objects.get()
    assert row.loonwaarde_pct == 75 and row.status == "draft"
    assert "time_share_x_tempo_x_kwaliteit_x_netto_werktijd" in answer.text and "75%" in answer.text
    assert "college" in answer.text


def test_core_errors_show_at_their_field_and_in_the_summary(world: dict) -> None:
    client = signed_in(world["users"]["consultant"])
    bad = VALID | {"t2_minutes_per_day": "20 20 20 420", "t2_hours_per_week": "1"}
    answer = client.post(f"/placements/{world['placement'].pk}/loonwaarde/new/", bad)
    assert answer.status_code == 400
    assert 'id="error-summary"' in answer.text
    assert 'href="#id_t2_minutes_per_day"' in answer.text and 'id="id_t2_minutes_per_day_error"' in answer.text
    assert "href=\"#id_t2_hours_per_week\"" in answer.text
    assert not LoonwaardeMeasurement.objects.exists()


def test_finalise_is_refused_with_the_reason_then_allowed_and_the_pdf_downloads(world: dict) -> None:
    client = signed_in(world["users"]["consultant"])
    row = services.save_measurement(world["placement"], record())
    refused = client.post(f"/loonwaarde/{row.pk}/finalise/", follow=True)
    assert "zienswijze" in refused.text and LoonwaardeMeasurement.objects.get().status == "draft"
    edit = client.get(f"/loonwaarde/{row.pk}/edit/")
    assert edit.status_code == 200 and 'value="inpakken"' in edit.text
    changed = VALID | {"version": "1", "employee_status": "recorded", "employee_text": "Eens",
                       "employee_on": "08-05-2025", "employer_status": "waived", "employer_on": "08-05-2025"}
    assert client.post(f"/loonwaarde/{row.pk}/edit/", changed).status_code == 302
    final = client.post(f"/loonwaarde/{row.pk}/finalise/", follow=True)
    assert LoonwaardeMeasurement.objects.get().status == "final" and "Het rapport is definitief" in final.text
    pdf = client.get(f"/loonwaarde/{row.pk}/report.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert client.get(f"/loonwaarde/{row.pk}/edit/").status_code == 302  # final: back to the report


def test_pages_refuse_roles_without_the_health_class(world: dict) -> None:
    row = services.save_measurement(world["placement"], with_zienswijzen())
    for role in ("employer_hr", "inkoper", "colleague"):
        client = signed_in(world["users"][role])
        assert client.get(f"/loonwaarde/{row.pk}/").status_code == 403, role
        assert client.get(f"/loonwaarde/{row.pk}/report.pdf").status_code == 403, role
        assert client.post(f"/loonwaarde/{row.pk}/finalise/").status_code == 403, role
    assert signed_in(world["users"]["employer_hr"]).get("/loonwaarde/").status_code == 403
    assert signed_in(world["users"]["employer_hr"]).get("/income/").status_code == 403


def test_the_income_page_shows_the_months_the_flags_and_stores_nothing(world: dict) -> None:
    from werkbrug.security.models import AuditEvent

    client = signed_in(world["users"]["consultant"])
    assert client.get("/income/").status_code == 200
    before = (LoonwaardeMeasurement.objects.count(), AuditEvent.objects.count())
    answer = client.post("/income/", {"benefit": "bijstand", "household": "single", "age": "30", "hours": "16",
                                      "wage": "15", "start": "01-01-2026"})
    assert answer.status_code == 200
    text = answer.text
    assert "1568.06" in text and "1369.06" in text  # months 1-6 with vrijlating, then without (docs example)
    assert "ONBEVESTIGD" in text and "Dit is een schatting" in text and "Toeslagen" in text
    assert (LoonwaardeMeasurement.objects.count(), AuditEvent.objects.count()) == before
    english = client.post("/income/", {"benefit": "wajong", "household": "single", "age": "25", "hours": "20",
                                       "wage": "15", "start": "01-09-2025"}, HTTP_ACCEPT_LANGUAGE="en")
    assert english.status_code == 200


def test_the_income_page_names_a_bad_field(world: dict) -> None:
    client = signed_in(world["users"]["consultant"])
    answer = client.post("/income/", {"benefit": "bijstand", "household": "single", "age": "19", "hours": "16",
                                      "wage": "15", "start": "01-01-2026"})
    assert answer.status_code == 400 and 'href="#id_age"' in answer.text
