"""The regional dashboards' sections: each one table (the page's table, the CSV and an Excel sheet
are the same rows) and a chart of the same figures, with its source."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from werkbrug.trust import dashboards, dashboards_flows
from werkbrug.trust.disclosure import Cell
from werkbrug.trust.downloads import Table
from werkbrug.web.charts import Chart, Series
from werkbrug.web.views import trust_labels as labels


@dataclass(frozen=True)
class Section:
    table: Table
    chart: Chart | None


def _shown(value: Cell | Decimal | float | None) -> float | None:
    if isinstance(value, Cell):
        return value.shown
    return None if value is None else float(value)


def _chart(table: Table, categories: list[str], series: list[Series], y_label: str) -> Chart | None:
    if not categories:
        return None
    return Chart(title=table.title, categories=categories, series=series, y_label=y_label, source=table.source)


def placements(year: int, region: str | None) -> Section:
    data = dashboards.placements(year, region)
    quarters = [f"Q{q}" for q in dashboards.QUARTERS]
    rows: list[list[Any]] = [[labels.region(r["region"]), *r["quarters"], r["total"]] for r in data["rows"]]
    if data["total"]:
        rows.append([_("All regions"), *data["total"]["quarters"], data["total"]["total"]])
    table = Table("placements", _("Placements started per region, %(year)s") % {"year": year},
                  [_("Region"), *quarters, _("Year")], rows,
                  source=_("Werkbrug registry: placements by start date and the candidate's labour-market region"))
    # the year per region: with many regions, four bars each would not be readable
    series = [Series(_("Year"), [_shown(r["total"]) for r in data["rows"]])]
    return Section(table, _chart(table, [labels.region(r["region"]) for r in data["rows"]], series,
                                 _("placements")))


def banen_national(year: int) -> Section:
    rows = []
    for r in dashboards.banen_national(year):
        target = r["target"] or {}
        rows.append([labels.sector(r["sector"]), r["banen"], target.get("extra_banen"), r["extra_banen"],
                     target.get("source", "")])
    table = Table("banen_national", _("Banenafspraak nationally per sector, %(year)s") % {"year": year},
                  [_("Sector"), _("Banen"), _("Target (extra banen)"), _("Extra banen since the nulmeting"),
                   _("Source of the target")], rows,
                  source=_("Banenafspraak aggregate (payroll imports and registry placements); banen = doelgroep "
                           "hours ÷ the hours of one baan (rules-nl.md 1.2)"))
    series = [Series(_("Banen"), [_shown(Decimal(r[1])) if r[1] is not None else None for r in rows]),
              Series(_("Target (extra banen)"), [_shown(Decimal(r[2])) if r[2] is not None else None for r in rows])]
    return Section(table, _chart(table, [r[0] for r in rows], series, _("banen")))


def banen_regional(year: int, region: str | None) -> Section:
    data = dashboards.banen_by_sector_region(year, region)
    rows = [[labels.region(r["region"]), labels.sector(r["sector"]), r["employers"],
             "<5" if r["suppressed"] else r["banen"]] for r in data["rows"]]
    table = Table("banen_regional", _("Banen per region and sector, %(year)s") % {"year": year},
                  [_("Region"), _("Sector"), _("Employers"), _("Banen")], rows,
                  source=_("Banenafspraak aggregate by the credited employer's region and sector"))
    regions = sorted({r["region"] for r in data["rows"]})
    sectors = sorted({r["sector"] for r in data["rows"]})
    found = {(r["region"], r["sector"]): r["banen"] for r in data["rows"]}
    series = [Series(labels.sector(s), [_shown(found.get((g, s))) for g in regions]) for s in sectors]
    return Section(table, _chart(table, [labels.region(g) for g in regions], series, _("banen")))


def doorstroom(year: int, region: str | None) -> Section:
    data = dashboards_flows.doorstroom(year, region)
    rows = []
    for r in data["rows"]:
        pair = f"{labels.situation_group(r['source'])} → {labels.situation_group(r['target'])}"
        where = _("All regions") if r["total"] else labels.region(r["region"])
        rate = None if r["rate"] is None else round(100 * r["rate"], 1)
        rows.append([pair, where, r["cohort"], r["moved"], rate])
    table = Table("doorstroom", _("Doorstroom in %(year)s") % {"year": year},
                  [_("From → to"), _("Region"), _("People at the start"), _("Moved on"), _("Rate %")], rows,
                  source=_("Werkbrug trajectories (pathways), status model %(version)s: the group on 1 January, "
                           "the situation on 31 December") % {"version": data["model_version"]})
    totals = [row for row, r in zip(rows, data["rows"], strict=True) if r["total"]]
    series = [Series(_("Rate %"), [row[4] for row in totals])]
    return Section(table, _chart(table, [row[0] for row in totals], series, _("percent moved on")))


def sroi(year: int, region: str | None) -> Section:
    data = dashboards_flows.sroi_totals(year, region)
    rows = [[labels.region(r["region"]), r["contracts"], r["obligation"], r["realised"], r["verified"], r["people"]]
            for r in data["rows"]]
    table = Table("sroi", _("Social Return per region of the buyer, %(year)s") % {"year": year},
                  [_("Region"), _("Contracts"), _("Obligation (EUR)"), _("Realised (EUR)"), _("Verified (EUR)"),
                   _("People placed")], rows,
                  source=_("Werkbrug Social Return ledger: contracts running in the year, entries starting in it"))
    names = [row[0] for row in rows]
    series = [Series(_("Obligation (EUR)"), [_shown(row[2]) for row in rows]),
              Series(_("Realised (EUR)"), [_shown(row[3]) for row in rows]),
              Series(_("Verified (EUR)"), [_shown(row[4]) for row in rows])]
    return Section(table, _chart(table, names, series, _("euro")))


def sections(year: int, region: str | None) -> list[Section]:
    return [placements(year, region), banen_national(year), banen_regional(year, region),
            doorstroom(year, region), sroi(year, region)]
