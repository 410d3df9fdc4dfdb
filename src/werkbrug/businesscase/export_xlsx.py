"""The business case as an Excel workbook (openpyxl): a summary sheet, a month-by-month sheet and
a parameters sheet with sources. Numbers stay numbers; every text cell is written as text, with
a leading apostrophe where a spreadsheet would otherwise run it as a formula."""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from werkbrug.businesscase.labels import COMPONENT_LABELS, both, context_lines, label
from werkbrug.domain.business.case import COMPONENTS

SHEETS = ("Samenvatting", "Per maand", "Parameters")
_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
BOLD = Font(bold=True)


def safe_text(text: str) -> str:
    """Text a spreadsheet would run as a formula gets one leading apostrophe."""
    return "'" + text if _FORMULA_START.match(text) else text


def _put(sheet: Worksheet, row: int, values: list[Any], bold: bool = False) -> None:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, str):
            cell.value = safe_text(value)
            cell.data_type = "s"  # never a formula, whatever the text
        else:
            cell.value = value
        if bold:
            cell.font = BOLD


def _summary_sheet(sheet: Worksheet, result: dict[str, Any]) -> None:
    rows: list[list[Any]] = [
        ["Business case werkgever / Employer business case"],
        ["SCHATTING / ESTIMATE", both(result["disclaimer"])],
        ["Samenvatting", result["summary"]["nl"]], ["Summary", result["summary"]["en"]], [],
        *[[k, v] for k, v in context_lines(result)], [],
    ]
    if result["loonwaarde"]["kind"] == "estimate":
        rows.insert(4, ["Loonwaarde", both(result["loonwaarde"]["explanation"])])
    for n, values in enumerate(rows, start=1):
        _put(sheet, n, values, bold=n == 1)
    start = len(rows) + 1
    years = result["per_year"]
    _put(sheet, start, ["€", "Totaal / Total", "Per maand / Per month",
                        *[f"{y['year']} ({y['months']})" for y in years]], bold=True)
    for offset, name in enumerate(COMPONENT_LABELS, start=1):
        _put(sheet, start + offset, [label(name), result["totals"][name],
                                     result["per_month_average"][name], *[y[name] for y in years]])
    last = start + len(COMPONENT_LABELS) + 1
    _put(sheet, last, ["Netto kosten − productieve waarde / Net cost − productive value",
                       result["net_cost_minus_productive_value"]])
    sheet.column_dimensions["A"].width = 48
    sheet.column_dimensions["B"].width = 60


def _month_sheet(sheet: Worksheet, result: dict[str, Any]) -> None:
    _put(sheet, 1, ["Maand / Month", "WML per uur / hourly", *[label(n) for n in COMPONENTS]],
         bold=True)
    for n, row in enumerate(result["per_month"], start=2):
        _put(sheet, n, [row["month"], row["wml_hourly"], *[row[name] for name in COMPONENTS]])
    sheet.freeze_panes = "B2"


def _parameter_sheet(sheet: Worksheet, result: dict[str, Any]) -> None:
    _put(sheet, 1, ["Parameter", "Waarde / Value", "Geldig vanaf / Valid from", "Bron / Source",
                    "ONBEVESTIGD / UNCONFIRMED", "Toelichting / Note"], bold=True)
    for n, p in enumerate(result["parameters"], start=2):
        _put(sheet, n, [p["name"], str(p["value"]), p["valid_from"], p["source"],
                        "JA / YES" if p["unconfirmed"] else "nee / no", p.get("note", "")])
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["D"].width = 80


def write_xlsx(result: dict[str, Any], target: str | Path | IO[bytes]) -> None:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = SHEETS[0]
    _summary_sheet(summary, result)
    _month_sheet(book.create_sheet(SHEETS[1]), result)
    _parameter_sheet(book.create_sheet(SHEETS[2]), result)
    book.save(target)
