"""The business case as a PDF (reportlab): title, summary, table per calendar year, chart,
parameters with their sources, the UNCONFIRMED flags and the disclaimer that it is an estimate."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from werkbrug.businesscase.chart import chart_png
from werkbrug.businesscase.labels import COMPONENT_LABELS, both, context_lines, label

STYLES = getSampleStyleSheet()
SMALL = ParagraphStyle("small", parent=STYLES["BodyText"], fontSize=7, leading=8.5)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
                   ("FONTSIZE", (0, 0), (-1, -1), 7), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def pdf_text(text: str) -> str:
    """Escape for reportlab's mini-markup and keep to what the built-in fonts can draw."""
    text = text.replace("−", "-").replace("≤", "<=").replace("≥", ">=")
    return escape(text.encode("cp1252", errors="replace").decode("cp1252"))


def _p(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(pdf_text(text), style or STYLES["BodyText"])


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
