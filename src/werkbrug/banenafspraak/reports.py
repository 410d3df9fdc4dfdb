"""Banenafspraak report queries on the aggregate table (never on the payroll facts).

banen = doelgroep hours ÷ 1.331 per year (a quarter: ÷ 1.331/4), the unit of the quotum
formula (D, Wfsv 38g lid 3) and 25,5 uur × 52,18 weken; every hour counts pro rata."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet, Sum

from werkbrug.banenafspraak.models import BanenQuarter, BanenSummary
from werkbrug.domain.banenafspraak.targets import progress_against_ambition, target
from werkbrug.domain.banenafspraak.units import baan_units, banen_from_yearly_hours
from werkbrug.domain.errors import DomainValidationError, Issues
from werkbrug.registry.models import BaanAmbitie, Organisation

NULMETING_YEAR, NULMETING_QUARTER = 2012, 4  # baseline 31-12-2012 / 1-1-2013 (rules-nl.md 1.2)
TWO = Decimal("0.01")


def hours(centi: int | None) -> Decimal:
    return Decimal(centi or 0) / 100


def banen(hours_centi: int | None, year: int, quarterly: bool = False) -> Decimal:
    per_year = baan_units(date(year, 1, 1))[1]
    return banen_from_yearly_hours(hours(hours_centi) * (4 if quarterly else 1), per_year)


def find_employer(key: str) -> Organisation:
    found = Organisation.objects.filter(Q(external_key=key) | Q(kvk_number=key)).order_by("id").first()
    if found is None:
        issues = Issues()
        issues.add("--employer", "unknown", "onbekende werkgever (sleutel of KvK-nummer)",
                   "unknown employer (key or KvK number)")
        issues.raise_if_any()
    assert found is not None
    return found


def _rows(year: int | None) -> QuerySet[BanenQuarter]:
    rows = BanenQuarter.objects.all()
    return rows.filter(year=year) if year else rows


def _summary(region: str | None, year: int | None) -> QuerySet[BanenSummary]:
    """National and regional figures come from the summary table (year × quarter × sector × region)."""
    rows = BanenSummary.objects.all()
    if region:
        rows = rows.filter(region=region)
    return rows.filter(year=year) if year else rows


def _summed(rows: QuerySet[Any], *keys: str) -> list[dict[str, Any]]:
    grouped = rows.values(*keys).annotate(dg=Sum("doelgroep_hours_centi"), total=Sum("total_hours_centi"))
    return list(grouped.order_by(*keys))


def _line(row: dict[str, Any], quarterly: bool = False) -> dict[str, Any]:
    return {"doelgroep_hours": str(hours(row["dg"])), "total_hours": str(hours(row["total"])),
            "banen": str(banen(row["dg"], row["year"], quarterly).quantize(TWO))}


def _target(year: int, sector: str) -> dict[str, Any] | None:
    try:
        goal = target(year, sector)
    except DomainValidationError:
        return None
    return {"extra_banen": str(goal.decimal), "unconfirmed": goal.unconfirmed, "source": goal.source}


def sector_totals(rows: QuerySet[BanenSummary]) -> list[dict[str, Any]]:
    """Per year and sector, with the national target; extra banen only when the data holds the nulmeting."""
    base = {r["sector"]: r for r in _summed(rows.filter(year=NULMETING_YEAR, quarter=NULMETING_QUARTER),
                                            "sector", "year")}
    result = []
    for row in _summed(rows, "year", "sector"):
        sector = row["sector"]
        line = {"year": row["year"], "sector": sector, **_line(row), "target": _target(row["year"], sector)}
        baseline = base.get(sector)
        line["extra_banen"] = None
        if baseline is not None:
            extra = banen(row["dg"], row["year"]) - banen(baseline["dg"], NULMETING_YEAR, quarterly=True)
            line["extra_banen"] = str(extra.quantize(TWO))
        result.append(line)
    return result


def _ambition(employer: Organisation, year: int, quarters: list[dict[str, Any]]) -> dict[str, Any] | None:
    goal = BaanAmbitie.objects.filter(organisation=employer, year=year).first()
    in_year = [q for q in quarters if q["year"] == year]
    if goal is None or not in_year:
        return None
    last = in_year[-1]  # the ambition is "banen by the end of the year": the last quarter with data
    realised = banen(last["dg"], year, quarterly=True).quantize(TWO)
    return {"measured_quarter": f"{year}-Q{last['quarter']}",
            **progress_against_ambition(realised, goal.target_banen).as_dict()}


def employer_detail(employer: Organisation, year: int | None) -> dict[str, Any]:
    rows = _rows(year).filter(employer=employer)
    quarters = _summed(rows, "year", "quarter", "source")
    years = []
    for row in _summed(rows, "year"):
        sources = sorted({q["source"] for q in quarters if q["year"] == row["year"]})
        years.append({"year": row["year"], "source": "+".join(sources), **_line(row),
                      "baanambitie": _ambition(employer, row["year"], quarters)})
    return {"employer": employer.external_key, "name": employer.name, "sector": employer.sector,
            "region": employer.arbeidsmarktregio, "years": years,
            "quarters": [{"quarter": f"{q['year']}-Q{q['quarter']}", "source": q["source"], **_line(q, True)}
                         for q in quarters]}


def report(employer: str | None = None, region: str | None = None, year: int | None = None) -> dict[str, Any]:
    per_year = baan_units(date(year or date.today().year, 1, 1))[1]
    result: dict[str, Any] = {"filters": {"employer": employer, "region": region, "year": year},
                              "unit": {"hours_per_baan_per_year": str(per_year),
                                       "rule": "banen = doelgroepuren ÷ 1.331 per jaar (÷ 332,75 per kwartaal)"}}
    if employer:
        result["employer"] = employer_detail(find_employer(employer), year)
        return result
    rows = _summary(region, year)
    result["sectors"] = sector_totals(rows)
    result["regions"] = [{"year": r["year"], "region": r["region"], **_line(r)}
                         for r in _summed(rows, "year", "region")]
    result["quarters"] = [{"quarter": f"{r['year']}-Q{r['quarter']}", "sector": r["sector"],
                           **_line(r, True)} for r in _summed(rows, "year", "quarter", "sector")]
    return result
