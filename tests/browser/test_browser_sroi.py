"""The Social Return journey in Chromium: the supplier submits a purchase with its invoice, the
buyer's inkoper verifies it and downloads the report; the employer sees its Banenafspraak
progress. axe-core finds zero violations on every page of the journey, in Dutch and English."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "sroi"))

from sroi_browser_helpers import banen_figures, no_axe_violations, pdf_file, sign_in_as  # noqa: E402
from sroi_scoping_builders import pairs  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]


@pytest.fixture
def world(settings: Any, tmp_path: Path) -> dict[str, Any]:
    settings.DATA_DIR = tmp_path
    built = pairs()
    banen_figures(built["orgs"]["S"])
    return built


def test_supplier_submits_inkoper_verifies_and_downloads(page: Any, live_server: Any, world: dict[str, Any],
                                                         tmp_path: Path) -> None:
    from werkbrug.sroi.models import Entry

    base, contract = live_server.url, world["own"]
    sign_in_as(page, base, world["users"]["supplier"])
    page.goto(f"{base}/sroi/")
    page.click(f"a[href='/sroi/contracts/{contract.pk}/']")
    page.click("text=Invulling opgeven")
    page.click("main form button[type=submit]")  # nothing filled in: the error summary gets focus
    page.wait_for_selector("#error-summary")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    no_axe_violations(page)
    page.select_option("#id_kind", "purchase")
    page.select_option("#id_counterparty", str(world["orgs"]["SOB"].pk))
    page.fill("#id_amount_eur", "18000")
    page.fill("#id_invoice_reference", "F-2025-7")
    page.fill("#id_period_start", "01-04-2025")
    page.select_option("#id_document_type", "invoice")
    page.set_input_files("#id_file", str(pdf_file(tmp_path)))
    page.click("main form button[type=submit]")
    page.wait_for_url(f"{base}/sroi/contracts/{contract.pk}/")
    assert "Ingediend" in page.inner_text("main table:has(caption#sroi-entries-caption)")
    entry = Entry.objects.get()
    assert entry.evidence.count() == 1

    sign_in_as(page, base, world["users"]["inkoper"])
    page.goto(f"{base}/sroi/contracts/{contract.pk}/")
    page.click(f"button:has-text('Opgave {entry.pk} verifiëren')")
    page.wait_for_selector("text=Geverifieerd")
    assert Entry.objects.get().status == "verified"
    with page.expect_download() as download:
        page.click("text=Rapportage downloaden (Excel)")
    assert download.value.suggested_filename == "sroi-contract-SC-1.xlsx"

    sign_in_as(page, base, world["users"]["supplier"])
    page.goto(f"{base}/banenafspraak/")
    assert "Banen en baanambitie per jaar" in page.inner_text("main")
    assert page.locator("img.web-chart__image").count() == 1


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_sroi_and_banenafspraak_page_is_accessible(page: Any, live_server: Any, world: dict[str, Any],
                                                         language: str) -> None:
    from sroi_scoping_builders import activity

    activity(world["own"])
    contract = world["own"].pk
    pages = {"supplier": ["/sroi/", f"/sroi/contracts/{contract}/", f"/sroi/contracts/{contract}/submit/",
                          "/banenafspraak/", "/banenafspraak/?year=2024"],
             "inkoper": ["/sroi/", f"/sroi/contracts/{contract}/"]}
    for who, paths in pages.items():
        sign_in_as(page, live_server.url, world["users"][who], language=language)
        for path in paths:
            response = page.goto(live_server.url + path)
            assert response.status == 200, path
            assert page.locator("html").get_attribute("lang") == language
            no_axe_violations(page)
