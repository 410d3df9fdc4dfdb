"""The functional administrator's pages in Chromium: axe zero violations in Dutch and English
(also with form errors), reflow at 320 px, and a consultant is refused."""

from __future__ import annotations

from typing import Any

import pytest
from browser_extra_helpers import assert_accessible, assert_reflows, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]


def _admin_world(world: dict[str, Any]) -> tuple[Any, list[str]]:
    from datetime import date

    from administration_builders import make_admin

    from werkbrug.security.models import DataSharingAgreement

    admin = make_admin(world["gemeente"])
    agreement = DataSharingAgreement.objects.create(
        provider=world["gemeente"], recipient=world["employer"], field_classes=["pseudonymised"],
        purpose="bemiddeling", reference="DSA-1", valid_from=date(2026, 1, 1), recorded_by=admin)
    return admin, ["/administration/organisations/", "/administration/organisations/new/",
                   f"/administration/organisations/{world['employer'].pk}/", "/administration/accounts/",
                   "/administration/accounts/new/", f"/administration/accounts/{world['consultant'].pk}/",
                   "/administration/agreements/", "/administration/agreements/new/",
                   f"/administration/agreements/{agreement.pk}/end/", "/administration/parameters/",
                   "/administration/bouwblokken/"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_administration_pages_are_accessible(page: Any, live_server: Any, browser_world: dict[str, Any],
                                             language: str) -> None:
    admin, paths = _admin_world(browser_world)
    sign_in(page, live_server.url, admin, language=language)
    for path in paths:
        assert page.goto(live_server.url + path).status == 200, path
        assert page.locator("html").get_attribute("lang") == language
        assert_accessible(page)
    for path in ["/administration/accounts/new/", "/administration/agreements/new/",
                 "/administration/organisations/new/"]:
        page.goto(live_server.url + path)
        page.click("main form button[type=submit]")
        page.wait_for_selector("#error-summary")
        assert page.evaluate("document.activeElement.id") == "error-summary"
        assert_accessible(page)


def test_administration_works_with_the_keyboard_and_ends_sessions(page: Any, live_server: Any,
                                                                  browser_world: dict[str, Any]) -> None:
    from browser_extra_helpers import tab_to, type_into
    from django.contrib.auth import get_user_model

    admin, _ = _admin_world(browser_world)
    sign_in(page, live_server.url, admin)
    page.goto(live_server.url + "/administration/accounts/new/")
    type_into(page, "#id_username", "nieuwe.jobcoach")
    tab_to(page, "#id_role")
    page.select_option("#id_role", "jobcoach")  # a native select: the keyboard opens it the same way
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector("code")
    account = get_user_model().objects.get(username="nieuwe.jobcoach")
    page.goto(live_server.url + f"/administration/accounts/{account.pk}/")
    tab_to(page, "form[action$='/active/'] button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    account.refresh_from_db()
    assert not account.is_active


def test_administration_pages_reflow_and_refuse_a_consultant(page: Any, live_server: Any,
                                                             browser_world: dict[str, Any]) -> None:
    admin, paths = _admin_world(browser_world)
    sign_in(page, live_server.url, admin)
    assert_reflows(page, live_server.url, paths)
    sign_in(page, live_server.url, browser_world["consultant"])
    assert page.goto(live_server.url + "/administration/accounts/").status == 403


@pytest.mark.skipif(__import__("os").environ.get("WERKBRUG_UPDATE_SCREENSHOTS") != "1",
                    reason="screenshots for the user guide: set WERKBRUG_UPDATE_SCREENSHOTS=1 to refresh them")
def test_user_guide_screenshots(page: Any, live_server: Any, browser_world: dict[str, Any]) -> None:
    from browser_extra_helpers import ROOT

    admin, _ = _admin_world(browser_world)
    sign_in(page, live_server.url, admin)
    page.set_default_timeout(60000)
    for path, name in [("/administration/organisations/", "admin-organisations"),
                       (f"/administration/accounts/{browser_world['consultant'].pk}/", "admin-account"),
                       ("/administration/agreements/new/", "admin-agreement"),
                       ("/administration/parameters/", "admin-parameters"),
                       ("/administration/bouwblokken/", "admin-bouwblokken")]:
        assert page.goto(live_server.url + path).status == 200, path
        page.screenshot(path=str(ROOT / "docs" / "user-guide" / "img" / f"{name}.png"))
