"""The business case as a PDF (reportlab): title, summary, table per calendar year, chart,
parameters with their sources, the UNCONFIRMED flags and the disclaimer that it is an estimate."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    Image,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from werkbrug.businesscase.chart import chart_png
from werkbrug.businesscase.labels import COMPONENT_LABELS, both, context_lines, label
from werkbrug.pdf_basics import GRID, SMALL, STYLES, paragraph

_p = paragraph


def _amount(value: float) -> str:
    return f"{value:,.2f}"


def _year_table(result: dict[str, Any]) -> Table:
    years = result["per_year"]
    head = ["€", *[f"{y['year']} ({y['months']} mnd)" for y in years], "Totaal / Total"]
    rows = [head] + [[_p(label(name), SMALL), *[_amount(y[name]) for y in years],
                      _amount(result["totals"][name])] for name in COMPONENT_LABELS]
    rows.append([_p("Netto kosten per maand (gemiddeld) / Net cost per month (average)", SMALL),
                 *["" for _ in years], _amount(result["per_month_average"]["net_cost"])])
    table = Table(rows, colWidths=[6 * cm] + [None] * (len(years) + 1), repeatRows=1)
    table.setStyle(GRID)
    table.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    return table


def _parameter_table(result: dict[str, Any]) -> Table:
    rows: list[list[Any]] = [["Parameter", "Waarde / Value", "Geldig vanaf / Valid from",
                              "Bron / Source", "ONBEVESTIGD"]]
    for p in result["parameters"]:
        rows.append([_p(p["name"], SMALL), _p(str(p["value"]), SMALL), p["valid_from"],
                     _p(p["source"], SMALL), "JA / YES" if p["unconfirmed"] else ""])
    table = Table(rows, colWidths=[4.2 * cm, 2 * cm, 2.4 * cm, 6.4 * cm, 2 * cm], repeatRows=1)
    table.setStyle(GRID)
    return table


def _unconfirmed(result: dict[str, Any]) -> list[Flowable]:
    if not result["unconfirmed"]:
        return [_p("Geen ONBEVESTIGDE parameters gebruikt. / No UNCONFIRMED parameters used.")]
    return [_p(f"ONBEVESTIGD / UNCONFIRMED: {p['name']} = {p['value']} "
               f"(vanaf / from {p['valid_from']}; {p['source']})", SMALL) for p in result["unconfirmed"]]


def _story(result: dict[str, Any]) -> list[Flowable]:
    h2 = STYLES["Heading2"]
    story: list[Flowable] = [
        _p("Business case werkgever / Employer business case", STYLES["Title"]),
        _p(f"SCHATTING / ESTIMATE. {both(result['disclaimer'])}", STYLES["Italic"]),
        Table([[_p(k, SMALL), _p(v, SMALL)] for k, v in context_lines(result)],
              colWidths=[4.5 * cm, 12.5 * cm], style=GRID),
        _p("Samenvatting", h2), _p(result["summary"]["nl"]),
        _p("Summary", h2), _p(result["summary"]["en"]),
    ]
    if result["loonwaarde"]["kind"] == "estimate":
        story.append(_p(both(result["loonwaarde"]["explanation"]), SMALL))
    story += [_p("Kosten en opbrengst / Cost and value (€)", h2), _year_table(result), Spacer(1, 8),
              Image(BytesIO(chart_png(result)), width=17 * cm, height=7.65 * cm),
              _p("Parameters en bronnen / Parameters and sources", h2), _parameter_table(result),
              _p("ONBEVESTIGD / UNCONFIRMED", h2), *_unconfirmed(result),
              Spacer(1, 8), _p(both(result["disclaimer"]), STYLES["Italic"])]
    return story


def write_pdf(result: dict[str, Any], target: str | Path | IO[bytes]) -> None:
    destination = str(target) if isinstance(target, Path) else target
    document = SimpleDocTemplate(destination, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                                 topMargin=1.5 * cm, bottomMargin=1.5 * cm,
                                 title="Business case", author="Werkbrug")
    document.build(_story(result))
