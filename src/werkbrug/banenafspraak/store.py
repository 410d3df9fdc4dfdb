"""Bulk writes of payroll sums (and, on request, person rows) and the SQL that aggregates them.

Rows go in through the driver's fastest path (PostgreSQL COPY, SQLite executemany on the raw
connection) inside the caller's transaction, so a failed import leaves nothing behind. The
aggregates are rebuilt by INSERT … SELECT: PayrollMonth -> BanenQuarter (per credited employer
and quarter) -> BanenSummary (per year, quarter, sector and region)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection

from werkbrug.banenafspraak.models import BanenQuarter, BanenSummary, PayrollHours, PayrollMonth
from werkbrug.registry.models import Organisation

FACT = PayrollHours._meta.db_table
MONTHS = PayrollMonth._meta.db_table
AGGREGATE = BanenQuarter._meta.db_table
SUMMARY = BanenSummary._meta.db_table
FACT_COLUMNS = ("payroll_import_id", "source_row", "person", "employer_id", "inlener_id", "credited_id",
                "year", "month", "hours_centi", "reported_doelgroep", "counts")
MONTH_COLUMNS = ("payroll_import_id", "employer_id", "inlener_id", "credited_id", "year", "month",
                 "total_hours_centi", "doelgroep_hours_centi", "doelgroep_persons", "row_count")
SQLITE_CACHE_KIB = 512 * 1024
INDEX = PayrollHours._meta.indexes[0]


def _empty(table: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {table} LIMIT 1) AS any_row")  # identifiers are module constants from model meta; values are parameters  # nosec B608
        return int(cursor.fetchone()[0]) == 0


def prepare_bulk_load() -> bool:
    """True (and the person-row index dropped) when the person-row table is empty."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
    empty = _empty(FACT)
    if empty:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX {INDEX.name}")
    return empty


def finish_bulk_load() -> None:
    # SQL from the migration's own index definition (the schema editor cannot run inside a
    # transaction on SQLite, and this must stay inside the import's transaction).
    create = str(INDEX.create_sql(PayrollHours, connection.SchemaEditorClass(connection)))
    with connection.cursor() as cursor:
        cursor.execute(create)
        if connection.vendor == "postgresql":
            cursor.execute(f"ANALYZE {FACT}")


def _write(table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
    names = ", ".join(columns)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    connection.ensure_connection()
    raw = connection.connection.cursor()
    try:
        raw.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})", rows)  # identifiers are module constants from model meta; values are parameters  # nosec B608
    finally:
        raw.close()


def write_facts(batch: Iterable[tuple]) -> None:
    _write(FACT, FACT_COLUMNS, batch)


def write_months(rows: Iterable[tuple]) -> None:
    _write(MONTHS, MONTH_COLUMNS, rows)


def replace_earlier(import_id: int, employer_months: dict[int, tuple[int, int]]) -> int:
    """Delete sums and person rows of other imports for the same employers in the months this file
    covers; returns the number of payroll rows replaced."""
    if _empty(MONTHS) and _empty(FACT):
        return 0
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE payroll_replace (employer_id BIGINT PRIMARY KEY, first_month INTEGER,"
                       " last_month INTEGER)")
        try:
            cursor.executemany("INSERT INTO payroll_replace VALUES (%s, %s, %s)",
                               [(e, first, last) for e, (first, last) in employer_months.items()])
            covered = ("payroll_import_id <> %s AND EXISTS (SELECT 1 FROM payroll_replace r WHERE r.employer_id = {t}.employer_id"
                       " AND {t}.year * 12 + {t}.month - 1 BETWEEN r.first_month AND r.last_month)")
            cursor.execute(f"SELECT COALESCE(SUM(row_count), 0) FROM {MONTHS} WHERE " + covered.format(t=MONTHS), [import_id])  # identifiers are module constants from model meta; values are parameters  # nosec B608
            replaced = int(cursor.fetchone()[0])
            cursor.execute(f"DELETE FROM {MONTHS} WHERE " + covered.format(t=MONTHS), [import_id])  # identifiers are module constants from model meta; values are parameters  # nosec B608
            cursor.execute(f"DELETE FROM {FACT} WHERE " + covered.format(t=FACT), [import_id])  # identifiers are module constants from model meta; values are parameters  # nosec B608
            return replaced
        finally:
            cursor.execute("DROP TABLE payroll_replace")


def aggregate_payroll() -> None:
    """Recompute every payroll row of the aggregate, per credited employer (inlener or employer)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AGGREGATE} WHERE source = 'payroll'")  # identifiers are module constants from model meta; values are parameters  # nosec B608
        cursor.execute(
            f"INSERT INTO {AGGREGATE} (employer_id, year, quarter, source, total_hours_centi,"  # identifiers are module constants from model meta; values are parameters  # nosec B608
            " doelgroep_hours_centi, doelgroep_person_months)"
            " SELECT credited_id, year, (month + 2) / 3, 'payroll', SUM(total_hours_centi),"
            f" SUM(doelgroep_hours_centi), SUM(doelgroep_persons) FROM {MONTHS}"
            " GROUP BY credited_id, year, (month + 2) / 3")


def summarise() -> None:
    """Recompute the year × quarter × sector × region summary from the aggregate."""
    organisations = Organisation._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {SUMMARY}")  # identifiers are module constants from model meta; values are parameters  # nosec B608
        cursor.execute(
            f"INSERT INTO {SUMMARY} (year, quarter, sector, region, total_hours_centi, doelgroep_hours_centi)"  # identifiers are module constants from model meta; values are parameters  # nosec B608
            " SELECT q.year, q.quarter, o.sector, o.arbeidsmarktregio, SUM(q.total_hours_centi),"
            f" SUM(q.doelgroep_hours_centi) FROM {AGGREGATE} q JOIN {organisations} o ON o.id = q.employer_id"
            " GROUP BY q.year, q.quarter, o.sector, o.arbeidsmarktregio")
        if connection.vendor == "postgresql":
            cursor.execute(f"ANALYZE {AGGREGATE}")


def payroll_years() -> set[tuple[int, int]]:
    """(employer id, year) pairs that have payroll data."""
    return set(BanenQuarter.objects.filter(source="payroll").values_list("employer_id", "year").distinct())


def write_aggregates(rows: Iterable[BanenQuarter]) -> None:
    BanenQuarter.objects.bulk_create(list(rows), batch_size=5000)
