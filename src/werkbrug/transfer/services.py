"""Import and export of registry kinds as CSV or .xlsx: the transfer app's public API.

An import reads and checks every row first; only a file without errors is written, all rows in
one transaction, through registry.services.save_record. Rows whose values equal what is stored
are left alone, so re-importing a file changes nothing and bumps no versions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import DatabaseError, models, transaction

from werkbrug.domain import tabular
from werkbrug.domain.errors import DomainValidationError, Message, VersionConflict
from werkbrug.domain.schema import KINDS, Kind
from werkbrug.registry import services as registry
from werkbrug.transfer import parse, reading, writing
from werkbrug.transfer.parse import Problem, Row
from werkbrug.transfer.records import DOELGROEP, fetch_records, iter_records, limits

_CHUNK = 500


@dataclass
class ImportResult:
    kind: str
    file: str
    dry_run: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class TransferError(ValueError):
    """A request that cannot be carried out at all (unknown kind or file type)."""

    def __init__(self, message: Message):
        self.message = message
        super().__init__(str(message))


def kind_of(name: str) -> Kind:
    if name not in KINDS:
        raise TransferError(Message(f"onbekende soort '{name}'; kies uit: {', '.join(KINDS)}",
                                    f"unknown kind '{name}'; choose from: {', '.join(KINDS)}"))
    return KINDS[name]


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as missing:
        raise reading.FileProblem(Message("bestand niet gevonden of niet leesbaar",
                                          "file not found or not readable")) from missing
    limit = settings.WERKBRUG_IMPORT_MAX_BYTES
    if size > limit:
        raise reading.FileProblem(Message(
            f"bestand is te groot ({size} bytes; de grens is {limit} bytes)",
            f"file is too large ({size} bytes; the limit is {limit} bytes)"))
    return path.read_bytes()


def _existing_keys(kind: str, keys: set[str]) -> set[str]:
    model = registry.MODELS[kind]
    found: set[str] = set()
    ordered = sorted(keys)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start:start + _CHUNK]
        found.update(model._default_manager.filter(external_key__in=chunk).values_list("external_key", flat=True))
    return found


def _bsn_owners(rows: list[Row]) -> dict[str, str]:
    bsns = sorted({r.values["bsn"] for r in rows if r.values.get("bsn")})
    owners: dict[str, str] = {}
    for start in range(0, len(bsns), _CHUNK):
        query = registry.MODELS["candidates"]._default_manager.filter(bsn__in=bsns[start:start + _CHUNK])
        owners.update(query.values_list("bsn", "external_key"))
    return owners


def _lookups_for(kind: Kind, rows: list[Row], lookups: parse.Lookups) -> parse.Lookups:
    for ref_kind, keys in parse.references_of(kind, rows).items():
        lookups.existing[ref_kind] = _existing_keys(ref_kind, keys)
    if kind.name == "candidates":
        lookups.bsn_owner = _bsn_owners(rows)
    return lookups


def validate(kind: Kind, file: str, table: reading.Table) -> tuple[list[Row], list[Problem]]:
    """Every problem in the table; rows are only usable when there are none."""
    mapping, problems = parse.check_header(file, kind, table.header)
    if problems and not mapping:
        return [], problems
    lookups = parse.Lookups(limits=limits(kind.name))
    rows, row_problems = parse.parse_rows(file, kind, table, mapping, lookups)
    problems += row_problems
    problems += parse.check_rows(file, kind, rows, _lookups_for(kind, rows, lookups))
    return rows, parse.sort_problems(kind, problems)


def _comparable(kind: Kind, name: str, value: Any) -> str:
    column = kind.column(name)
    if column.type == "bool" and value is None:
        value = False  # an empty cell stores False
    return tabular.format_cell(column, value)


def is_unchanged(kind: Kind, new: dict[str, Any], stored: dict[str, Any]) -> bool:
    """True when saving ``new`` would store nothing new (compared in the file's own text form)."""
    for name, value in new.items():
        if name in DOELGROEP and not new.get("doelgroep_category"):
            continue  # an empty doelgroep never ends a registration: history is kept
        if _comparable(kind, name, value) != _comparable(kind, name, stored.get(name)):
            return False
    return True


def classify(kind: Kind, rows: list[Row]) -> tuple[list[Row], list[Row], int]:
    """(rows to create, rows to update, number unchanged)."""
    stored = fetch_records(kind.name, [parse.record_key(kind.name, r.values) for r in rows])
    created, updated, unchanged = [], [], 0
    for row in rows:
        old = stored.get(parse.record_key(kind.name, row.values))
        if old is None:
            created.append(row)
        elif is_unchanged(kind, row.values, old):
            unchanged += 1
        else:
            updated.append(row)
    return created, updated, unchanged


class _WriteFailed(Exception):
    def __init__(self, row: Row):
        self.row = row


def _write(kind: Kind, rows: list[Row]) -> None:
    with transaction.atomic():
        for row in sorted(rows, key=lambda r: r.line):
            try:
                registry.save_record(kind.name, row.values)
            except (DomainValidationError, registry.UnknownReference, VersionConflict, DatabaseError,
                    models.ObjectDoesNotExist) as error:
                raise _WriteFailed(row) from error


def import_file(kind_name: str, path: str | Path, *, dry_run: bool = False) -> ImportResult:
    """Validate every row of a file, then write all of it or nothing."""
    kind, path = kind_of(kind_name), Path(path)
    result = ImportResult(kind.name, path.name, dry_run)
    try:
        table = reading.read_table(path.name, _read_bytes(path), {c.name for c in kind.columns})
    except reading.FileProblem as problem:
        result.errors.append(Problem(path.name, None, None, problem.message))
        return result
    rows, result.errors = validate(kind, path.name, table)
    if not table.rows:
        result.warnings.append(Problem(path.name, None, None, Message(
            "bestand bevat alleen een kopregel; niets te doen", "file holds only a header row; nothing to do")))
    if result.errors:
        return result
    created, updated, result.unchanged = classify(kind, rows)
    result.created, result.updated = len(created), len(updated)
    if not dry_run:
        try:
            _write(kind, created + updated)
        except _WriteFailed as failed:  # a race with another writer; the whole file is rolled back
            result.errors.append(Problem(path.name, failed.row.line, None, Message(
                f"opslaan mislukt ({type(failed.__cause__).__name__}); niets is opgeslagen",
                f"saving failed ({type(failed.__cause__).__name__}); nothing was saved")))
    return result


def export_file(kind_name: str, path: str | Path, query: Any = None,
                shown: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> int:
    """Write every record of a kind (of ``query``, each reduced by ``shown``: an operator's
    scope and field classes); returns the number of rows."""
    kind = kind_of(kind_name)
    _check_format(path)
    rows = (values for _, values in iter_records(kind.name, query))
    return writing.write_rows(path, kind, (shown(v) for v in rows) if shown else rows)


def write_template(kind_name: str, path: str | Path) -> None:
    kind = kind_of(kind_name)
    _check_format(path)
    writing.write_template(path, kind)


def _check_format(path: str | Path) -> None:
    try:
        writing.file_format(path)
    except writing.UnknownFormat as unknown:
        raise TransferError(Message("onbekend bestandstype; gebruik .csv of .xlsx",
                                    "unknown file type; use .csv or .xlsx")) from unknown

