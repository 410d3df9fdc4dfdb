"""Builders for the banenafspraak monitor tests: employers, doelgroep persons, payroll files."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

from record_values import candidate_values, organisation_values
from werkbrug.registry import services
from werkbrug.registry.models import Organisation

HEADER = "persoon;werkgever;inlener;periode_van;periode_tot;uren;sector;doelgroep"


def employer(key: str, kvk: str, sector: str = "markt", region: str = "Holland Rijnland",
             kind: str = "employer") -> Organisation:
    org, _ = services.save_record("organisations", organisation_values(
        key, name=f"Werkgever {key}", kind=kind, kvk_number=kvk, sector=sector, arbeidsmarktregio=region))
    return org  # type: ignore[return-value]


def registered_candidate(key: str, bsn: str, since: date, until: date | None = None) -> None:
    """A candidate in the doelgroepregister from ``since`` (to ``until``)."""
    if not Organisation.objects.filter(external_key="gem-1").exists():
        employer("gem-1", "", sector="overheid", kind="gemeente")
    services.save_record("candidates", candidate_values(key, bsn=bsn, doelgroep_from=since))
    if until is not None:
        from werkbrug.registry.models import DoelgroepRegistration

        DoelgroepRegistration.objects.filter(candidate__external_key=key).update(valid_to=until)


def month(year: int, number: int) -> str:
    last = calendar.monthrange(year, number)[1]
    return f"01-{number:02d}-{year};{last:02d}-{number:02d}-{year}"


def row(person: str, werkgever: str, year: int, number: int, hours: str, *, inlener: str = "",
        sector: str = "", doelgroep: str = "") -> str:
    return f"{person};{werkgever};{inlener};{month(year, number)};{hours};{sector};{doelgroep}"


def payroll_file(directory: Path, rows: list[str], name: str = "loonaangifte.csv") -> Path:
    path = directory / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path
