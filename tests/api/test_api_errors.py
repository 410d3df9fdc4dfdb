"""Problem responses: validation by field, 404, 409 on stale versions and refused deletes, 428."""

from __future__ import annotations

from typing import Any

import pytest
from api_builders import candidate_body

from werkbrug.registry.models import Candidate, Organisation

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
PROBLEM = "application/problem+json"


def names(response: Any) -> dict[str, str]:
    assert response["Content-Type"].startswith(PROBLEM)
    return {p["name"]: p["code"] for p in response.json()["invalid_params"]}


def test_stale_version_is_refused_and_first_edit_kept(api: Any, other_api: Any, registry: dict[str, Any]) -> None:
    url = f"/api/v1/organisations/{registry['bakery'].pk}/"
    version = api.get(url).json()["version"]
    first = api.patch(url, {"version": version, "name": "Eerste"}, format="json")
    second = other_api.patch(url, {"version": version, "name": "Tweede"}, format="json")
    assert first.status_code == 200 and second.status_code == 409
    assert second["Content-Type"].startswith(PROBLEM)
    problem = second.json()
    assert problem["type"] == "urn:werkbrug:problem:version-conflict"
    assert "gewijzigd" in problem["detail_nl"] and "changed meanwhile" in problem["detail_en"]
    assert Organisation.objects.get(pk=registry["bakery"].pk).name == "Eerste"


def test_stale_if_match_on_put_is_refused(api: Any, registry: dict[str, Any]) -> None:
    url = f"/api/v1/organisations/{registry['gemeente'].pk}/"
    body = {"external_key": "ORG-G", "name": "X", "kind": "gemeente", "sector": "overheid"}
    assert api.put(url, body, format="json", HTTP_IF_MATCH='"7"').status_code == 409
    assert api.put(url, body, format="json", HTTP_IF_MATCH='W/"1"').status_code == 200


def test_missing_version_is_428(api: Any, registry: dict[str, Any]) -> None:
    response = api.patch(f"/api/v1/organisations/{registry['bakery'].pk}/", {"name": "X"}, format="json")
    assert response.status_code == 428 and response["Content-Type"].startswith(PROBLEM)
    assert "If-Match" in response.json()["detail_en"]


@pytest.mark.parametrize("kind,key", [("organisations", "bakery"), ("candidates", "anna"), ("work", "work")])
def test_delete_with_placements_is_409(api: Any, registry: dict[str, Any], kind: str, key: str) -> None:
    response = api.delete(f"/api/v1/{kind}/{registry[key].pk}/")
    assert response.status_code == 409 and response["Content-Type"].startswith(PROBLEM)
    assert response.json()["type"] == "urn:werkbrug:problem:deletion-refused"
    assert type(registry[key]).objects.filter(pk=registry[key].pk).exists()


def test_unknown_id_is_404_problem(api: Any, db: None) -> None:
    response = api.get("/api/v1/candidates/999999/")
    assert response.status_code == 404 and response["Content-Type"].startswith(PROBLEM)
    assert response.json()["title_en"] == "Not found"


@pytest.mark.parametrize("change,field,code", [
    ({"bsn": "123456789"}, "bsn", "bsn_invalid"),
    ({"postcode": "0000 XX"}, "postcode", "postcode_invalid"),
    ({"fml_profile": {"IV.12": {"level": 7}}}, "fml_profile", "fml_level"),
    ({"fml_profile": {"XX.1": {"level": 1}}}, "fml_profile", "fml_unknown_item"),
    ({"wish_hours_max": "80"}, "wish_hours_max", "too_large"),
    ({"situation": "vakantie"}, "situation", "unknown_code"),
    ({"organisation": 999999}, "organisation", "unknown_reference"),
    ({"given_name": ""}, "given_name", "required"),
])
def test_candidate_validation_names_the_field(api: Any, registry: dict[str, Any], change: dict[str, Any],
                                              field: str, code: str) -> None:
    body = candidate_body(registry["gemeente"].pk, bsn="111111110") | change
    response = api.post("/api/v1/candidates/", body, format="json")
    assert response.status_code == 400
    assert names(response).get(field) == code
    assert not Candidate.objects.filter(external_key="CAN-9").exists()


def test_messages_are_bilingual_and_follow_accept_language(api: Any, registry: dict[str, Any]) -> None:
    body = candidate_body(registry["gemeente"].pk, bsn="123456789")
    english = api.post("/api/v1/candidates/", body, format="json", HTTP_ACCEPT_LANGUAGE="en").json()
    dutch = api.post("/api/v1/candidates/", body, format="json", HTTP_ACCEPT_LANGUAGE="nl").json()
    assert english["title"] == "Invalid input" and dutch["title"] == "Ongeldige invoer"
    param = english["invalid_params"][0]
    assert param["reason"] == param["reason_en"] and "elfproef" in param["reason_nl"]
    assert dutch["invalid_params"][0]["reason"] == param["reason_nl"]
    assert "123456789" not in str(english)  # the BSN is never echoed


def test_hours_out_of_range_on_work_tasks(api: Any, registry: dict[str, Any]) -> None:
    url = f"/api/v1/work/{registry['work'].pk}/"
    response = api.patch(url, {"version": 1, "hours_per_week": "61",
                               "tasks": [{"key": "a", "name": "A", "hours_per_week": "0.1"}]}, format="json")
    assert response.status_code == 400
    assert names(response) == {"hours_per_week": "too_large"}
    task_response = api.patch(url, {"version": 1, "tasks": [{"key": "a", "name": "A", "hours_per_week": "0.1"},
                                                            {"key": "a", "name": "B", "hours_per_week": "1"}]},
                              format="json")
    assert names(task_response) == {"tasks[0].hours_per_week": "too_small", "tasks[1].key": "duplicate"}
    assert registry["work"].tasks.count() == 2  # nothing half-applied


def test_duplicate_external_key_and_bsn(api: Any, registry: dict[str, Any]) -> None:
    body = candidate_body(registry["gemeente"].pk, external_key="CAN-1", bsn="111111110")
    assert names(api.post("/api/v1/candidates/", body, format="json")) == {"external_key": "duplicate"}
    body = candidate_body(registry["gemeente"].pk, bsn="111222333")
    assert names(api.post("/api/v1/candidates/", body, format="json")) == {"bsn": "duplicate"}


def test_type_errors_and_bad_filters_are_problems(api: Any, registry: dict[str, Any]) -> None:
    bad_date = api.post("/api/v1/candidates/", candidate_body(registry["gemeente"].pk, registered_on="gisteren"),
                        format="json")
    assert names(bad_date) == {"registered_on": "invalid"}
    assert names(api.get("/api/v1/candidates/?available_on=morgen")) == {"available_on": "invalid"}
    assert names(api.get("/api/v1/work/?status=weg")) == {"status": "unknown_code"}
