"""Keyboard only: register a candidate → find matching work → record the placement.
Every step is reached with Tab and done with typing, Space or Enter; no mouse."""

from __future__ import annotations

import re
from typing import Any

import pytest
from browser_session import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]


def tab_to(page: Any, selector: str, limit: int = 400) -> None:
    """Press Tab until the element matching ``selector`` has the focus."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def type_into(page: Any, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.type(text)


def test_register_match_and_place_with_the_keyboard_only(page: Any, live_server: Any,
                                                        browser_world: dict[str, Any]) -> None:
    from web_builders import valid_bsn

    from werkbrug.registry.models import Candidate, Placement

    sign_in(page, live_server.url, browser_world["consultant"])
    page.goto(live_server.url + "/")
    tab_to(page, "nav a[href='/candidates/new/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/candidates/new/")

    for selector, text in [("#id_given_name", "Noor"), ("#id_family_name", "Visser"), ("#id_bsn", valid_bsn(77)),
                           ("#id_date_of_birth", "31-01-1990"), ("#id_postcode", "2311 AB"),
                           ("#id_wish_hours_min", "16"), ("#id_wish_hours_max", "32"),
                           ("#id_max_travel_km", "25")]:
        type_into(page, selector, text)
    for selector in ["#id_visible_by_candidate", "#id_visible_by_consultant"]:
        tab_to(page, selector)
        page.keyboard.press("Space")
    tab_to(page, "#id_fml_I_1_0")  # rubriek I, item 1: from normal to limited with the arrow key
    page.keyboard.press("ArrowRight")
    assert page.is_checked("#id_fml_I_1_1")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/candidates/\d+/$"))
    candidate = Candidate.objects.get(family_name="Visser")
    assert candidate.fml_profile == {"I.1": {"level": 1}}
    assert_accessible(page)

    tab_to(page, f"a[href='/candidates/{candidate.pk}/matches/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/matches/")
    work = browser_world["work"]
    tab_to(page, f"a[href='/candidates/{candidate.pk}/place/{work.pk}/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/place/**")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/candidates/{candidate.pk}/")
    assert "De plaatsing is vastgelegd." in page.inner_text("main")
    assert Placement.objects.filter(candidate=candidate, work=work).exists()
