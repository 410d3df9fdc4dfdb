"""Read a Dutch payroll CSV (';', decimal comma, dd-mm-jjjj) in column batches and sum it per group.

pyarrow's C++ CSV reader splits the file into dictionary-encoded columns (each distinct cell
text once per batch, plus an index per row); payroll_values.py parses each distinct text once
and payroll_batch.py checks and sums the rows with numpy. Memory: one batch plus one 8-byte
overlap key per row. Problems are collected as "file:row:column: nl / en" lines, never with a
person's identifier in them; the row is the physical line number."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pa_csv

from werkbrug.banenafspraak.payroll_batch import BatchChecker, BatchRows, Totals, overlaps
from werkbrug.banenafspraak.payroll_values import Context, Employer, Problems, ValueParsers
from werkbrug.domain.errors import Message

__all__ = ["Context", "Employer", "Payroll", "read_payroll"]
COLUMNS = {
    "persoon": ("persoon", "person", "bsn"),
    "werkgever": ("werkgever", "employer"),
    "inlener": ("inlener", "hirer"),
    "periode_van": ("periode_van", "period_start"),
    "periode_tot": ("periode_tot", "period_end"),
    "uren": ("uren", "hours", "verloonde_uren"),
    "sector": ("sector",),
    "doelgroep": ("doelgroep", "target_group"),
}
REQUIRED = ("persoon", "werkgever", "periode_van", "periode_tot", "uren")
MAX_REPORTED = 50
BLOCK_BYTES = 64 << 20


class Bad(Exception):
    def __init__(self, column: str, nl: str, en: str):
        self.column, self.message = column, Message(nl, en)


@dataclass
class Report:
    rows: int = 0
    errors: list[str] = field(default_factory=list)
    error_count: int = 0
    # employer id -> (first, last) month as year * 12 + month - 1: what this file replaces
    employer_months: dict[int, tuple[int, int]] = field(default_factory=dict)


@dataclass
class Payroll:
    report: Report
    groups: dict[str, np.ndarray] = field(default_factory=dict)  # employer_id, inlener_id (0 = none), month, sums


def _header(raw: list[str]) -> dict[str, int]:
    names = [h.strip().lower().lstrip("\ufeff") for h in raw]
    found = {}
    for column, aliases in COLUMNS.items():
        for index, name in enumerate(names):
            if name in aliases:
                found[column] = index
    missing = [c for c in REQUIRED if c not in found]
    if missing:
        raise Bad(", ".join(missing), f"verplichte kolom ontbreekt in de kopregel: {', '.join(missing)}",
                  f"required column missing from the header: {', '.join(missing)}")
    return found


class PayrollFile:
    """The file's header and column batches; lines with the wrong number of cells are set aside
    by pyarrow (without their line number), then found again by a slow scan (error path only)."""

    def __init__(self, path: Path):
        self.path, self.width, self.irregular = path, 0, 0
        self._skipped: np.ndarray | None = None
        self.shape_errors: list[tuple[int, Message]] = []

    def header(self) -> dict[str, int]:
        with self.path.open(encoding="utf-8-sig", newline="") as handle:
            raw = next(csv.reader([handle.readline()], delimiter=";"), [])
        self.width = len(raw)
        return _header(raw)

    def _set_aside(self, _row: object) -> str:
        self.irregular += 1
        return "skip"

    def batches(self, columns: dict[str, int]) -> Iterator[dict[str, tuple[list[str], np.ndarray]]]:
        names = [f"c{i}" for i in range(self.width)]
        wanted = {f"c{i}": name for name, i in columns.items()}
        text = pa.dictionary(pa.int32(), pa.string())
        reader = pa_csv.open_csv(
            self.path, read_options=pa_csv.ReadOptions(column_names=names, skip_rows=1, block_size=BLOCK_BYTES),
            parse_options=pa_csv.ParseOptions(delimiter=";", ignore_empty_lines=False,
                                              invalid_row_handler=self._set_aside),
            convert_options=pa_csv.ConvertOptions(include_columns=list(wanted), column_types=dict.fromkeys(wanted, text),
                                                  strings_can_be_null=False, quoted_strings_can_be_null=False))
        for batch in reader:
            yield {wanted[name]: (batch.column(name).dictionary.to_pylist(),
                                  batch.column(name).indices.to_numpy(zero_copy_only=False))
                   for name in wanted}

    def skipped(self) -> np.ndarray:
        """Line numbers that pyarrow set aside (wrong number of cells), found by scanning the file."""
        if self._skipped is None:
            self._skipped = np.array(self._scan() if self.irregular else [], dtype=np.int64)
        return self._skipped

    def _scan(self) -> list[int]:
        found = []
        with self.path.open(encoding="utf-8-sig", newline="") as handle:
            handle.readline()
            for number, line in enumerate(handle, start=2):
                stripped = line.rstrip("\r\n")
                if not stripped or len(next(csv.reader([stripped], delimiter=";"))) == self.width:
                    continue
                found.append(number)
                if stripped.strip():
                    few = len(next(csv.reader([stripped], delimiter=";"))) < self.width
                    self.shape_errors.append((number, Message("te weinig kolommen", "too few columns") if few
                                              else Message("te veel kolommen", "too many columns")))
        return found

    def lines(self, rows: np.ndarray) -> np.ndarray:
        """Physical line numbers of data rows (0 = the first row after the header)."""
        skipped = self.skipped()
        before = skipped - 2 - np.arange(len(skipped))  # data rows in front of each set-aside line
        return rows + 2 + np.searchsorted(before, rows, side="right")


RowsCallback = Callable[[BatchRows, np.ndarray, np.ndarray, ValueParsers], None]


class _Collector:
    def __init__(self, problems: Problems):
        self.problems, self.count, self.first = problems, 0, []

    def add(self, rows: np.ndarray, numbers: np.ndarray) -> None:
        self.count += len(rows)
        room = MAX_REPORTED - len(self.first)
        self.first += list(zip(rows[:room].tolist(), numbers[:room].tolist(), strict=True))


def read_payroll(path: Path, context: Context, on_rows: RowsCallback | None = None) -> Payroll:
    """Check and sum the whole file. ``on_rows(rows, counts, lines, parsers)`` gets every valid
    batch while no error has been seen (to store person rows as well)."""
    report, problems = Report(), Problems()
    source = PayrollFile(path)
    try:
        columns = source.header()
    except Bad as bad:
        report.errors, report.error_count = [f"{path.name}:1:{bad.column}: {bad.message}"], 1
        return Payroll(report)
    parsers = ValueParsers(context, problems)
    checker, totals, collected = BatchChecker(parsers, problems), Totals(parsers.register_months()), _Collector(problems)
    offset = 0
    for batch in source.batches(columns):
        size = len(next(iter(batch.values()))[1])
        rows = checker.check(batch, size)
        bad = np.nonzero(rows.error >= 0)[0]
        collected.add(offset + bad, rows.error[bad])
        if not collected.count and not source.irregular:
            counts = totals.counts(rows)
            totals.add(rows, counts, offset)
            if on_rows:
                on_rows(rows, counts, source.lines(offset + np.arange(size)), parsers)
        offset += size
    _finish(report, source, collected, totals, parsers)
    if report.error_count:
        return Payroll(report)
    return Payroll(report, _groups(totals, parsers, report))


def _finish(report: Report, source: PayrollFile, collected: _Collector, totals: Totals, parsers: ValueParsers) -> None:
    entries = []
    if collected.first:
        rows, numbers = zip(*collected.first, strict=True)
        lines = source.lines(np.array(rows, dtype=np.int64)).tolist()
        for line, number in zip(lines, numbers, strict=True):
            column, message = parsers.problems.items[number]
            entries.append((line, f"{source.path.name}:{line}:{column}: {message}"))
    source.skipped()
    entries += [(line, f"{source.path.name}:{line}: {message}") for line, message in source.shape_errors]
    report.error_count = collected.count + len(source.shape_errors)
    if not report.error_count:
        keys = np.concatenate(totals.keys) if totals.keys else np.zeros(0, dtype=np.int64)
        count, pairs = overlaps(keys, MAX_REPORTED)
        report.error_count = count
        for repeated, first in pairs:
            line, first_line = source.lines(np.array([repeated, first])).tolist()
            entries.append((line, f"{source.path.name}:{line}:periode_van: " + str(Message(
                f"overlapt met rij {first_line}: dezelfde persoon, werkgever en inlener in dezelfde maand",
                f"overlaps row {first_line}: the same person, employer and inlener in the same month"))))
    report.errors = [text for _, text in sorted(entries)[:MAX_REPORTED]]
    totals.keys.clear()


def _groups(totals: Totals, parsers: ValueParsers, report: Report) -> dict[str, np.ndarray]:
    groups = totals.groups()
    ids = np.array(parsers.employer_ids, dtype=np.int64)
    dense = groups.pop("employer")
    groups["employer_id"], groups["inlener_id"] = ids[dense], ids[groups.pop("inlener")]
    report.rows = int(groups["rows"].sum())
    first = np.full(len(ids), np.iinfo(np.int64).max)
    last = np.full(len(ids), -1)
    np.minimum.at(first, dense, groups["month"])
    np.maximum.at(last, dense, groups["month"])
    report.employer_months = {int(ids[i]): (int(first[i]), int(last[i])) for i in np.nonzero(last >= 0)[0]}
    return groups
