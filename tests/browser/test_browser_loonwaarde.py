"""The consultant's loonwaarde and income journey in Chromium: record a measurement (with an error
first) → report → zienswijzen → final → PDF → income-effect page; and axe-core (zero violations)
on every page of the loonwaarde and income areas, in Dutch and English. Helpers are local."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from browser_session import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]
LANGUAGES = ["nl", "en"]
TASKS = {"t1": ("inpakken", "24", "360 360 360 360", "80", "70", "100", "100"),
         "t2": ("stickeren", "8", "120 120 120 120", "50", "", "90", "80")}


def _builders() -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "loonwaarde"))
    import loonwaarde_builders

    return loonwaarde_builders


@pytest.fixture
def world(browser: Any) -> dict[str, Any]:
    builders = _builders()
    made = builders.placement_world()
    made["users"] = builders.people(made)
    return made


def _fill_measurement(page: Any, stickeren_hours: str = "8") -> None:
    page.fill("#id_measured_on", "01-05-2025")
    page.fill("#id_contract_hours", "32")
    page.fill("#id_normfunctie_name", "productiemedewerker")
    for prefix, (name, hours, minutes, first, second, kwaliteit, netto) in TASKS.items():
        page.fill(f"#id_{prefix}_name", name)
        page.fill(f"#id_{prefix}_hours_per_week", hours if prefix == "t1" else stickeren_hours)
        page.fill(f"#id_{prefix}_minutes_per_day", minutes)
        if second:
            page.fill(f"#id_{prefix}_norm_output", first)
            page.fill(f"#id_{prefix}_measured_output", second)
        else:
            page.fill(f"#id_{prefix}_tempo", first)
        page.fill(f"#id_{prefix}_kwaliteit", kwaliteit)
        page.fill(f"#id_{prefix}_netto_werktijd", netto)
    page.fill("#id_deskundige_name", "A. de Deskundige")
    page.select_option("#id_deskundige_degree", "hbo")
    page.fill("#id_deskundige_years_experience", "5")
    page.check("#id_deskundige_knows_law")
    page.check("#id_deskundige_keeps_current")


def test_the_consultant_records_a_measurement_finalises_it_and_checks_the_income(
        page: Any, live_server: Any, world: dict[str, Any]) -> None:
    from werkbrug.loonwaarde.models import LoonwaardeMeasurement

    base = live_server.url
    sign_in(page, base, world["users"]["consultant"], language="nl")
    page.goto(f"{base}/loonwaarde/")
    page.click(f"a[href='/placements/{world['placement'].pk}/loonwaarde/new/']")
    _fill_measurement(page, stickeren_hours="1")  # under 1/16 of 32 hours and not adding up
    page.click("button[type=submit]:has-text('Opslaan')")
    summary = page.locator("#error-summary")
    assert summary.is_visible() and "1/16" in summary.inner_text()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    page.fill("#id_t2_hours_per_week", "8")
    page.click("button[type=submit]:has-text('Opslaan')")
    assert "75%" in page.locator("main").inner_text()
    assert "time_share_x_tempo_x_kwaliteit_x_netto_werktijd" in page.locator("main").inner_text()
    page.click("button:has-text('definitief')")
    assert "zienswijze" in page.locator(".web-messages").inner_text()
    page.click("a:has-text('Meting wijzigen')")
    page.check("#id_employee_status_1")
    page.fill("#id_employee_text", "Ik ben het eens met de meting.")
    page.fill("#id_employee_on", "08-05-2025")
    page.check("#id_employer_status_2")
    page.fill("#id_employer_on", "08-05-2025")
    page.click("button[type=submit]:has-text('Opslaan')")
    page.click("button:has-text('definitief')")
    assert LoonwaardeMeasurement.objects.get().status == "final"
    with page.expect_download() as download:
        page.click("a:has-text('PDF')")
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    page.goto(f"{base}/income/")
    page.check("#id_benefit_0")
    page.fill("#id_age", "30")
    page.fill("#id_hours", "16")
    page.fill("#id_wage", "15")
    page.fill("#id_start", "01-01-2026")
    page.click("main form button[type=submit]")
    text = page.locator("main").inner_text()
    assert "1568.06" in text and "schatting" in text and "ONBEVESTIGD" in text, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_loonwaarde_and_income_page_has_no_axe_violations(
        page: Any, live_server: Any, world: dict[str, Any], language: str) -> None:
    from werkbrug.loonwaarde import services

    builders = _builders()
    draft = services.save_measurement(world["placement"], builders.record())
    base = live_server.url
    sign_in(page, base, world["users"]["consultant"], language=language)
    for path in ("/loonwaarde/", f"/placements/{world['placement'].pk}/loonwaarde/new/",
                 f"/loonwaarde/{draft.pk}/", f"/loonwaarde/{draft.pk}/edit/", "/income/"):
        page.goto(f"{base}{path}")
        assert_accessible(page)
    page.goto(f"{base}/placements/{world['placement'].pk}/loonwaarde/new/")
    _fill_measurement(page, stickeren_hours="1")
    page.click("main form button[type=submit]")
    assert page.locator("#error-summary").is_visible()
    assert_accessible(page)  # the form with its errors
    page.goto(f"{base}/loonwaarde/{draft.pk}/")
    page.click("form[action$='/finalise/'] button")
    assert_accessible(page)  # the report with the refusal message
    page.goto(f"{base}/income/")
    page.check("#id_benefit_1")
    page.fill("#id_age", "25")
    page.fill("#id_hours", "20")
    page.fill("#id_wage", "15")
    page.fill("#id_start", "01-09-2025")
    page.click("main form button[type=submit]")
    assert page.locator("#months-caption").is_visible()
    assert_accessible(page)  # the income estimate
