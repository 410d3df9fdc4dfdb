"""Public API of the banenafspraak monitor: import payroll, refresh aggregates, reports, quotum."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
from django.db import transaction

from werkbrug.banenafspraak import store
from werkbrug.banenafspraak.models import BanenQuarter, PayrollImport
from werkbrug.banenafspraak.payroll_batch import BatchRows
from werkbrug.banenafspraak.payroll_file import Report, read_payroll
from werkbrug.banenafspraak.payroll_values import Context, Employer, ValueParsers
from werkbrug.banenafspraak.placements import placement_quarters
from werkbrug.banenafspraak.pseudonym import pseudonym
from werkbrug.banenafspraak.quotum import employer_quotum
from werkbrug.banenafspraak.reports import find_employer, report
from werkbrug.domain.identifiers import normalise_bsn
from werkbrug.registry.models import Candidate, DoelgroepRegistration, Organisation

__all__ = ["PayrollImportError", "employer_quotum", "find_employer", "import_payroll", "refresh", "report"]


@dataclass
class ImportResult:
    rows: int
    replaced: int
    dry_run: bool
    errors: list[str] = field(default_factory=list)


class PayrollImportError(Exception):
    """The file was refused; nothing was written. ``errors`` holds file:row:column lines."""

    def __init__(self, errors: list[str], total: int):
        self.errors, self.total = errors, total
        super().__init__(f"{total} fout(en) / error(s)")


class _DryRun(Exception):
    pass


def build_context() -> Context:
    employers: dict[str, Employer] = {}
    for pk, key, kvk, sector in Organisation.objects.values_list("id", "external_key", "kvk_number", "sector"):
        employers[key] = Employer(pk, sector)
        if kvk:
            employers.setdefault(kvk, Employer(pk, sector))
    bsns = dict(Candidate.objects.values_list("external_key", "bsn"))
    doelgroep: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
    registrations = DoelgroepRegistration.objects.values_list("candidate__bsn", "valid_from", "valid_to")
    for bsn, since, until in registrations:
        doelgroep[pseudonym("bsn", normalise_bsn(bsn))].append((since, until))
    return Context(employers, bsns, doelgroep)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _month_rows(import_id: int, groups: dict[str, np.ndarray]) -> Iterator[tuple]:
    columns = [groups[name].tolist() for name in
               ("employer_id", "inlener_id", "month", "total", "doelgroep", "persons", "rows")]
    for employer, inlener, month, total, dg, persons, rows in zip(*columns, strict=True):
        yield (import_id, employer, inlener or None, inlener or employer, month // 12, month % 12 + 1,
               total, dg, persons, rows)


def _person_writer(import_id: int) -> Callable[[BatchRows, np.ndarray, np.ndarray, ValueParsers], None]:
    """Writes the person rows of each valid batch into PayrollHours (import with keep_rows)."""
    def write(rows: BatchRows, counts: np.ndarray, lines: np.ndarray, parsers: ValueParsers) -> None:
        live = np.nonzero(~rows.blank)[0]
        ids, people = np.array(parsers.employer_ids), np.array(parsers.pseudonyms, dtype=np.int64)
        employer, inlener, month = ids[rows.employer[live]], ids[rows.inlener[live]], rows.month[live]
        columns = [lines[live], people[rows.person[live]], employer, inlener, month, rows.hours[live],
                   rows.flag[live], counts[live]]
        store.write_facts((import_id, line, person, e, i or None, i or e, m // 12, m % 12 + 1, h, bool(f), bool(c))
                          for line, person, e, i, m, h, f, c in zip(*(c.tolist() for c in columns), strict=True))
    return write


def _load(path: Path, context: Context, keep_rows: bool) -> tuple[Report, int]:
    """Check the whole file, then write its sums; raise PayrollImportError (the caller's
    transaction rolls back, including person rows already written)."""
    record = PayrollImport.objects.create(file_name=path.name[:255], sha256=_sha256(path))
    bulk = keep_rows and store.prepare_bulk_load()
    parsed = read_payroll(path, context, _person_writer(record.id) if keep_rows else None)
    if parsed.report.error_count:
        raise PayrollImportError(parsed.report.errors, parsed.report.error_count)
    if bulk:
        store.finish_bulk_load()
    replaced = store.replace_earlier(record.id, parsed.report.employer_months)
    store.write_months(_month_rows(record.id, parsed.groups))
    record.rows = parsed.report.rows
    record.save(update_fields=["rows"])
    return parsed.report, replaced


def import_payroll(path: Path, *, dry_run: bool = False, until: date | None = None,
                   keep_rows: bool = False) -> ImportResult:
    """Load a payroll file all-or-nothing; it replaces earlier rows of the same employers and months.
    By default only the sums per employer, inlener and month are stored; ``keep_rows`` also stores
    one pseudonymised row per person, employer and month (PayrollHours; slower, see ADR 0004)."""
    context = build_context()
    try:
        with transaction.atomic():
            report, replaced = _load(path, context, keep_rows)
            refresh(until=until)
            result = ImportResult(report.rows, replaced, dry_run)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return result


def refresh(until: date | None = None) -> None:
    """Recompute the aggregate table: payroll first, then placements for employer-years without payroll."""
    with transaction.atomic():
        store.aggregate_payroll()
        skip = store.payroll_years()
        BanenQuarter.objects.filter(source="placements").delete()
        store.write_aggregates(placement_quarters(until or date.today(), skip))
        store.summarise()
