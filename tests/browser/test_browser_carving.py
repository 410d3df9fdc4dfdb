"""The employer's job-carving journey in Chromium: upload or enter roles → carve → carved roles
→ save → business case → download; axe-core finds zero violations on every carving and
business-case page, in Dutch and English, and an error summary takes the focus."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from browser_session import assert_accessible, sign_in

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]
LANGUAGES = ["nl", "en"]


@pytest.fixture
def carving_world(catalogues: None) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "tests" / "carving"))
    from carving_web_world import build

    return build()


def _template(tmp_path: Path) -> Path:
    from werkbrug.carving.roles_template import template_csv

    path = tmp_path / "functies.csv"
    path.write_bytes(template_csv())
    return path


def test_employer_enters_roles_carves_saves_and_downloads_the_business_case(
        page: Any, live_server: Any, carving_world: dict[str, Any], tmp_path: Path) -> None:
    from werkbrug.registry.models import Work
    from werkbrug.security.models import AuditEvent

    sign_in(page, live_server.url, carving_world["hr"], mfa=False)
    page.goto(live_server.url + "/carving/")
    assert page.locator("nav a[href='/carving/']").count() == 1  # the menu entry
    page.fill("#id_date", "01-03-2026")
    page.check("input[name=source][value=form]")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/carving/roles/")
    assert page.input_value("#id_rows-0-task_name") == "Bedden opmaken"  # the current work items, as rows
    page.click("button[name=run]")
    page.wait_for_selector("h1:has-text('Nieuwe functies')")
    text = page.inner_text("main")
    assert "1,06" in text  # banen, in Dutch number format
    assert "P-" in text and "cw-c" not in text  # pseudonyms only
    page.click("main form[action='/carving/save/'] button[type=submit]")
    page.wait_for_selector("text=opgeslagen als concept-werk")
    carved = Work.objects.get(kind="carved_role")
    page.click(f"a[href^='/business-case/?work={carved.pk}&candidate=P-']")
    page.wait_for_selector("#result-heading")
    assert "schatting" in page.inner_text("main").lower()
    with page.expect_download() as pdf:
        page.click("a[href^='/business-case/download.pdf']")
    assert Path(pdf.value.path()).read_bytes().startswith(b"%PDF")
    with page.expect_download() as xlsx:
        page.click("a[href^='/business-case/download.xlsx']")
    assert Path(xlsx.value.path()).read_bytes().startswith(b"PK")
    assert AuditEvent.objects.filter(action="export", explanation__startswith="business case").count() == 2


def test_employer_uploads_the_template_and_sees_the_carved_roles(
        page: Any, live_server: Any, carving_world: dict[str, Any], tmp_path: Path) -> None:
    sign_in(page, live_server.url, carving_world["hr"], mfa=False)
    page.goto(live_server.url + "/carving/")
    page.check("input[name=source][value=upload]")
    page.set_input_files("#id_roles_file", str(_template(tmp_path)))
    page.click("main form button[type=submit]")
    page.wait_for_selector("h1:has-text('Nieuwe functies')")
    assert "Verpleegkundige dagdienst" in page.inner_text("main")


def _pages(page: Any, base: str, world: dict[str, Any], tmp_path: Path) -> list[str]:
    """Visit every page of the area (checking each with axe) and return what was checked."""
    from werkbrug.businesscase.access import pseudonym_for
    from werkbrug.security.access import actor_for

    checked = []
    page.goto(base + "/carving/")
    assert_accessible(page)
    page.check("input[name=source][value=upload]")
    page.click("main form button[type=submit]")  # no file chosen: the error summary
    page.wait_for_selector("#error-summary")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert_accessible(page)
    page.goto(base + "/carving/")
    page.check("input[name=source][value=form]")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/carving/roles/")
    assert_accessible(page)
    page.fill("#id_rows-0-fte", "veel")
    page.click("button[name=run]")
    page.wait_for_selector("#error-summary")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert_accessible(page)
    page.goto(base + "/carving/")
    page.click("main form button[type=submit]")  # the default: the current work items
    page.wait_for_selector("form[action='/carving/save/']")
    assert_accessible(page)
    page.click("form[action='/carving/save/'] button[type=submit]")
    page.wait_for_selector(".utrecht-alert--ok")
    assert_accessible(page)
    checked += ["start", "start error", "roles", "roles error", "result", "saved"]
    page.goto(base + "/business-case/")
    assert_accessible(page)
    name = pseudonym_for(actor_for(world["hr"]), world["candidates"][1].pk)
    page.goto(f"{base}/business-case/?candidate={name}&work={world['nurse'].pk}&months=14&date=01-12-2025")
    page.wait_for_selector("#result-heading")
    page.click("details summary")  # the opened calculation is checked too
    assert_accessible(page)
    page.goto(f"{base}/business-case/?candidate={name}&work={world['nurse'].pk}&loonwaarde=150")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert_accessible(page)
    return checked + ["business case", "business case result", "business case error"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_carving_and_business_case_page_is_accessible(page: Any, live_server: Any,
                                                            carving_world: dict[str, Any], tmp_path: Path,
                                                            language: str) -> None:
    sign_in(page, live_server.url, carving_world["hr"], mfa=False, language=language)
    checked = _pages(page, live_server.url, carving_world, tmp_path)
    assert len(checked) == 9
    assert page.locator("html").get_attribute("lang") == language


def test_a_consultant_sees_the_full_case_and_the_refused_page_is_accessible(
        page: Any, live_server: Any, carving_world: dict[str, Any]) -> None:
    sign_in(page, live_server.url, carving_world["consultant"])
    mine = carving_world["candidates"][0]
    page.goto(f"{live_server.url}/business-case/?candidate={mine.external_key}&work={carving_world['nurse'].pk}"
              "&loonwaarde=50")
    page.wait_for_selector("#result-heading")
    assert mine.external_key in page.inner_text("main")
    assert_accessible(page)
    page.goto(live_server.url + "/carving/roles/")
    for name, value in (("role_key", "r1"), ("fte", "2"), ("wage_per_hour", "30"), ("location", "nergens"),
                        ("task_key", "t1"), ("hours_per_week", "8")):
        page.fill(f"#id_rows-0-{name}", value)
    page.click("button[name=run]")
    page.wait_for_selector("h1:has-text('De jobcarving kon niet worden uitgevoerd')")
    assert_accessible(page)
