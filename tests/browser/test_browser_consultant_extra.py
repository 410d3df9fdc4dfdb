"""Keyboard only: register a candidate → find matching work → introduce (the beoordelingspunt
judged with a motivation, the candidate's consent recorded) → trial placement → placement.
And axe (nl, en) and reflow at 320 px on the introduction and proposal pages."""

from __future__ import annotations

import re
from typing import Any

import pytest
from browser_extra_helpers import assert_accessible, assert_reflows, sign_in, tab_to, type_into

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]
MOTIVATION = "Tilt dozen tot 15 kg in de proefweek zonder klachten; steekwagen aanwezig."


def _register(page: Any, base_url: str) -> Any:
    from web_builders import valid_bsn

    from werkbrug.registry.models import Candidate

    page.goto(base_url + "/")
    tab_to(page, "nav a[href='/candidates/new/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/candidates/new/")
    for selector, text in [("#id_given_name", "Noor"), ("#id_family_name", "Visser"), ("#id_bsn", valid_bsn(78)),
                           ("#id_date_of_birth", "31-01-1990"), ("#id_postcode", "2311 AB"),
                           ("#id_wish_hours_min", "16"), ("#id_wish_hours_max", "32"), ("#id_max_travel_km", "25")]:
        type_into(page, selector, text)
    tab_to(page, "#id_fml_I_1_0")
    page.keyboard.press("ArrowRight")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/candidates/\d+/$"))
    return Candidate.objects.get(family_name="Visser")


def _submit_step(page: Any, to: str) -> None:
    tab_to(page, f"form:has(input[name=to][value={to}]) button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_register_match_introduce_and_place_with_the_keyboard_only(page: Any, live_server: Any,
                                                                   browser_world: dict[str, Any]) -> None:
    from werkbrug.matching.models import MatchProposal
    from werkbrug.registry.models import Placement

    sign_in(page, live_server.url, browser_world["consultant"])
    candidate = _register(page, live_server.url)
    work = browser_world["work"]
    tab_to(page, f"a[href='/candidates/{candidate.pk}/matches/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/matches/")
    tab_to(page, f"a[href='/candidates/{candidate.pk}/introduce/{work.pk}/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/introduce/**")
    assert_accessible(page)

    tab_to(page, "#id_point_0_judgement_0")  # the first judgement: acceptable
    page.keyboard.press("Space")
    assert page.is_checked("#id_point_0_judgement_0")
    type_into(page, "#id_point_0_motivation", MOTIVATION)
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/proposals/\d+/$"))
    proposal = MatchProposal.objects.get(candidate=candidate, work=work)
    assert proposal.status == "introduced"
    assert "De kandidaat is voorgesteld aan de werkgever." in page.inner_text("main")
    assert_accessible(page)

    _submit_step(page, "trial_placement")
    assert "De proefplaatsing is vastgelegd." in page.inner_text("main")
    assert Placement.objects.filter(candidate=candidate, kind="proefplaatsing").exists()
    _submit_step(page, "placed")
    assert "De plaatsing is vastgelegd." in page.inner_text("main")
    proposal.refresh_from_db()
    assert proposal.status == "placed"
    assert Placement.objects.get(pk=proposal.placement_id).kind == "dienstverband"


def _proposal(world: dict[str, Any]) -> Any:
    from werkbrug.matching import runs

    return runs.propose_pair(world["mine"][0].external_key, world["work"].external_key, actor=world["consultant"])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_introduction_and_proposal_pages_are_accessible(page: Any, live_server: Any,
                                                        browser_world: dict[str, Any], language: str) -> None:
    from web_builders import make_candidates

    [candidate] = make_candidates(1, browser_world["consultant"], start=90, fml_profile={"I.1": {"level": 1}})
    work = browser_world["work"]
    sign_in(page, live_server.url, browser_world["consultant"], language=language)
    introduce = f"/candidates/{candidate.pk}/introduce/{work.pk}/"
    assert page.goto(live_server.url + introduce).status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert_accessible(page)
    page.click("main form button[type=submit]")  # nothing filled in: the error summary gets the focus
    page.wait_for_selector("#error-summary")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert page.get_attribute("#id_point_0_motivation", "aria-invalid") == "true"
    assert_accessible(page)
    proposal = _proposal(browser_world)
    for path in [f"/proposals/{proposal.pk}/", f"/candidates/{browser_world['mine'][0].pk}/matches/"]:
        assert page.goto(live_server.url + path).status == 200
        assert_accessible(page)


def test_new_pages_reflow_at_320_px(page: Any, live_server: Any, browser_world: dict[str, Any]) -> None:
    sign_in(page, live_server.url, browser_world["consultant"])
    proposal = _proposal(browser_world)
    assert_reflows(page, live_server.url, [
        f"/candidates/{browser_world['mine'][0].pk}/introduce/{browser_world['work'].pk}/",
        f"/proposals/{proposal.pk}/", "/candidates/new/"])


@pytest.mark.skipif(__import__("os").environ.get("WERKBRUG_UPDATE_SCREENSHOTS") != "1",
                    reason="screenshots for the user guide: set WERKBRUG_UPDATE_SCREENSHOTS=1 to refresh them")
def test_user_guide_screenshots(page: Any, live_server: Any, browser_world: dict[str, Any]) -> None:
    from browser_extra_helpers import ROOT
    from web_builders import make_candidates

    from werkbrug.matching import proposals

    img = ROOT / "docs" / "user-guide" / "img"
    [candidate] = make_candidates(1, browser_world["consultant"], start=91, fml_profile={"I.1": {"level": 1}})
    work = browser_world["work"]
    sign_in(page, live_server.url, browser_world["consultant"])
    page.goto(live_server.url + f"/candidates/{candidate.pk}/introduce/{work.pk}/")
    page.screenshot(path=str(img / "consultant-introduce.png"), full_page=True)
    proposal = _proposal(browser_world)
    proposal = proposals.transition(proposal.pk, proposals.TransitionRequest(
        to="introduced", version=proposal.version, consent=True), actor=browser_world["consultant"])
    page.goto(live_server.url + f"/proposals/{proposal.pk}/")
    page.screenshot(path=str(img / "consultant-proposal.png"), full_page=True)
    page.goto(live_server.url + "/candidates/new/")
    page.locator("#id_fml_IV_12_value").scroll_into_view_if_needed()
    page.screenshot(path=str(img / "consultant-fml-explained.png"))
