"""Quotum per employer and year from stored data, through the pure calculator (assess_quotum).

A = all verloonde uren credited to the employer in the year, C = its doelgroep hours; both
follow the inlener rule (Wfsv 38g lid 4: hired-in staff count at the inlener, not the uitlener).
The liability test uses the previous year's hours when the data holds them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db.models import Sum

from werkbrug.banenafspraak.models import BanenQuarter
from werkbrug.banenafspraak.reports import find_employer, hours
from werkbrug.domain.banenafspraak.quotum import assess_quotum
from werkbrug.domain.errors import Issues
from werkbrug.registry.models import Organisation


def _year_hours(employer: Organisation, year: int, source: str) -> tuple[Decimal, Decimal] | None:
    found = BanenQuarter.objects.filter(employer=employer, year=year, source=source).aggregate(
        total=Sum("total_hours_centi"), dg=Sum("doelgroep_hours_centi"))
    if found["total"] is None:
        return None
    return hours(found["total"]), hours(found["dg"])


def _inputs(employer: Organisation, year: int) -> tuple[Decimal, Decimal, Decimal | None, list[str]]:
    notes: list[str] = []
    current = _year_hours(employer, year, "payroll")
    if current is None:
        placed = _year_hours(employer, year, "placements")
        if placed is None or employer.verloonde_uren_per_year is None:
            issues = Issues()
            issues.add("--year", "no-data", f"geen loongegevens van deze werkgever over {year}",
                       f"no payroll data for this employer in {year}")
            issues.raise_if_any()
        assert placed is not None and employer.verloonde_uren_per_year is not None
        notes.append("A = verloonde uren per jaar uit het register; C = uit plaatsingen (geen loongegevens) / "
                     "A = registry's yearly hours; C = from placements (no payroll data)")
        return employer.verloonde_uren_per_year, placed[1], None, notes
    previous = _year_hours(employer, year - 1, "payroll")
    if previous is None:
        notes.append(f"geen loongegevens over {year - 1}: de drempeltoets gebruikt {year} / "
                     f"no payroll data for {year - 1}: the threshold test uses {year}")
    return current[0], current[1], previous[0] if previous else None, notes


def employer_quotum(key: str, year: int) -> dict[str, Any]:
    employer = find_employer(key)
    a_hours, c_hours, previous, notes = _inputs(employer, year)
    assessment = assess_quotum(year, employer.sector, a_hours, c_hours, previous)
    return {"employer": employer.external_key, "name": employer.name, "sector": employer.sector,
            "hours_per_year": str(a_hours), "doelgroep_hours_per_year": str(c_hours),
            "previous_year_hours": None if previous is None else str(previous),
            "notes": notes, **assessment.as_dict()}
