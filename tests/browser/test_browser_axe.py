"""axe-core on every page of the consultant and employer journeys, in Dutch and English: zero
violations; no CSP violations; reflow at 320 px without horizontal scrolling."""

from __future__ import annotations

from typing import Any

import pytest
from browser_session import assert_accessible, set_language, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]
LANGUAGES = ["nl", "en"]


def consultant_pages(world: dict[str, Any]) -> list[str]:
    candidate, work = world["mine"][0], world["work"]
    return ["/", "/candidates/", "/candidates/?q=Jansen&status=available", f"/candidates/{candidate.pk}/",
            f"/candidates/{candidate.pk}/edit/", "/candidates/new/", f"/candidates/{candidate.pk}/matches/",
            "/work/", f"/work/{work.pk}/candidates/", f"/candidates/{candidate.pk}/place/{work.pk}/"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_anonymous_pages_are_accessible(page: Any, live_server: Any, db: None, language: str) -> None:
    set_language(page, live_server.url, language)
    for path in ["/", "/auth/login/"]:
        page.goto(live_server.url + path)
        if path == "/":
            assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_consultant_pages_are_accessible(page: Any, live_server: Any, browser_world: dict[str, Any],
                                         language: str) -> None:
    sign_in(page, live_server.url, browser_world["consultant"], language=language)
    for path in consultant_pages(browser_world):
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == language
        assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_form_errors_are_accessible_and_focused(page: Any, live_server: Any, browser_world: dict[str, Any],
                                                language: str) -> None:
    sign_in(page, live_server.url, browser_world["consultant"], language=language)
    page.goto(live_server.url + "/candidates/new/")
    page.fill("#id_bsn", "123")
    page.click("main form button[type=submit]")
    page.wait_for_selector("#error-summary")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert page.get_attribute("#id_bsn", "aria-invalid") == "true"
    assert "id_bsn_error" in page.get_attribute("#id_bsn", "aria-describedby")
    page.click("#error-summary a[href='#id_bsn']")
    assert page.evaluate("document.activeElement.id") == "id_bsn"
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_employer_explorer_is_accessible(page: Any, live_server: Any, browser_world: dict[str, Any],
                                         language: str) -> None:
    sign_in(page, live_server.url, browser_world["hr"], mfa=False, language=language)
    for path in ["/explorer/", "/explorer/?region=Holland+Rijnland&hours=24"]:
        assert page.goto(live_server.url + path).status == 200
        assert_accessible(page)


def test_pages_reflow_at_320_px(page: Any, live_server: Any, browser_world: dict[str, Any]) -> None:
    sign_in(page, live_server.url, browser_world["consultant"])
    page.set_viewport_size({"width": 320, "height": 640})
    for path in consultant_pages(browser_world):
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path}: {width}px wide"
