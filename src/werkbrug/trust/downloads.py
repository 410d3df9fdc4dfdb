"""Tables of published figures as CSV (one table) or Excel (one sheet per table plus a notes sheet
with the sources and the suppression rule). Cells hold numbers, text, or "<5" where suppressed."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO, StringIO
from typing import Any

from werkbrug.trust.disclosure import Cell


@dataclass(frozen=True)
class Table:
    key: str  # file and sheet name: ascii, at most 31 characters
    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[Any]]
    source: str = ""
    notes: Sequence[str] = field(default_factory=tuple)


def _plain(value: Any) -> Any:
    if isinstance(value, Cell):
        return value.shown if value.shown is not None else str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja/yes" if value else "nee/no"
    return value if isinstance(value, int | float | str) else str(value)


def _text(value: Any) -> str:
    """CSV cells; a leading formula character is neutralised (spreadsheet injection)."""
    text = str(_plain(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def to_csv(table: Table) -> bytes:
    buffer = StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(table.columns)
    writer.writerows([_text(v) for v in row] for row in table.rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM makes Excel read UTF-8


def to_xlsx(tables: Sequence[Table], notes_title: str, notes: Sequence[str]) -> bytes:
    from openpyxl import Workbook  # heavy import, only when a download is asked for

    book = Workbook()
    cover = book.active
    cover.title = notes_title[:31]
    for line in notes:
        cover.append([line])
    for table in tables:
        cover.append([f"{table.title}: {table.source}"])
        sheet = book.create_sheet(table.key[:31])
        sheet.append([table.title])
        sheet.append(list(table.columns))
        for row in table.rows:
            sheet.append([_plain(v) for v in row])
        for note in table.notes:
            sheet.append([note])
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
