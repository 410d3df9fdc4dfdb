"""The outcome figures as CSV (one file, one block per table; Dutch: ';' separated, UTF-8 with BOM)
and as an Excel workbook (one sheet per table plus the definitions). Text that a spreadsheet would
run as a formula is neutralised."""

from __future__ import annotations

import csv
from io import BytesIO, StringIO
from typing import Any

from openpyxl import Workbook

from werkbrug.domain.tabular import neutralise
from werkbrug.pathways.outcomes import tables


def _cell(value: Any) -> Any:
    return neutralise(value) if isinstance(value, str) else value


def to_csv(report: dict[str, Any], definitions: list[tuple[str, str]]) -> bytes:
    out = StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["as_of", report["as_of"], "region", _cell(report["region"] or "all")])
    for name, header, rows in tables(report):
        writer.writerow([])
        writer.writerow([f"# {name}"])
        writer.writerow(header)
        writer.writerows([[_cell(v) for v in row] for row in rows])
    writer.writerow([])
    writer.writerow(["# definitions"])
    writer.writerows([[_cell(term), _cell(text)] for term, text in definitions])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(report: dict[str, Any], definitions: list[tuple[str, str]]) -> bytes:
    book = Workbook()
    about = book.active
    about.title = "definitions"
    about.append(["as_of", report["as_of"]])
    about.append(["region", _cell(report["region"] or "all")])
    for term, text in definitions:
        about.append([_cell(term), _cell(text)])
    for name, header, rows in tables(report):
        sheet = book.create_sheet(name[:31])
        sheet.append(header)
        for row in rows:
            sheet.append([_cell(v) for v in row])
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
