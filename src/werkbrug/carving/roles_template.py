"""The roles template to download (.csv with ';' and decimal comma, UTF-8 with BOM, or .xlsx):
the columns of werkbrug.carving.roles_file and a small worked example (a ward's day shift and a
clinic), so an employer sees how role columns repeat and tasks get one row each."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font

from werkbrug.carving.roles_file import COLUMNS

EXAMPLE = (
    ("verpl-dag", "Verpleegkundige dagdienst", "3", "32,00", "", "dag", "bedden", "Bedden opmaken", "4", "1", "", ""),
    ("verpl-dag", "", "", "", "", "", "maaltijd", "Maaltijden rondbrengen", "3", "0", "", "eten"),
    ("verpl-dag", "", "", "", "", "", "afruimen", "Afruimen", "1", "0", "", "eten"),
    ("verpl-dag", "", "", "", "", "", "medicatie", "Medicatie delen", "8", "4", "", ""),
    ("assistent", "Doktersassistent", "2,5", "22,00", "", "dag", "archief", "Archiveren", "8", "1",
     "IV.12=1:10", ""),
)


def template_csv() -> bytes:
    """Excel opens a ';' file with a BOM as UTF-8 in Dutch settings."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.name for c in COLUMNS])
    writer.writerows(EXAMPLE)
    return buffer.getvalue().encode("utf-8-sig")


def template_xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Functies"
    sheet.append([c.name for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in EXAMPLE:
        sheet.append(list(row))
    for column_cells in sheet.columns:  # every example cell is text, as typed in the csv
        for cell in column_cells[1:]:
            cell.data_type = "s"
    notes = book.create_sheet("Toelichting")
    notes.append(["kolom / column", "betekenis", "meaning"])
    for column in COLUMNS:
        notes.append([column.name, column.label.nl, column.label.en])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
