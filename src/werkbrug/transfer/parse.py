"""A table of raw cells -> typed records of one kind, with every problem found on the way.

Pure: what only the database knows (which keys exist, whose BSN is whose, column limits) comes
in as a ``Lookups`` value prepared by transfer.services."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from werkbrug.domain import tabular, vocabulary
from werkbrug.domain.errors import Issue, Message
from werkbrug.domain.records import check_record
from werkbrug.domain.schema import KINDS, Kind
from werkbrug.transfer.reading import Table


@dataclass(frozen=True)
class Problem:
    """One error or warning, printed as ``file:row:column: nl / en``."""

    file: str
    line: int | None
    column: str | None
    message: Message

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}:{self.column or '-'}: {self.message}"


@dataclass
class Row:
    line: int
    values: dict[str, Any]


@dataclass(frozen=True)
class Limit:
    max_length: int | None = None
    max_digits: int | None = None
    decimal_places: int | None = None
    int_max: int | None = None


@dataclass
class Lookups:
    existing: dict[str, set[str]] = field(default_factory=dict)  # kind -> keys present in the database
    bsn_owner: dict[str, str] = field(default_factory=dict)  # BSN -> external key in the database
    limits: dict[str, Limit] = field(default_factory=dict)


def record_key(kind: str, values: dict[str, Any]) -> str | tuple[str, str] | None:
    if kind == "tasks":
        work, key = values.get("work"), values.get("key")
        return (work, key) if work and key else None
    return values.get("external_key") or None


def check_header(file: str, kind: Kind, header: list[str]) -> tuple[dict[str, int], list[Problem]]:
    """Column name -> cell index. Unknown, repeated and missing required columns are errors."""
    names = {c.name for c in kind.columns}
    mapping: dict[str, int] = {}
    problems: list[Problem] = []
    for index, cell in enumerate(header):
        name = cell.strip().lower()
        if name in mapping:
            problems.append(Problem(file, 1, cell, Message("kolom staat er twee keer in",
                                                           "column appears twice")))
        elif name in names:
            mapping[name] = index
        elif name:
            problems.append(Problem(file, 1, cell, Message(
                f"onbekende kolom voor {kind.label.nl.lower()}", f"unknown column for {kind.name}")))
    for column in kind.columns:
        if column.required and column.name not in mapping:
            problems.append(Problem(file, 1, column.name, Message("verplichte kolom ontbreekt",
                                                                  "required column is missing")))
    return mapping, problems


def _limit_issues(name: str, value: Any, limit: Limit) -> list[Issue]:
    found: list[Issue] = []
    if limit.max_length and isinstance(value, str) and len(value) > limit.max_length:
        found.append(Issue(name, "too_long", Message(f"is langer dan {limit.max_length} tekens",
                                                     f"is longer than {limit.max_length} characters")))
    if limit.decimal_places is not None and isinstance(value, Decimal):
        exponent = value.normalize().as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        whole = len(str(abs(int(value)))) if int(value) else 0
        if places > limit.decimal_places or whole > (limit.max_digits or 99) - limit.decimal_places:
            found.append(Issue(name, "precision", Message(
                f"te veel cijfers (hoogstens {limit.decimal_places} achter de komma)",
                f"too many digits (at most {limit.decimal_places} after the decimal comma)")))
    if limit.int_max is not None and isinstance(value, int) and value > limit.int_max:
        found.append(Issue(name, "too_large", Message(f"mag hoogstens {limit.int_max} zijn",
                                                      f"must be at most {limit.int_max}")))
    return found


def _certificate_issues(values: dict[str, Any]) -> list[Issue]:
    found = []
    for entry in values.get("certificates") or []:
        kind, sep, code = entry.partition(":")
        if sep and (kind not in vocabulary.CERTIFICATE_KINDS or not code):
            allowed = ", ".join(vocabulary.CERTIFICATE_KINDS)
            found.append(Issue("certificates", "unknown_code", Message(
                f"'{entry}' is geen soort:code (soorten: {allowed})",
                f"'{entry}' is not kind:code (kinds: {allowed})")))
    return found


def canonical_certificates(entries: list[str] | None) -> list[str] | None:
    """'VCA' means 'branche:VCA' (as the registry stores it); order does not matter."""
    if entries is None:
        return None
    return sorted({e if ":" in e else f"branche:{e}" for e in entries})


def parse_row(kind: Kind, line: int, cells: list[Any], mapping: dict[str, int],
              lookups: Lookups) -> tuple[Row, list[Issue]]:
    values: dict[str, Any] = {}
    issues: list[Issue] = []
    failed: set[str] = set()
    for name, index in mapping.items():
        column = kind.column(name)
        value, found = tabular.parse_cell(column, cells[index] if index < len(cells) else None)
        found += _limit_issues(name, value, lookups.limits.get(name, Limit()))
        if found:
            failed.add(name)
        issues += found
        values[name] = value
    if kind.name == "candidates":
        issues += _certificate_issues(values)
        if "certificates" in values:
            values["certificates"] = canonical_certificates(values["certificates"])
    missing = {c.name for c in kind.columns if c.required and c.name not in mapping}
    for issue in check_record(kind.name, values):
        if issue.field in failed or (issue.field in missing and issue.code == "required"):
            continue  # already reported for the cell or the header
        issues.append(issue)
    return Row(line, values), issues


def _extra_cells(file: str, line: int, cells: list[Any], width: int) -> list[Problem]:
    extra = [i for i in range(width, len(cells)) if cells[i] not in (None, "")]
    if not extra:
        return []
    return [Problem(file, line, f"#{extra[0] + 1}", Message(
        "rij heeft meer cellen dan de kopregel kolommen", "row has more cells than the header has columns"))]


def parse_rows(file: str, kind: Kind, table: Table, mapping: dict[str, int],
               lookups: Lookups) -> tuple[list[Row], list[Problem]]:
    rows: list[Row] = []
    problems: list[Problem] = []
    for line, cells in table.rows:
        row, issues = parse_row(kind, line, cells, mapping, lookups)
        rows.append(row)
        problems += _extra_cells(file, line, cells, len(table.header))
        problems += [Problem(file, line, i.field, i.message) for i in issues]
    return rows, problems


def _duplicates(file: str, kind: Kind, rows: Iterable[Row]) -> list[Problem]:
    seen: dict[Any, int] = {}
    problems = []
    column = "key" if kind.name == "tasks" else "external_key"
    for row in rows:
        key = record_key(kind.name, row.values)
        if key is None:
            continue
        if key in seen:
            shown = "/".join(key) if isinstance(key, tuple) else key
            problems.append(Problem(file, row.line, column, Message(
                f"sleutel '{shown}' staat al in rij {seen[key]}", f"key '{shown}' is already in row {seen[key]}")))
        else:
            seen[key] = row.line
    return problems


def _references(file: str, kind: Kind, rows: list[Row], lookups: Lookups) -> list[Problem]:
    problems = []
    earlier: set[str] = set()  # keys of this kind defined higher up in the same file
    for row in rows:
        for column in kind.columns:
            value = row.values.get(column.name)
            if column.type != "ref" or not value:
                continue
            known = lookups.existing.get(column.ref_kind or "", set())
            if value not in known and not (column.ref_kind == kind.name and value in earlier):
                target = KINDS[column.ref_kind or ""].label
                problems.append(Problem(file, row.line, column.name, Message(
                    f"sleutel '{value}' bestaat niet bij {target.nl.lower()} (niet in de registratie, "
                    "niet hoger in dit bestand)",
                    f"key '{value}' does not exist among {target.en.lower()} (not in the registry, "
                    "not earlier in this file)")))
        if row.values.get("external_key"):
            earlier.add(row.values["external_key"])
    return problems


def _bsn_clashes(file: str, rows: list[Row], lookups: Lookups) -> list[Problem]:
    """A BSN belongs to one person. The value itself is never printed."""
    seen: dict[str, int] = {}
    problems = []
    for row in rows:
        bsn, key = row.values.get("bsn"), row.values.get("external_key")
        if not bsn:
            continue
        owner = lookups.bsn_owner.get(bsn)
        if bsn in seen:
            problems.append(Problem(file, row.line, "bsn", Message(
                f"dit BSN staat al in rij {seen[bsn]}", f"this BSN is already in row {seen[bsn]}")))
        elif owner is not None and owner != key:
            problems.append(Problem(file, row.line, "bsn", Message(
                "dit BSN hoort in de registratie bij een andere kandidaat (andere sleutel)",
                "this BSN belongs to another candidate (another key) in the registry")))
        seen.setdefault(bsn, row.line)
    return problems


def check_rows(file: str, kind: Kind, rows: list[Row], lookups: Lookups) -> list[Problem]:
    """Checks across rows and against the registry: duplicate keys, references, BSN clashes."""
    problems = _duplicates(file, kind, rows) + _references(file, kind, rows, lookups)
    if kind.name == "candidates":
        problems += _bsn_clashes(file, rows, lookups)
    return problems


def references_of(kind: Kind, rows: list[Row]) -> dict[str, set[str]]:
    """Keys each referenced kind must hold, for the database lookup."""
    wanted: dict[str, set[str]] = {}
    for column in kind.columns:
        if column.type == "ref":
            keys = {r.values[column.name] for r in rows if r.values.get(column.name)}
            wanted.setdefault(column.ref_kind or "", set()).update(keys)
    return wanted


def sort_problems(kind: Kind, problems: list[Problem]) -> list[Problem]:
    order = {c.name: i for i, c in enumerate(kind.columns)}
    return sorted(problems, key=lambda p: (p.line or 0, order.get(p.column or "", len(order))))
