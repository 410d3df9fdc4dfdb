"""Typed records -> CSV (';', decimal comma, dd-mm-jjjj, UTF-8 with BOM for Excel) or .xlsx; templates.

Text cells that a spreadsheet would run as a formula get a leading apostrophe (tabular.neutralise)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from werkbrug.domain import tabular
from werkbrug.domain.schema import Column, Kind

DATE_FORMAT = "DD-MM-YYYY"
_NATIVE = {"int", "decimal", "date", "bool"}  # written as numbers/dates/booleans in .xlsx


class UnknownFormat(ValueError):
    pass


def file_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in {".csv", ".xlsx"}:
        return suffix[1:]
    raise UnknownFormat(suffix)


def write_csv(path: str | Path, kind: Kind, rows: Iterable[dict[str, Any]]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([c.name for c in kind.columns])
        for row in rows:
            writer.writerow([tabular.format_cell(c, row.get(c.name)) for c in kind.columns])
            count += 1
    return count


def xlsx_value(column: Column, value: Any) -> Any:
    if column.type in _NATIVE and value is not None:
        return int(value) if column.type == "int" else value
    return tabular.format_cell(column, value) or None


def write_xlsx(path: str | Path, kind: Kind, rows: Iterable[dict[str, Any]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet(kind.name)
    sheet.append([c.name for c in kind.columns])
    count = 0
    for row in rows:
        cells = []
        for column in kind.columns:
            cell = WriteOnlyCell(sheet, value=xlsx_value(column, row.get(column.name)))
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(path)
    return count


def write_rows(path: str | Path, kind: Kind, rows: Iterable[dict[str, Any]]) -> int:
    writer = write_xlsx if file_format(path) == "xlsx" else write_csv
    return writer(path, kind, rows)


def describe(column: Column) -> str:
    """Type, requirement, range and allowed codes of a column, in one line (Dutch / English)."""
    parts = [column.type + (f" → {column.ref_kind}" if column.ref_kind else "")]
    parts.append("verplicht / required" if column.required else "optioneel / optional")
    if column.minimum is not None or column.maximum is not None:
        low = "" if column.minimum is None else f"{column.minimum:g}"
        high = "" if column.maximum is None else f"{column.maximum:g}"
        parts.append(f"{low}…{high}")
    if column.code_list is not None:
        parts.append(", ".join(column.code_list))
    return "; ".join(parts)


def write_template(path: str | Path, kind: Kind) -> None:
    """An empty file with the documented columns; for .xlsx with labels as comments and a sheet 'uitleg'."""
    if file_format(path) == "csv":
        write_csv(path, kind, [])
        return
    from openpyxl import Workbook
    from openpyxl.comments import Comment

    book = Workbook()
    sheet = book.active
    sheet.title = kind.name
    for index, column in enumerate(kind.columns, 1):
        cell = sheet.cell(row=1, column=index, value=column.name)
        cell.comment = Comment(f"{column.label.nl} / {column.label.en}\n{describe(column)}", "Werkbrug")
    guide = book.create_sheet("uitleg")
    guide.append(["kolom / column", "omschrijving", "description", "type", "verplicht / required", "codes"])
    for column in kind.columns:
        guide.append([column.name, column.label.nl, column.label.en, column.type,
                      "ja" if column.required else "nee", ", ".join(column.code_list or [])])
    book.save(path)
