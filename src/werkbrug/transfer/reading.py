"""Bytes of an uploaded file -> a table of raw cells with the line numbers a person sees.

CSV: UTF-8 (with or without BOM) or Windows-1252, separator ';' (also ',' or tab, sniffed from
the header). XLSX: the first worksheet, read with openpyxl in read-only mode. No Django here."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from werkbrug.domain.errors import Message

SEPARATORS = (";", ",", "\t")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx",)


class FileProblem(ValueError):
    """The file as a whole cannot be read; nothing in it is imported."""

    def __init__(self, message: Message):
        self.message = message
        super().__init__(str(message))


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (line number, cells)
    separator: str | None = None


def decode(data: bytes) -> str:
    """UTF-8 (BOM optional); Windows-1252 only when the bytes are not valid UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = "\x00"
    if "\x00" in text:
        raise FileProblem(Message(
            "bestand is geen leesbare tekst in UTF-8 of Windows-1252; sla het op als CSV UTF-8",
            "file is not readable text in UTF-8 or Windows-1252; save it as CSV UTF-8"))
    return text


def _header_split(line: str, separator: str) -> list[str]:
    return next(csv.reader([line], delimiter=separator), [])


def sniff_separator(first_line: str, known: set[str]) -> str:
    """The separator under which the header splits into the most known column names."""
    def score(sep: str) -> int:
        return sum(1 for cell in _header_split(first_line, sep) if cell.strip().lower() in known)

    best = max(SEPARATORS, key=score)  # ties go to ';', the Dutch default
    if score(best) == 0:
        raise FileProblem(Message(
            "de kopregel valt niet uiteen in bekende kolommen: verkeerd scheidingsteken? "
            "Gebruik ; (of , of tab) en de kolomnamen uit de sjabloon",
            "the header does not split into known columns: wrong separator? "
            "Use ; (or , or tab) and the column names of the template"))
    return best


def _csv_rows(text: str, separator: str) -> Iterable[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    previous_end = 0
    try:
        for cells in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if any(cell.strip() for cell in cells):
                yield start, cells
    except csv.Error as error:
        raise FileProblem(Message(f"CSV onleesbaar rond regel {reader.line_num}",
                                  f"CSV unreadable near line {reader.line_num}")) from error


def read_csv(data: bytes, known: set[str]) -> Table:
    text = decode(data)
    if not text.strip():
        raise empty_file()
    first_line = text.lstrip("\r\n").splitlines()[0]
    separator = sniff_separator(first_line, known)
    rows = list(_csv_rows(text, separator))
    (_, header), body = rows[0], rows[1:]
    return Table([h.strip() for h in header], body, separator)


def read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook  # heavy import, only when needed

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise FileProblem(Message("bestand is geen geldig Excel-bestand (.xlsx)",
                                  "file is not a valid Excel file (.xlsx)")) from error
    try:
        rows = [(n, list(cells)) for n, cells in enumerate(book.worksheets[0].iter_rows(values_only=True), 1)
                if any(c not in (None, "") for c in cells)]
    finally:
        book.close()
    if not rows:
        raise empty_file()
    (_, header), body = rows[0], rows[1:]
    return Table([str(h).strip() if h is not None else "" for h in header], body)


def empty_file() -> FileProblem:
    return FileProblem(Message("bestand is leeg (geen kopregel)", "file is empty (no header row)"))


def read_table(name: str, data: bytes, known: set[str]) -> Table:
    """Dispatch on the file name's suffix; raise FileProblem for anything unreadable."""
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise empty_file()
    lowered = name.lower()
    if lowered.endswith(XLSX_SUFFIXES):
        return read_xlsx(data)
    if lowered.endswith(CSV_SUFFIXES):
        return read_csv(data, known)
    raise FileProblem(Message("onbekend bestandstype; gebruik .csv of .xlsx",
                              "unknown file type; use .csv or .xlsx"))
