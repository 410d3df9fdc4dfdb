"""Bulk writes of payroll facts and the SQL that checks and aggregates them; SQLite and PostgreSQL.

Rows go in through the driver's fastest path (PostgreSQL COPY, SQLite executemany on the raw
connection) inside the caller's transaction, so a failed import leaves nothing behind. Loading
into an empty table drops the one index first and rebuilds it afterwards: sorting once is far
cheaper than 30 million random B-tree inserts. The index is covering, so duplicate check and
aggregation read it in order instead of sorting the table."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection

from werkbrug.banenafspraak.models import BanenQuarter, PayrollHours

FACT = PayrollHours._meta.db_table
AGGREGATE = BanenQuarter._meta.db_table
FACT_COLUMNS = ("payroll_import_id", "source_row", "person", "employer_id", "inlener_id", "credited_id",
                "year", "month", "hours_centi", "reported_doelgroep", "counts")
SQLITE_CACHE_KIB = 512 * 1024
INDEX = PayrollHours._meta.indexes[0]


def prepare_bulk_load() -> bool:
    """True (and the index dropped) when the fact table is empty."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        cursor.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {FACT} LIMIT 1) AS any_row")
        empty = int(cursor.fetchone()[0]) == 0
        if empty:
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


def write_facts(batch: list[tuple]) -> None:
    columns = ", ".join(FACT_COLUMNS)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {FACT} ({columns}) FROM STDIN") as copy:
            for row in batch:
                copy.write_row(row)
        return
    connection.ensure_connection()
    marks = ", ".join("?" for _ in FACT_COLUMNS)
    raw = connection.connection.cursor()
    try:
        raw.executemany(f"INSERT INTO {FACT} ({columns}) VALUES ({marks})", batch)
    finally:
        raw.close()


def replace_earlier(import_id: int, employer_months: dict[int, tuple[int, int]]) -> int:
    """Delete rows of other imports for the same employers in the months this file covers (one pass)."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE payroll_replace (employer_id BIGINT PRIMARY KEY, first_month INTEGER,"
                       " last_month INTEGER)")
        try:
            cursor.executemany("INSERT INTO payroll_replace VALUES (%s, %s, %s)",
                               [(e, first, last) for e, (first, last) in employer_months.items()])
            cursor.execute(
                f"DELETE FROM {FACT} WHERE payroll_import_id <> %s AND EXISTS (SELECT 1 FROM payroll_replace r"
                f" WHERE r.employer_id = {FACT}.employer_id"
                f" AND {FACT}.year * 12 + {FACT}.month - 1 BETWEEN r.first_month AND r.last_month)", [import_id])
            return max(cursor.rowcount, 0)
        finally:
            cursor.execute("DROP TABLE payroll_replace")


def duplicates(limit: int = 20) -> list[tuple[int, int]]:
    """(first, repeated) source rows: the same person, employer and inlener twice in one month.
    Run after replace_earlier: then every row of an employer-month in the file is from the file."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT MIN(id), MAX(id) FROM {FACT} GROUP BY credited_id, year, month, person, employer_id, inlener_id"
            " HAVING COUNT(*) > 1 LIMIT %s", [limit])
        pairs = cursor.fetchall()
        found = []
        for first, repeated in pairs:
            cursor.execute(f"SELECT source_row FROM {FACT} WHERE id IN (%s, %s) ORDER BY id", [first, repeated])
            rows = [int(r[0]) for r in cursor.fetchall()]
            found.append((min(rows), max(rows)))
        return sorted(found)


def aggregate_payroll() -> None:
    """Recompute every payroll row of the aggregate, per credited employer (inlener or employer)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AGGREGATE} WHERE source = 'payroll'")
        cursor.execute(
            f"INSERT INTO {AGGREGATE} (employer_id, year, quarter, source, total_hours_centi,"
            " doelgroep_hours_centi, doelgroep_person_months)"
            " SELECT credited_id, year, (month + 2) / 3, 'payroll', SUM(total), SUM(dg), SUM(persons) FROM ("
            " SELECT credited_id, year, month, SUM(hours_centi) AS total,"
            " SUM(CASE WHEN counts THEN hours_centi ELSE 0 END) AS dg,"
            f" COUNT(DISTINCT CASE WHEN counts THEN person END) AS persons FROM {FACT}"
            " GROUP BY credited_id, year, month) AS m GROUP BY credited_id, year, (month + 2) / 3")


def payroll_years() -> set[tuple[int, int]]:
    """(employer id, year) pairs that have payroll data."""
    return set(BanenQuarter.objects.filter(source="payroll").values_list("employer_id", "year").distinct())


def write_aggregates(rows: Iterable[BanenQuarter]) -> None:
    BanenQuarter.objects.bulk_create(list(rows), batch_size=5000)
