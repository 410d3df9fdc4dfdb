"""SROI reports as Excel (openpyxl). Numbers stay numbers; every text cell is written as text,
with a leading apostrophe where a spreadsheet would otherwise run it as a formula."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
_AMOUNT = re.compile(r"^-?\d+\.\d{2}$")  # amounts are strings with cents
BOLD = Font(bold=True)


def safe_text(text: str) -> str:
    return "'" + text if _FORMULA_START.match(text) else text


def _cell_value(value: Any) -> Any:
    if isinstance(value, str) and _AMOUNT.match(value):
        return float(Decimal(value))  # amounts travel as strings in the JSON
    if isinstance(value, (list, dict)):
        return safe_text("; ".join(map(str, value)) if isinstance(value, list) else str(value))
    return value


def put(sheet: Worksheet, row: int, values: list[Any], bold: bool = False) -> None:
    for column, raw in enumerate(values, start=1):
        value = _cell_value(raw)
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, str):
            cell.value = safe_text(value)
            cell.data_type = "s"  # never a formula, whatever the text
        else:
            cell.value = value
        if bold:
            cell.font = BOLD


SUMMARY = [("Verplichting / Obligation (€)", "obligation_eur"), ("Opgegeven / Registered (€)", "registered_eur"),
           ("Gerealiseerd / Realised (€)", "realised_eur"), ("Geverifieerd / Verified (€)", "verified_eur"),
           ("Resterend / Remaining (€)", "remaining_eur")]


def _contract_sheets(book: Workbook, sheet: Worksheet, report: dict[str, Any]) -> None:
    c = report["contract"]
    rows: list[list[Any]] = [
        ["Social Return-rapportage / Social Return report"], ["Contract", f"{c['key']} {c['name']}"],
        ["Opdrachtgever / Buyer", c["buyer"]["name"]], ["Opdrachtnemer / Supplier", c["supplier"]["name"]],
        ["Looptijd / Term", f"{c['start_date']} - {c['end_date']}"],
        ["Methode / Method", f"{c['method_name']} (tabel {c['table_valid_from']}; {c['table_source']})"],
        ["Peildatum / As of", report["as_of"]], ["Grondslag / Base", report["obligation"]["formula"]],
        *[[label, report[key]] for label, key in SUMMARY],
        ["Prognose / Forecast (€)", report["forecast"]["projected_eur"] or ""],
        ["Prognosemethode / Forecast method", report["forecast"]["method"]],
        ["Haalt doel niet / Will miss target", "JA / YES" if report["alert"]["will_miss_target"] else "nee / no"],
        ["Korting / Deduction (€)", report["penalty"]["deduction_eur"] or ""],
        ["Boete / Penalty", report["penalty"]["note"]],
    ]
    for n, values in enumerate(rows, start=1):
        put(sheet, n, values, bold=n == 1)
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 70
    months = book.create_sheet("Per maand")
    put(months, 1, ["Maand / Month", "Verplichting naar rato / Obligation pace", "Gerealiseerd / Realised",
                    "Geverifieerd / Verified", "Verstreken / Elapsed"], bold=True)
    for n, m in enumerate(report["months"], start=2):
        put(months, n, [m["month"], m["obligation_pace_eur"], m["realised_eur"], m["verified_eur"],
                        "ja" if m["elapsed"] else "nee"])
    entries = book.create_sheet("Opgaven")
    head = ["id", "kind", "status", "category", "period_start", "period_end", "hours_per_week", "value_eur",
            "evidence", "caveats"]
    put(entries, 1, head, bold=True)
    for n, e in enumerate(report["entries"], start=2):
        put(entries, n, [e[k] for k in head])


def _group_sheet(sheet: Worksheet, report: dict[str, Any]) -> None:
    role = report["report"]
    put(sheet, 1, [f"Social Return per {role}: {report[role]['name']}", f"peildatum / as of {report['as_of']}"],
        bold=True)
    head = ["Contract", "Naam / Name", "Opdrachtgever / Buyer", "Opdrachtnemer / Supplier", "Verplichting",
            "Opgegeven", "Gerealiseerd", "Geverifieerd", "Prognose", "Haalt doel niet", "Korting"]
    put(sheet, 3, head, bold=True)
    for n, s in enumerate(report["contracts"], start=4):
        put(sheet, n, [s["contract"]["key"], s["contract"]["name"], s["buyer"]["name"], s["supplier"]["name"],
                       s["obligation_eur"], s["registered_eur"], s["realised_eur"], s["verified_eur"],
                       s["projected_eur"] or "", "JA" if s["will_miss_target"] else "nee", s["deduction_eur"] or ""])
    t = report["totals"]
    put(sheet, len(report["contracts"]) + 4, ["Totaal / Total", f"{t['contracts']} contracten", "", "",
                                               t["obligation_eur"], t["registered_eur"], t["realised_eur"],
                                               t["verified_eur"], t["projected_eur"],
                                               str(t["contracts_missing_target"]), t["deduction_eur"]], bold=True)


def write_xlsx(report: dict[str, Any], target: str | Path | IO[bytes]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Samenvatting"
    if report["report"] == "contract":
        _contract_sheets(book, sheet, report)
    else:
        _group_sheet(sheet, report)
    book.save(target)
