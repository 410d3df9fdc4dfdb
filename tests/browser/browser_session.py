"""What every browser test needs, in one place: a signed-in session for a user, the language
cookie, and the accessibility check (axe-core zero violations, no CSP violations)."""

from __future__ import annotations

from typing import Any

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def _host(base_url: str) -> str:
    return base_url.split("//", 1)[1].split(":")[0]


def sign_in(page: Any, base_url: str, user: Any, mfa: bool = True, language: str = "nl") -> None:
    """Give the browser a session for ``user`` (as after password + second factor)."""
    from django.test import Client

    from werkbrug.security.access import MFA_SESSION_KEY

    client = Client()
    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = mfa
    session.save()
    page.context.add_cookies([
        {"name": "sessionid", "value": session.session_key, "domain": _host(base_url), "path": "/"},
        {"name": "django_language", "value": language, "domain": _host(base_url), "path": "/"}])


def set_language(page: Any, base_url: str, language: str) -> None:
    page.context.add_cookies([{"name": "django_language", "value": language, "domain": _host(base_url), "path": "/"}])


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core (added to every page by the context's init script) on the whole document."""
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "targets": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]


def assert_accessible(page: Any) -> None:
    violations = axe_violations(page)
    assert violations == [], f"{page.url}: {violations}"
    assert page.csp_errors == [], page.csp_errors
    assert page.title().endswith("Werkbrug")
