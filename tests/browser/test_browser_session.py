"""The session-expiry warning (WCAG 2.2.1) in a real browser, with the idle limit shortened to
100 seconds and the clock moved by back-dating the session: the warning appears with its button
focused, "Stay signed in" extends the session through the progressive-enhancement script, and a
session left idle past the limit ends."""

from __future__ import annotations

import time
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, databases=["default", "audit"])]
IDLE = 100


@pytest.fixture
def short_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    from werkbrug.security import conf

    monkeypatch.setattr(conf, "SESSION_IDLE_SECONDS", IDLE)


def _sign_in(page: Any, base_url: str, user: Any, language: str) -> str:
    from django.test import Client

    from werkbrug.security.access import MFA_SESSION_KEY

    client = Client()
    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = True
    session.save()
    host = base_url.split("//", 1)[1].split(":")[0]
    page.context.add_cookies([
        {"name": "sessionid", "value": session.session_key, "domain": host, "path": "/"},
        {"name": "django_language", "value": language, "domain": host, "path": "/"}])
    return str(session.session_key)


def _idle_for(session_key: str, seconds: float) -> None:
    """Move the clock: the session was last used ``seconds`` ago."""
    from django.contrib.sessions.backends.db import SessionStore

    from werkbrug.security.middleware import SEEN_AT

    store = SessionStore(session_key)
    store[SEEN_AT] = time.time() - seconds
    store.save()


def _idle_left(page: Any, base_url: str) -> int:
    state = page.request.get(base_url + "/auth/session/").json()
    assert state["authenticated"] is True
    return int(state["idle_left"])


def _axe_clean(page: Any) -> None:
    from pathlib import Path

    axe = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(axe))
    result = page.evaluate("() => axe.run(document, {runOnly: {type: 'tag', values: "
                           "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})")
    assert result["violations"] == [], [v["id"] for v in result["violations"]]


@pytest.mark.parametrize("language,button", [("nl", "Aangemeld blijven"), ("en", "Stay signed in")])
def test_warning_extend_and_expiry(page: Any, live_server: Any, registry_base: dict[str, Any], short_idle: None,
                                   language: str, button: str) -> None:
    from werkbrug.security.models import AuditEvent
    from werkbrug.security.testing import user_with_role

    user = user_with_role(f"sessie-{language}", "consultant", registry_base["gemeente"])
    key = _sign_in(page, live_server.url, user, language)
    page.set_default_timeout(60000)  # the shared test machine can be slow
    page.goto(live_server.url + "/")
    warning = page.locator("#session-warning")
    warning.wait_for(state="visible")  # at most 100 s left: less than the 120 s warning time
    assert page.evaluate("() => document.activeElement.textContent.trim()") == button
    _axe_clean(page)

    _idle_for(key, IDLE - 5)
    assert _idle_left(page, live_server.url) <= 5  # asking does not extend
    page.keyboard.press("Enter")  # the focused "Stay signed in" button
    warning.wait_for(state="hidden")
    assert _idle_left(page, live_server.url) >= IDLE - 10  # extended without leaving the page
    assert page.url.rstrip("/") == live_server.url.rstrip("/")

    _idle_for(key, IDLE + 1)
    page.goto(live_server.url + "/candidates/")
    assert "/auth/login/" in page.url  # idle past the limit: signed out
    assert page.request.get(live_server.url + "/auth/session/").status == 401
    assert AuditEvent.objects.filter(action="session_expired", actor_id=user.pk).count() == 1
