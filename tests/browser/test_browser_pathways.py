"""Pathways in a real browser. Jobcoach: due follow-ups → record the contact → the trajectory
timeline → a refused and an allowed transition → learning routes. Analyst: the outcome page and
its CSV download. axe finds no violations on any of these pages, in Dutch and in English."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from browser_session import assert_accessible, set_language, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]
DAY = date(2025, 3, 12)


@pytest.fixture
def world(registry_base: dict[str, Any], catalogues: None, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pathways"))
    from pathways_world import build

    from werkbrug.pathways import learning
    from werkbrug.web.views import pathways_common

    monkeypatch.setattr(pathways_common, "CLOCK", lambda: DAY)  # a frozen clock for the live server too
    built = build(registry_base)
    route = learning.start_route(built["mine"], "90001", "mbo_certificaat", date(2025, 1, 6),
                                 leerbedrijf=registry_base["employer"], praktijkopleider="P. Opleider")
    learning.record_progress(route, "B1-K1-W1", "achieved", evidence="STARR-verslag, getekend")
    return built


def test_jobcoach_follows_up_and_records_a_transition(page: Any, live_server: Any, world: dict[str, Any]) -> None:
    from werkbrug.pathways.models import FollowUpContact, TrajectoryPeriod

    mine = world["mine"].pk
    sign_in(page, live_server.url, world["coach"], mfa=False)
    page.goto(live_server.url + "/")
    page.click("nav a[href='/followup/']")
    page.wait_for_url("**/followup/")
    assert "2 dagen te laat" in page.inner_text("main")
    assert_accessible(page)

    page.click(f"main a[href^='/followup/candidates/{mine}/?contact=']")
    page.wait_for_url(f"**/followup/candidates/{mine}/?contact=*")
    assert page.input_value("#id_held_on") == "12-03-2025"
    page.select_option("#id_outcome", "attention")
    page.fill("#id_notes", "Werkplek aangepast")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(rf".*/followup/candidates/{mine}/(#record)?$"))  # the link's fragment stays
    assert FollowUpContact.objects.filter(held_on=DAY, outcome="attention").count() == 1
    assert_accessible(page)

    page.click(f"main nav a[href='/pathways/candidates/{mine}/']")
    page.wait_for_url(f"**/pathways/candidates/{mine}/")
    assert_accessible(page)
    page.select_option("#id_situation", "sw_dienstverband")
    page.fill("#id_start_date", "01-04-2025")
    page.click("main form button[type=submit]")
    summary = page.locator("#error-summary")
    assert "niet toegestaan" in summary.inner_text()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert_accessible(page)
    page.select_option("#id_situation", "banenafspraak_baan")
    page.fill("#id_start_date", "01-04-2025")
    page.check("#id_jobcoach")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/pathways/candidates/{mine}/")
    assert TrajectoryPeriod.objects.filter(candidate_id=mine).last().situation == "banenafspraak_baan"
    assert "Baan in de banenafspraak" in page.inner_text("main table")

    page.click(f"main nav a[href='/pathways/candidates/{mine}/learning/']")
    page.wait_for_url("**/learning/")
    assert "33%" in page.inner_text("main")
    page.click("main details summary")  # the werkproces forms, opened: axe checks them too
    assert_accessible(page)

    set_language(page, live_server.url, "en")
    for path in ("/followup/", f"/followup/candidates/{mine}/", f"/pathways/candidates/{mine}/",
                 f"/pathways/candidates/{mine}/learning/"):
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("lang") == "en"
        assert_accessible(page)


def test_analyst_reads_outcomes_and_downloads_them(page: Any, live_server: Any, world: dict[str, Any]) -> None:
    sign_in(page, live_server.url, world["analyst"], mfa=False)
    page.goto(live_server.url + "/pathways/outcomes/?as_of=2025-12-31")
    assert page.locator("figure.web-chart").count() == 5
    assert "Definities" in page.inner_text("main")
    assert_accessible(page)
    with page.expect_download() as download:
        page.click("main a[href^='/pathways/outcomes/download.csv']")
    text = Path(download.value.path()).read_text("utf-8-sig")
    assert "# doorstroom" in text and "dagbesteding;werk" in text
    set_language(page, live_server.url, "en")
    page.goto(live_server.url + "/pathways/outcomes/?as_of=2025-12-31")
    assert "Definitions" in page.inner_text("main")
    assert_accessible(page)
