"""Helpers for the consultant-extra and administration browser tests: signing in, keyboard
steps and the axe check (the same checks as the shared browser tests, without importing conftest)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
ROOT = Path(__file__).resolve().parents[2]


def sign_in(page: Any, base_url: str, user: Any, mfa: bool = True, language: str = "nl") -> None:
    """Give the browser a session for ``user`` (as after password + second factor)."""
    from django.test import Client

    from werkbrug.security.access import MFA_SESSION_KEY

    client = Client()
    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = mfa
    session.save()
    host = base_url.split("//", 1)[1].split(":")[0]
    page.context.add_cookies([
        {"name": "sessionid", "value": session.session_key, "domain": host, "path": "/"},
        {"name": "django_language", "value": language, "domain": host, "path": "/"}])


def assert_accessible(page: Any) -> None:
    """axe-core zero violations, no CSP violations, a page title."""
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    violations = [{"id": v["id"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]][:5]}
                  for v in result["violations"]]
    assert violations == [], f"{page.url}: {violations}"
    assert page.csp_errors == [], page.csp_errors
    assert page.title().endswith("Werkbrug")


def assert_reflows(page: Any, base_url: str, paths: list[str]) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    for path in paths:
        page.goto(base_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path}: {width}px wide"


def tab_to(page: Any, selector: str, limit: int = 500) -> None:
    """Press Tab until the element matching ``selector`` has the focus."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def type_into(page: Any, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.type(text)
