"""Helpers for the Social Return browser journey (a uniquely named module; the shared browser
helpers live in the conftest, which test modules must not import)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def sign_in_as(page: Any, base_url: str, user: Any, language: str = "nl") -> None:
    """A session for ``user`` in the browser (as after a password and the second factor)."""
    from django.test import Client

    from werkbrug.security.access import MFA_SESSION_KEY

    client = Client()
    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = True
    session.save()
    host = base_url.split("//", 1)[1].split(":")[0]
    page.context.clear_cookies()
    page.context.add_cookies([
        {"name": "sessionid", "value": session.session_key, "domain": host, "path": "/"},
        {"name": "django_language", "value": language, "domain": host, "path": "/"}])


def no_axe_violations(page: Any) -> None:
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    violations = [{"id": v["id"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]][:5]}
                  for v in result["violations"]]
    assert violations == [], f"{page.url}: {violations}"
    assert page.csp_errors == [], page.csp_errors


def banen_figures(employer: Any) -> None:
    """Two years of payroll figures and a baanambitie, so the employer's chart has bars."""
    from werkbrug.banenafspraak.models import BanenQuarter
    from werkbrug.registry.models import BaanAmbitie

    for year, hours in ((2024, 60_000), (2025, 90_000)):
        BaanAmbitie.objects.create(organisation=employer, year=year, target_banen=3)
        for quarter in (1, 2, 3, 4):
            BanenQuarter.objects.create(employer=employer, year=year, quarter=quarter, source="payroll",
                                        total_hours_centi=hours * 40, doelgroep_hours_centi=hours)


def pdf_file(folder: Path) -> Path:
    path = folder / "factuur.pdf"
    path.write_bytes(b"%PDF-1.4 factuur")
    return path
