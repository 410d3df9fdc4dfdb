"""The SROI API under /api/v1/sroi/: CRUD, optimistic locking, problem+json, transitions,
evidence upload and report downloads."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient
from sroi_builders import placement

BASE = "/api/v1/sroi"
pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.fixture
def api(user: Any, ledger: dict[str, Any]) -> APIClient:
    from werkbrug.security.testing import session_client

    return session_client(user)


def _contract_body(ledger: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"external_key": "C-API", "name": "Groenonderhoud", "buyer": ledger["gemeente"].pk,
            "supplier": ledger["supplier"].pk, "contract_value_eur": "1000000", "sroi_percentage": "5",
            "base": "contract_value", "start_date": "2024-01-01", "end_date": "2024-12-31",
            "method": "haaglanden-2023", "penalty_factor": "1", "herstelperiode_days": 60, **extra}


def _problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    return response.json()  # type: ignore[no-any-return]


def test_contract_crud_with_versions(api: APIClient, ledger: dict[str, Any]) -> None:
    created = api.post(f"{BASE}/contracts/", _contract_body(ledger), format="json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["buyer_key"] == "GEM" and body["obligation_eur"] == "50000.00" and body["version"] == 1
    url = f"{BASE}/contracts/{body['id']}/"
    assert api.get(url)["ETag"] == '"1"'
    changed = api.patch(url, {"version": 1, "sroi_percentage": "4"}, format="json")
    assert changed.status_code == 200 and changed.json()["obligation_eur"] == "40000.00"
    stale = _problem(api.patch(url, {"version": 1, "name": "Oud"}, format="json"), 409)
    assert stale["type"] == "urn:werkbrug:problem:version-conflict"
    assert api.get(url).json()["name"] == "Groenonderhoud"
    _problem(api.patch(url, {"name": "Zonder versie"}, format="json"), 428)
    assert api.get(f"{BASE}/contracts/?supplier={ledger['supplier'].pk}").json()["count"] == 1
    assert api.delete(url, HTTP_IF_MATCH='"2"').status_code == 204


def test_contract_errors_are_problems_naming_the_field(api: APIClient, ledger: dict[str, Any]) -> None:
    bad = _problem(api.post(f"{BASE}/contracts/", _contract_body(ledger, end_date="2023-01-01", buyer=99999),
                            format="json"), 400)
    assert bad["invalid_params"][0]["name"] == "buyer"
    assert bad["invalid_params"][0]["code"] == "unknown_reference"
    order = _problem(api.post(f"{BASE}/contracts/", _contract_body(ledger, end_date="2023-01-01"),
                              format="json", HTTP_ACCEPT_LANGUAGE="en"), 400)
    assert order["invalid_params"][0] | {"reason_nl": ""} == {
        "name": "end_date", "code": "order", "reason": "is before the start date",
        "reason_nl": "", "reason_en": "is before the start date"}
    wage = _problem(api.post(f"{BASE}/contracts/", _contract_body(ledger, base="wage_sum"), format="json"), 400)
    assert wage["invalid_params"][0]["name"] == "wage_sum_eur"
    assert api.post(f"{BASE}/contracts/", _contract_body(ledger), format="json").status_code == 201
    twice = _problem(api.post(f"{BASE}/contracts/", _contract_body(ledger), format="json"), 400)
    assert twice["invalid_params"][0]["code"] == "duplicate"


def test_entries_transition_evidence_and_reports(api: APIClient, ledger: dict[str, Any]) -> None:
    contract = api.post(f"{BASE}/contracts/", _contract_body(ledger), format="json").json()
    p = placement("P-1", "CAN-1")
    created = api.post(f"{BASE}/entries/", {"contract": contract["id"], "kind": "placement",
                                            "placement": p.pk}, format="json")
    assert created.status_code == 201, created.content
    entry = created.json()
    assert entry["value_eur"] == "50000.00" and entry["category"] == "banenafspraak"
    assert entry["placement_key"] == "P-1" and entry["events"][0]["action"] == "created"
    url = f"{BASE}/entries/{entry['id']}/"
    double = _problem(api.post(f"{BASE}/entries/", {"contract": contract["id"], "kind": "placement",
                                                    "placement": p.pk}, format="json"), 400)
    assert double["invalid_params"][0]["code"] == "double_entry"
    no_reason = _problem(api.post(f"{url}transition/", {"to": "rejected", "version": 1}, format="json"), 400)
    assert no_reason["invalid_params"][0]["name"] == "reason"
    upload = api.post(f"{url}evidence/", {"document_type": "payslip", "file": SimpleUploadedFile(
        "jan.pdf", b"%PDF-1.4 test", content_type="application/pdf")}, format="multipart")
    assert upload.status_code == 201, upload.content
    assert len(upload.json()["sha256"]) == 64
    refused = _problem(api.post(f"{url}evidence/", {"document_type": "payslip", "file": SimpleUploadedFile(
        "virus.exe", b"MZ", content_type="application/octet-stream")}, format="multipart"), 400)
    assert refused["invalid_params"][0]["code"] == "file_type"
    verified = api.post(f"{url}transition/", {"to": "verified"}, format="json", HTTP_IF_MATCH='"1"')
    assert verified.status_code == 200 and verified.json()["status"] == "verified"
    assert [e["to_status"] for e in verified.json()["events"]][-1] == "verified"
    again = _problem(api.post(f"{url}transition/", {"to": "rejected", "version": 2, "reason": "x"},
                              format="json"), 409)
    assert again["type"] == "urn:werkbrug:problem:transition-refused"
    locked = _problem(api.patch(url, {"version": 2, "hours_per_week": "20"}, format="json"), 409)
    assert locked["type"] == "urn:werkbrug:problem:entry-locked"
    report = api.get(f"{BASE}/contracts/{contract['id']}/report/?as_of=2024-12-31")
    assert report.status_code == 200 and report.json()["verified_eur"] == "50000.00"
    assert report["Cache-Control"] == "no-store"
    xlsx = api.get(f"{BASE}/contracts/{contract['id']}/report/?format=xlsx&as_of=2024-12-31")
    assert xlsx.status_code == 200 and xlsx.content.startswith(b"PK")
    assert xlsx["Content-Disposition"] == 'attachment; filename="sroi-contract-C-API.xlsx"'
    assert xlsx["Cache-Control"] == "no-store"
    pdf = api.get(f"{BASE}/reports/supplier/{ledger['supplier'].pk}/?format=pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF") and pdf["Cache-Control"] == "no-store"
    buyer = api.get(f"{BASE}/reports/buyer/{ledger['gemeente'].pk}/").json()
    assert buyer["totals"]["contracts"] == 1
    _problem(api.get(f"{BASE}/reports/buyer/99999/"), 404)
    _problem(api.get(f"{BASE}/contracts/{contract['id']}/report/?format=docx"), 400)
    _problem(api.get(f"{BASE}/contracts/{contract['id']}/report/?as_of=morgen"), 400)
    assert api.get(f"{BASE}/entries/?status=verified").json()["count"] == 1
    assert api.get(f"{BASE}/workflow/").json()["initial"] == "submitted"


def test_anonymous_clients_get_401(ledger: dict[str, Any]) -> None:
    response = APIClient().get(f"{BASE}/contracts/")
    assert response.status_code == 401
