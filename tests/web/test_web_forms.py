"""Register and edit a candidate (FML editor, error summary, optimistic locking) and record a placement."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def new_candidate_data(**overrides: str) -> dict[str, str]:
    from web_builders import valid_bsn

    data = {"given_name": "Noor", "family_name": "Visser", "bsn": valid_bsn(77), "date_of_birth": "31-01-1990",
            "gender": "v", "postcode": "2311 AB", "situation": "uitkering", "benefit": "bijstand",
            "wish_hours_min": "16", "wish_hours_max": "32", "max_travel_km": "25",
            "visible_by_candidate": "on", "visible_by_consultant": "on"}
    from werkbrug.domain.fml import load_catalogue

    for item in load_catalogue().items.values():
        data["fml_" + item.code.replace(".", "_")] = "0"
    data.update(overrides)
    return data


def test_edit_form_shows_the_fml_editor(consultant_client: Client, world: dict[str, Any]) -> None:
    candidate = world["mine"][0]
    response = consultant_client.get(reverse("web:candidate-edit", args=[candidate.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count('class="utrecht-form-fieldset web-fml-rubriek"') == 6
    assert 'name="fml_IV_12" value="1"' in body and 'id="id_fml_IV_12_value"' in body
    assert 'value="10.0"' in body or 'value="10"' in body  # the stored limit
    assert candidate.bsn not in body


def test_register_a_candidate_puts_them_in_my_caseload(consultant_client: Client, world: dict[str, Any]) -> None:
    from werkbrug.registry.models import Candidate

    data = new_candidate_data(fml_IV_12="1", fml_IV_12_value="7.5", fml_I_1="2")
    response = consultant_client.post(reverse("web:candidate-new"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    candidate = Candidate.objects.get(family_name="Visser")
    assert candidate.consultant == world["consultant"]
    assert candidate.fml_profile == {"I.1": {"level": 2}, "IV.12": {"level": 1, "value": 7.5}}
    assert candidate.place == "Leiden" and candidate.arbeidsmarktregio
    assert response["Location"] == reverse("web:candidate", args=[candidate.pk])


def test_form_errors_are_summarised_and_linked(consultant_client: Client, world: dict[str, Any]) -> None:
    data = new_candidate_data(bsn="123456789", postcode="", fml_IV_12_value="5")
    response = consultant_client.post(reverse("web:candidate-new"), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert 'id="error-summary"' in body and "autofocus" in body
    assert 'href="#id_bsn"' in body and 'href="#id_postcode"' in body and 'href="#id_fml_IV_12_value"' in body
    assert 'aria-describedby="id_bsn_helptext id_bsn_error"' in body and 'aria-invalid="true"' in body
    assert "Kies beperkt of sterk beperkt" in body
    assert "<title>Fout:" in body


def test_a_duplicate_bsn_is_refused(consultant_client: Client, world: dict[str, Any]) -> None:
    data = new_candidate_data(bsn=world["mine"][0].bsn)
    response = consultant_client.post(reverse("web:candidate-new"), data)
    assert response.status_code == 400 and "al een kandidaat met dit BSN" in response.content.decode()


def test_a_stale_edit_is_refused_with_a_clear_message(consultant_client: Client, world: dict[str, Any]) -> None:
    from werkbrug.registry import services
    from werkbrug.registry.models import Candidate

    candidate = world["mine"][0]
    data = new_candidate_data(given_name="Anna", version=str(candidate.version))
    del data["bsn"]
    services.update("candidates", candidate.pk, candidate.version, {"phone": "0612345678"})  # someone else
    response = consultant_client.post(reverse("web:candidate-edit", args=[candidate.pk]), data)
    assert response.status_code == 409
    assert "Iemand anders heeft deze kandidaat gewijzigd" in response.content.decode()
    assert Candidate.objects.get(pk=candidate.pk).given_name == candidate.given_name

    fresh = Candidate.objects.get(pk=candidate.pk)
    data["version"] = str(fresh.version)
    response = consultant_client.post(reverse("web:candidate-edit", args=[candidate.pk]), data)
    assert response.status_code == 302
    assert Candidate.objects.get(pk=candidate.pk).given_name == "Anna"


def test_another_consultants_candidate_cannot_be_edited(consultant_client: Client, world: dict[str, Any]) -> None:
    other = world["theirs"][0]
    assert consultant_client.get(reverse("web:candidate-edit", args=[other.pk])).status_code == 403


def test_matches_and_placement(consultant_client: Client, world: dict[str, Any]) -> None:
    from werkbrug.registry.models import Placement

    candidate, work = world["mine"][0], world["work"]
    body = consultant_client.get(reverse("web:candidate-matches", args=[candidate.pk])).content.decode()
    assert "Inpakker" in body and "Waarom dit past" in body
    place_url = reverse("web:placement-new", args=[candidate.pk, work.pk])
    assert place_url in body
    assert consultant_client.get(place_url).status_code == 200
    response = consultant_client.post(place_url, {"kind": "dienstverband", "hours_per_week": "24",
                                                  "start_date": "01-03-2026"})
    assert response.status_code == 302
    placement = Placement.objects.get(candidate=candidate)
    assert placement.work == work and str(placement.start_date) == "2026-03-01"
    detail = consultant_client.get(reverse("web:candidate", args=[candidate.pk])).content.decode()
    assert "Inpakker" in detail


def test_candidates_for_work_show_only_what_i_may_see(consultant_client: Client, world: dict[str, Any]) -> None:
    response = consultant_client.get(reverse("web:work-candidates", args=[world["work"].pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Jansen1" in body
    assert all(c.bsn not in body for c in world["mine"] + world["theirs"])


def test_employer_explorer_is_anonymous(hr_client: Client, world: dict[str, Any]) -> None:
    response = hr_client.get(reverse("web:explorer"))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("P-") >= 3  # my three consented candidates, pseudonymised
    for candidate in world["mine"] + world["theirs"]:
        assert candidate.family_name not in body and candidate.given_name not in body
        assert candidate.bsn not in body and candidate.external_key not in body
    assert "3 kandidaten" in body  # the colleague's two lack the candidate's own consent
    assert "0 kandidaten" in hr_client.get(reverse("web:explorer"), {"hours": "50"}).content.decode()


def test_consultant_pages_are_refused_to_employers(hr_client: Client, world: dict[str, Any]) -> None:
    assert hr_client.get(reverse("web:candidate", args=[world["mine"][0].pk])).status_code == 403
    assert hr_client.get(reverse("web:candidate-new")).status_code == 403
    assert hr_client.get("/").status_code == 302
