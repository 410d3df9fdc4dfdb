"""The Social Return pages: lists filtered, other parties refused, the supplier submits with
evidence, the buyer verifies or rejects with a reason, downloads are audited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from sroi_scoping_builders import PDF, activity, pairs

from werkbrug.security.models import AuditEvent
from werkbrug.security.testing import session_client
from werkbrug.sroi.models import Entry

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.fixture
def world(settings: Any, tmp_path: Path) -> dict[str, Any]:
    settings.DATA_DIR = tmp_path
    return pairs()


def page(world: dict[str, Any], who: str) -> Any:
    return session_client(world["users"][who], purpose=None)


def test_the_list_shows_own_contracts_with_progress(world: dict[str, Any]) -> None:
    html = page(world, "inkoper").get("/sroi/").content.decode()
    assert "SC-1" in html and "SC-2" not in html and "50000.00" in html
    assert page(world, "analyst").get("/sroi/").status_code == 403
    detail = page(world, "inkoper").get(f"/sroi/contracts/{world['own'].pk}/")
    assert detail.status_code == 200 and b"<svg" not in detail.content and b"data:image/svg+xml" in detail.content
    for who in ("other_inkoper", "other_supplier", "analyst"):
        assert page(world, who).get(f"/sroi/contracts/{world['own'].pk}/").status_code == 403


def test_supplier_submits_with_evidence_and_inkoper_decides(world: dict[str, Any]) -> None:
    url = f"/sroi/contracts/{world['own'].pk}/submit/"
    assert page(world, "inkoper").get(url).status_code == 403
    assert page(world, "other_supplier").get(url).status_code == 403
    form = {"kind": "purchase", "counterparty": world["orgs"]["SOB"].pk, "amount_eur": "24000",
            "invoice_reference": "F-9", "period_start": "01-03-2025", "document_type": "invoice"}
    wrong = page(world, "supplier").post(url, {**form, "file": SimpleUploadedFile("f.exe", b"MZ")})
    assert wrong.status_code == 400 and "exe" in wrong.content.decode() and not Entry.objects.exists()
    no_counterparty = page(world, "supplier").post(url, {**form, "counterparty": "",
                                                         "file": SimpleUploadedFile("f.pdf", PDF)})
    assert no_counterparty.status_code == 400 and not Entry.objects.exists()
    done = page(world, "supplier").post(url, {**form, "file": SimpleUploadedFile("factuur.pdf", PDF)})
    assert done.status_code == 302, done.content.decode()[:2000]
    entry = Entry.objects.get()
    assert entry.value_eur > 0 and entry.evidence.count() == 1 and entry.status == "submitted"
    transition = f"/sroi/entries/{entry.pk}/transition/"
    assert page(world, "supplier").post(transition, {"to": "verified", "version": 1}).status_code == 403
    page(world, "inkoper").post(transition, {"to": "rejected", "version": 1, "reason": ""})
    assert Entry.objects.get().status == "submitted"  # a rejection needs a reason
    page(world, "inkoper").post(transition, {"to": "rejected", "version": 1, "reason": "Factuur onleesbaar"})
    assert Entry.objects.get().status == "rejected"
    page(world, "supplier").post(transition, {"to": "submitted", "version": 2})
    page(world, "inkoper").post(transition, {"to": "verified", "version": 3})
    assert Entry.objects.get().status == "verified"
    document = entry.evidence.get()
    assert page(world, "other_supplier").get(f"/sroi/evidence/{document.pk}/").status_code == 403
    assert page(world, "inkoper").get(f"/sroi/evidence/{document.pk}/").content == PDF
    assert AuditEvent.objects.filter(action="export", object_type="sroi_evidence", result="success").count() == 1


def test_report_downloads(world: dict[str, Any]) -> None:
    activity(world["own"])
    base = f"/sroi/contracts/{world['own'].pk}/report."
    xlsx = page(world, "inkoper").get(base + "xlsx")
    assert xlsx.status_code == 200 and xlsx.content.startswith(b"PK")
    pdf = page(world, "supplier").get(base + "pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert page(world, "other_inkoper").get(base + "pdf").status_code == 403
    assert page(world, "inkoper").get(base + "docx").status_code == 404
    assert AuditEvent.objects.filter(action="export", object_type="sroi_report", result="success").count() == 2


def test_banenafspraak_progress_is_the_employers_own(world: dict[str, Any]) -> None:
    response = page(world, "supplier").get("/banenafspraak/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Organisatie SC-S" in html and "SC-S2" not in html
    from django.utils.html import escape

    from werkbrug.domain.banenafspraak.caveats import caveats_for

    assert caveats_for(2025) and all(escape(c.message.nl) in html for c in caveats_for(2025))
    assert page(world, "inkoper").get("/banenafspraak/").status_code == 403
    assert page(world, "analyst").get("/banenafspraak/").status_code == 403
