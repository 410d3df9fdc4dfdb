"""Who sees and does what in the SROI API: the buyer's inkoper (terms, verification), the
supplier (own contracts, entries, evidence), others (403, lists filtered), analysts (totals)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from sroi_scoping_builders import PDF, activity, pairs

from werkbrug.security.models import AuditEvent
from werkbrug.security.testing import session_client

BASE = "/api/v1/sroi"
pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.fixture
def world(settings: Any, tmp_path: Path) -> dict[str, Any]:
    settings.DATA_DIR = tmp_path
    return pairs()


def client(world: dict[str, Any], who: str) -> Any:
    return session_client(world["users"][who], purpose="verantwoording")


def keys(response: Any) -> set[str]:
    assert response.status_code == 200, response.content
    return {row["external_key"] for row in response.json()["results"]}


def test_lists_hold_only_the_own_contracts(world: dict[str, Any]) -> None:
    assert keys(client(world, "inkoper").get(f"{BASE}/contracts/")) == {"SC-1"}
    assert keys(client(world, "supplier").get(f"{BASE}/contracts/")) == {"SC-1"}
    assert keys(client(world, "other_supplier").get(f"{BASE}/contracts/")) == {"SC-2"}
    activity(world["own"])
    assert client(world, "other_inkoper").get(f"{BASE}/entries/").json()["count"] == 0
    assert client(world, "supplier").get(f"{BASE}/entries/").json()["count"] == 1


def test_another_buyer_or_supplier_gets_403_and_an_audit_row(world: dict[str, Any]) -> None:
    url = f"{BASE}/contracts/{world['own'].pk}/"
    before = AuditEvent.objects.filter(result="refused").count()
    for who in ("other_inkoper", "other_supplier"):
        assert client(world, who).get(url).status_code == 403
        assert client(world, who).get(f"{url}report/").status_code == 403
    assert AuditEvent.objects.filter(result="refused").count() - before == 4
    entry = activity(world["own"])
    assert client(world, "other_supplier").get(f"{BASE}/entries/{entry.pk}/").status_code == 403


def test_policy_analysts_see_totals_only(world: dict[str, Any]) -> None:
    analyst = client(world, "analyst")
    assert analyst.get(f"{BASE}/contracts/").status_code == 403
    assert analyst.get(f"{BASE}/contracts/{world['own'].pk}/").status_code == 403
    assert analyst.get(f"{BASE}/reports/buyer/{world['orgs']['G'].pk}/").status_code == 403
    totals = analyst.get(f"{BASE}/totals/")
    assert totals.status_code == 200
    body = totals.json()
    assert body["totals"]["contracts"] == 2 and body["totals"]["obligation_eur"] == "100000.00"
    assert "SC-1" not in totals.content.decode() and "Organisatie" not in totals.content.decode()
    assert client(world, "supplier").get(f"{BASE}/totals/").status_code == 403


def test_only_the_buyer_writes_contract_terms(world: dict[str, Any]) -> None:
    orgs = world["orgs"]
    body = {"external_key": "SC-NEW", "name": "Nieuw", "buyer": orgs["G"].pk, "supplier": orgs["S"].pk,
            "contract_value_eur": "200000", "sroi_percentage": "5", "base": "contract_value",
            "start_date": "2025-01-01", "end_date": "2025-12-31", "method": "utrecht"}
    assert client(world, "supplier").post(f"{BASE}/contracts/", body, format="json").status_code == 403
    assert client(world, "inkoper").post(f"{BASE}/contracts/", {**body, "buyer": orgs["G2"].pk},
                                         format="json").status_code == 403
    assert client(world, "inkoper").post(f"{BASE}/contracts/", body, format="json").status_code == 201
    url = f"{BASE}/contracts/{world['own'].pk}/"
    assert client(world, "supplier").patch(url, {"version": 1, "name": "x"}, format="json").status_code == 403
    moved = client(world, "inkoper").patch(url, {"version": 1, "buyer": orgs["G2"].pk}, format="json")
    assert moved.status_code == 403  # not to another buyer


def test_supplier_submits_with_evidence_and_the_buyer_verifies(world: dict[str, Any]) -> None:
    supplier, inkoper = client(world, "supplier"), client(world, "inkoper")
    entry_body = {"contract": world["own"].pk, "kind": "purchase", "counterparty": world["orgs"]["SOB"].pk,
                  "amount_eur": "12000", "invoice_reference": "F-1", "period_start": "2025-02-01"}
    assert inkoper.post(f"{BASE}/entries/", entry_body, format="json").status_code == 403
    assert client(world, "other_supplier").post(f"{BASE}/entries/", entry_body, format="json").status_code == 403
    created = supplier.post(f"{BASE}/entries/", entry_body, format="json")
    assert created.status_code == 201, created.content
    url = f"{BASE}/entries/{created.json()['id']}/"
    upload = supplier.post(f"{url}evidence/", {"document_type": "invoice",
                                               "file": SimpleUploadedFile("factuur.pdf", PDF)}, format="multipart")
    assert upload.status_code == 201, upload.content
    assert inkoper.post(f"{url}evidence/", {"document_type": "invoice", "file": SimpleUploadedFile(
        "f.pdf", PDF)}, format="multipart").status_code == 403
    assert supplier.post(f"{url}transition/", {"to": "verified", "version": 1}, format="json").status_code == 403
    rejected = inkoper.post(f"{url}transition/", {"to": "rejected", "version": 1, "reason": "factuur onleesbaar"},
                            format="json")
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert inkoper.post(f"{url}transition/", {"to": "submitted", "version": 2}, format="json").status_code == 403
    assert supplier.post(f"{url}transition/", {"to": "submitted", "version": 2}, format="json").status_code == 200
    verified = inkoper.post(f"{url}transition/", {"to": "verified", "version": 3}, format="json")
    assert verified.status_code == 200 and verified.json()["status"] == "verified"
    document = f"{url}evidence/{upload.json()['id']}/"
    downloaded = inkoper.get(document)
    assert downloaded.status_code == 200 and downloaded.content == PDF
    assert downloaded["Cache-Control"] == "no-store" and "attachment" in downloaded["Content-Disposition"]
    assert AuditEvent.objects.filter(action="export", object_type="sroi_evidence", result="success").count() == 1
    assert client(world, "other_inkoper").get(document).status_code == 403
    assert session_client(world["users"]["inkoper"], purpose=None).get(document).status_code == 400


def test_report_downloads_are_scoped_and_audited(world: dict[str, Any]) -> None:
    activity(world["own"])
    supplier_id = world["orgs"]["S"].pk
    xlsx = client(world, "supplier").get(f"{BASE}/reports/supplier/{supplier_id}/?format=xlsx")
    assert xlsx.status_code == 200 and xlsx.content.startswith(b"PK")
    pdf = client(world, "inkoper").get(f"{BASE}/contracts/{world['own'].pk}/report/?format=pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    rows = AuditEvent.objects.filter(action="export", object_type="sroi_report", result="success")
    assert {r.object_id for r in rows} == {str(supplier_id), str(world["own"].pk)}
    assert {r.purpose for r in rows} == {"verantwoording"}
    assert client(world, "inkoper").get(f"{BASE}/reports/supplier/{supplier_id}/").status_code == 403
    assert client(world, "other_supplier").get(f"{BASE}/reports/supplier/{supplier_id}/?format=pdf").status_code == 403
