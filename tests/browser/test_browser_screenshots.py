"""Screenshots for docs/user-guide/ (run with WERKBRUG_UPDATE_SCREENSHOTS=1; otherwise skipped
with that reason, so the committed images only change on purpose)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from browser_session import sign_in

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]
IMG = ROOT / "docs" / "user-guide" / "img"


@pytest.mark.skipif(os.environ.get("WERKBRUG_UPDATE_SCREENSHOTS") != "1",
                    reason="screenshots for the user guide: set WERKBRUG_UPDATE_SCREENSHOTS=1 to refresh them")
def test_user_guide_screenshots(page: Any, live_server: Any, browser_world: dict[str, Any]) -> None:
    candidate, work = browser_world["mine"][0], browser_world["work"]
    IMG.mkdir(parents=True, exist_ok=True)

    def shot(path: str, name: str, full: bool = False) -> Path:
        assert page.goto(live_server.url + path).status == 200, path
        target = IMG / f"{name}.png"
        page.screenshot(path=str(target), full_page=full)
        return target

    sign_in(page, live_server.url, browser_world["consultant"])
    shot("/", "consultant-dashboard")
    shot("/candidates/", "consultant-candidates")
    shot(f"/candidates/{candidate.pk}/", "consultant-candidate")
    shot("/candidates/new/", "consultant-register")
    page.goto(live_server.url + "/candidates/new/")
    page.locator("#id_fml_IV_12_value").scroll_into_view_if_needed()
    page.screenshot(path=str(IMG / "consultant-fml-editor.png"))
    page.fill("#id_bsn", "123")
    page.click("main form button[type=submit]")
    page.screenshot(path=str(IMG / "consultant-errors.png"))
    shot(f"/candidates/{candidate.pk}/matches/", "consultant-matches")
    shot(f"/work/{work.pk}/candidates/", "consultant-work-candidates")
    shot(f"/candidates/{candidate.pk}/place/{work.pk}/", "consultant-placement")
    page.context.clear_cookies()
    sign_in(page, live_server.url, browser_world["hr"], mfa=False)
    shot("/explorer/", "employer-explorer")
    page.set_viewport_size({"width": 320, "height": 640})
    shot("/explorer/", "employer-explorer-320px")
