"""Public API of the banenafspraak monitor: import payroll, refresh aggregates, reports, quotum."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import transaction

from werkbrug.banenafspraak import store
from werkbrug.banenafspraak.models import BanenQuarter, PayrollImport
from werkbrug.banenafspraak.payroll_file import Context, Employer, PayrollReader
from werkbrug.banenafspraak.placements import placement_quarters
from werkbrug.banenafspraak.pseudonym import pseudonym
from werkbrug.banenafspraak.quotum import employer_quotum
from werkbrug.banenafspraak.reports import find_employer, report
from werkbrug.domain.errors import Message
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


def _check_duplicates(reader: PayrollReader) -> None:
    for first, repeated in store.duplicates():
        reader.report.add_error(f"{reader.path.name}:{repeated}:periode_van", Message(
            f"overlapt met rij {first}: dezelfde persoon, werkgever en inlener in dezelfde maand",
            f"overlaps row {first}: the same person, employer and inlener in the same month"))


def _load(path: Path, context: Context) -> tuple[PayrollReader, int]:
    """Write the file's rows; raise PayrollImportError (the caller's transaction rolls back)."""
    record = PayrollImport.objects.create(file_name=path.name[:255], sha256=_sha256(path))
    bulk = store.prepare_bulk_load()
    reader = PayrollReader(path, context, record.id)
    for batch in reader.batches():
        if not reader.report.error_count:
            store.write_facts(batch)
    if reader.report.error_count:
        raise PayrollImportError(reader.report.errors, reader.report.error_count)
    if bulk:
        store.finish_bulk_load()
    replaced = 0 if bulk else store.replace_earlier(record.id, reader.report.employer_months)
    _check_duplicates(reader)
    if reader.report.error_count:
        raise PayrollImportError(reader.report.errors, reader.report.error_count)
    record.rows = reader.report.rows
    record.save(update_fields=["rows"])
    return reader, replaced


def import_payroll(path: Path, *, dry_run: bool = False, until: date | None = None) -> ImportResult:
    """Load a payroll file all-or-nothing; it replaces earlier rows of the same employers and months."""
    context = build_context()
    try:
        with transaction.atomic():
            reader, replaced = _load(path, context)
            refresh(until=until)
            result = ImportResult(reader.report.rows, replaced, dry_run)
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
