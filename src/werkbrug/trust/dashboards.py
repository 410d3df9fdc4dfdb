"""Regional figures for policy analysts: placements per region and quarter, Banenafspraak banen
per sector and region. Aggregates only, with small counts suppressed (trust.disclosure).

Read-only use of the registry and banenafspraak data; doorstroom and Social Return are in
dashboards_flows. Every function returns plain dicts that the page, the CSV and the Excel share."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.db.models import Count, Max, Sum
from django.db.models.functions import ExtractQuarter

from werkbrug.banenafspraak import reports as banen_reports
from werkbrug.banenafspraak.models import BanenQuarter
from werkbrug.registry.models import Placement
from werkbrug.trust import disclosure

QUARTERS = (1, 2, 3, 4)
TWO = Decimal("0.01")


def latest_year() -> int | None:
    """The latest year with a placement: the page's default year."""
    found = Placement.objects.aggregate(last=Max("start_date"))["last"]
    return found.year if found else None


def placements(year: int, region: str | None = None) -> dict[str, Any]:
    """Placements that started in `year`, per the candidate's arbeidsmarktregio and quarter."""
    rows = Placement.objects.filter(start_date__year=year)
    if region:
        rows = rows.filter(candidate__arbeidsmarktregio=region)
    counts: dict[str, dict[int, int]] = defaultdict(lambda: dict.fromkeys(QUARTERS, 0))
    for row in (rows.annotate(quarter=ExtractQuarter("start_date"))
                .values("candidate__arbeidsmarktregio", "quarter").annotate(n=Count("id"))):
        counts[row["candidate__arbeidsmarktregio"] or ""][row["quarter"]] = row["n"]
    regions = sorted(counts)
    # the published table: quarters plus the year total, regions plus the total over regions
    matrix = [[counts[r][q] for q in QUARTERS] + [sum(counts[r].values())] for r in regions]
    if matrix:
        matrix.append([sum(column) for column in zip(*matrix, strict=True)])
    cells = disclosure.protect_table(matrix)
    lines = [{"region": r, "quarters": cells[i][:4], "total": cells[i][4]} for i, r in enumerate(regions)]
    total = {"quarters": cells[-1][:4], "total": cells[-1][4]} if cells else None
    return {"year": year, "region": region or "", "rows": lines, "total": total}


def _banen(hours_centi: int, year: int) -> Decimal:
    return banen_reports.banen(hours_centi, year).quantize(TWO)


def _banen_line(row: dict[str, Any], year: int) -> dict[str, Any]:
    months = 3 * max(1, row["quarters"])
    persons = round((row["person_months"] or 0) / months)
    # hours of fewer than MIN_CELL employers are those employers' own payroll; a handful of
    # doelgroep persons would be recognisable: both are suppressed
    hidden = row["employers"] < disclosure.MIN_CELL or disclosure.too_small(persons)
    return {"sector": row["employer__sector"] or "", "region": row["employer__arbeidsmarktregio"] or "",
            "employers": row["employers"], "suppressed": hidden,
            "banen": None if hidden else _banen(row["dg"] or 0, year),
            "doelgroep_hours": None if hidden else Decimal(row["dg"] or 0) / 100}


def banen_by_sector_region(year: int, region: str | None = None) -> dict[str, Any]:
    """Banen (doelgroep hours ÷ the hours of one baan) per sector and region of the credited
    employer, over the year's quarters in the Banenafspraak aggregate."""
    rows = BanenQuarter.objects.filter(year=year)
    if region:
        rows = rows.filter(employer__arbeidsmarktregio=region)
    grouped = (rows.values("employer__sector", "employer__arbeidsmarktregio")
               .annotate(dg=Sum("doelgroep_hours_centi"), employers=Count("employer", distinct=True),
                         person_months=Sum("doelgroep_person_months"), quarters=Count("quarter", distinct=True))
               .order_by("employer__arbeidsmarktregio", "employer__sector"))
    return {"year": year, "region": region or "", "rows": [_banen_line(r, year) for r in grouped]}


def banen_national(year: int) -> list[dict[str, Any]]:
    """National progress per sector with the statutory target (banenafspraak's own report)."""
    employers = dict(BanenQuarter.objects.filter(year=year).values_list("employer__sector")
                     .annotate(n=Count("employer", distinct=True)).order_by())
    lines = []
    for row in banen_reports.report(year=year)["sectors"]:
        if row["year"] != year:
            continue
        hidden = employers.get(row["sector"], 0) < disclosure.MIN_CELL
        lines.append({**row, "suppressed": hidden, "banen": None if hidden else row["banen"],
                      "extra_banen": None if hidden else row["extra_banen"]})
    return lines
