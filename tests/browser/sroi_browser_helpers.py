"""Helpers for the Social Return browser journey: its demo figures; signing in and the axe check are
browser_session's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from browser_session import assert_accessible, sign_in


def sign_in_as(page: Any, base_url: str, user: Any, language: str = "nl") -> None:
    """A fresh browser session for ``user`` (the journey switches between supplier and inkoper)."""
    page.context.clear_cookies()
    sign_in(page, base_url, user, language=language)


no_axe_violations = assert_accessible



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
