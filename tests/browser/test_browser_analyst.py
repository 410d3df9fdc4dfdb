"""The policy analyst's journey in Chromium: sign in → regional dashboards → fairness page →
download; and axe-core (zero violations) on every page of the analyst and trust areas, in Dutch
and English. Helpers are local: the browser conftest is not imported."""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from browser_session import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]
LANGUAGES = ["nl", "en"]
PASSWORD = "lange-zin-als-wachtwoord-42"


def _builders() -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
    import test_web_analyst_builders

    return test_web_analyst_builders


@pytest.fixture(autouse=True)
def patient(page: Any) -> None:
    """Two cores shared by many test runs: give slow page loads time instead of failing."""
    page.set_default_timeout(60000)
    page.set_default_navigation_timeout(60000)


@pytest.fixture
def analyst_world(browser_world: dict[str, Any]) -> dict[str, Any]:
    """The web world plus an analyst, an administrator and a little of every figure."""
    builders = _builders()
    builders.placements(browser_world)
    builders.banen()
    builders.trajectories(browser_world)
    builders.sroi_contract(browser_world)
    builders.proposals(browser_world, men=30, women=10)
    return {**browser_world, "analyst": builders.account("analist", "policy_analyst", browser_world["gemeente"]),
            "admin": builders.account("beheerder", "functional_admin", browser_world["gemeente"])}


def _widest(page: Any) -> list[str]:
    """The tables' own widths (the page body is a grid: a wide table widens the page)."""
    return page.evaluate("""() => [...document.querySelectorAll('.web-table-region table')]
        .map(t => t.querySelector('caption').textContent.slice(0, 40) + ': ' + t.scrollWidth)""")


def _period() -> str:
    today = date.today()
    return f"start={(today - timedelta(days=30)):%d-%m-%Y}&end={today:%d-%m-%Y}"


def test_the_analyst_signs_in_reads_the_dashboards_and_the_fairness_page_and_downloads(
        page: Any, live_server: Any, analyst_world: dict[str, Any]) -> None:
    from openpyxl import load_workbook

    page.goto(live_server.url + "/auth/login/")
    page.fill("#id_username", "analist")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.click("nav a[href='/analyst/']")
    page.wait_for_url("**/analyst/")
    page.select_option("#id_year", "2025")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/analyst/?*year=2025*")
    assert page.locator("h2#placements").is_visible()
    assert page.locator("text=&lt;5").count() == 0 and page.locator("td:text-is('<5')").count() > 0
    page.click("nav a[href='/trust/fairness/']")
    page.wait_for_url("**/trust/fairness/")
    assert page.locator("#flags + ul li").count() >= 1  # the built-in disparity is flagged
    with page.expect_download() as info:
        page.click("a[href*='/trust/fairness/download/'][href*='format=xlsx']")
    book = load_workbook(BytesIO(Path(info.value.path()).read_bytes()))
    assert "fairness" in book.sheetnames
    page.goto(live_server.url + "/analyst/?year=2025")
    with page.expect_download() as info:
        page.click("a[href*='/analyst/download/'][href*='format=xlsx']")
    assert "placements" in load_workbook(BytesIO(Path(info.value.path()).read_bytes())).sheetnames


@pytest.mark.parametrize("language", LANGUAGES)
def test_analyst_and_trust_pages_are_accessible(page: Any, live_server: Any, analyst_world: dict[str, Any],
                                                language: str) -> None:
    sign_in(page, live_server.url, analyst_world["analyst"], mfa=False, language=language)
    for path in ["/analyst/", "/analyst/?year=2025&region=Holland+Rijnland", "/analyst/?year=abc",
                 "/trust/fairness/", f"/trust/fairness/?{_period()}&engine=on", "/trust/fairness/?start=x&end=y"]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == language
        assert_accessible(page)
    sign_in(page, live_server.url, analyst_world["consultant"], mfa=True, language=language)
    assert page.goto(live_server.url + "/trust/completeness/").status == 200
    assert_accessible(page)


def test_analyst_pages_reflow_at_320_px(page: Any, live_server: Any, analyst_world: dict[str, Any]) -> None:
    sign_in(page, live_server.url, analyst_world["analyst"], mfa=False, language="nl")
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ["/analyst/?year=2025", f"/trust/fairness/?{_period()}"]:
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path}: {width}px wide: {_widest(page)}"


@pytest.mark.skipif(os.environ.get("WERKBRUG_UPDATE_SCREENSHOTS") != "1",
                    reason="screenshots for the user guide: set WERKBRUG_UPDATE_SCREENSHOTS=1 to refresh them")
def test_policy_analyst_guide_screenshots(page: Any, live_server: Any, analyst_world: dict[str, Any]) -> None:
    images = Path(__file__).resolve().parents[2] / "docs" / "user-guide" / "img"
    images.mkdir(parents=True, exist_ok=True)
    sign_in(page, live_server.url, analyst_world["analyst"], mfa=False, language="nl")
    for path, name in [("/analyst/?year=2025", "analyst-dashboards"),
                       (f"/trust/fairness/?{_period()}", "analyst-fairness")]:
        assert page.goto(live_server.url + path).status == 200
        page.screenshot(path=str(images / f"{name}.png"))
    page.evaluate("document.getElementById('flags').scrollIntoView()")
    page.screenshot(path=str(images / "analyst-fairness-flags.png"))
    sign_in(page, live_server.url, analyst_world["consultant"], mfa=True, language="nl")
    assert page.goto(live_server.url + "/trust/completeness/").status == 200
    page.screenshot(path=str(images / "consultant-completeness.png"))
