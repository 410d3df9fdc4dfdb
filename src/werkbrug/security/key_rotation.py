"""Re-encrypting stored values: `werkbrug keys rotate` (everything under the newest key, with the
blind index recomputed) and the registry migration that encrypts rows written before encryption.

Values are read raw (cast to text, so the field does not decrypt them) in primary-key batches and
written back with one parameterised UPDATE per changed row (``executemany``: ``bulk_update``'s
CASE expressions made a region rotation take 18 s CPU); the caller's transaction makes the whole
run atomic."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps as global_apps
from django.db import connection, models
from django.db.models import TextField
from django.db.models.functions import Cast

from werkbrug.security import keyring
from werkbrug.security.encrypted_fields import EncryptedMixin, encrypted_fields, ring

BATCH = 1000
EMPTY = "(null)"
UNENCRYPTED = "(unencrypted)"


@dataclass
class ColumnCount:
    """Per column: rows by key id (or EMPTY / UNENCRYPTED), and how many were rewritten."""

    by_key: Counter[str] = field(default_factory=Counter)
    rewritten: int = 0


def encrypted_models(registry: Any = global_apps) -> list[tuple[type[models.Model], list[EncryptedMixin]]]:
    found = [(m, encrypted_fields(m)) for m in registry.get_models()]
    return [(m, fs) for m, fs in found if fs]


def _index_names(fields: list[EncryptedMixin]) -> list[str]:
    return [name for f in fields if (name := getattr(f, "blind_index", ""))]


def _raw_rows(model: type[models.Model], fields: list[EncryptedMixin], after: Any) -> list[tuple[Any, ...]]:
    """(pk, raw value per field..., blind index per indexed field...) for the next batch."""
    raw = {f"raw_{f.name}": Cast(f.name, output_field=TextField()) for f in fields}  # type: ignore[attr-defined]
    query = model._default_manager.filter(pk__gt=after) if after is not None else model._default_manager.all()
    return list(query.order_by("pk").annotate(**raw).values_list("pk", *raw.keys(), *_index_names(fields))[:BATCH])


def _plaintext(f: EncryptedMixin, stored: str, plaintext_ok: bool) -> str:
    if keyring.key_id_of(stored) is None:
        if not plaintext_ok:
            raise keyring.KeyRingError(f"{f.context}: a value is not encrypted; run the migrations first")
        return stored
    return ring().decrypt(stored, f.context)


def _reseal_row(model: type[models.Model], fields: list[EncryptedMixin], row: tuple[Any, ...],
                counts: dict[str, ColumnCount], plaintext_ok: bool) -> tuple[Any, ...] | None:
    """(stored value per field..., blind index per indexed field..., pk) when the row needs rewriting."""
    current = ring().current
    values: list[Any] = []
    indexes: list[Any] = []
    changed = False
    old_indexes = dict(zip(_index_names(fields), row[1 + len(fields):], strict=True))
    for f, stored in zip(fields, row[1:1 + len(fields)], strict=True):
        count = counts[f.context]
        kid = EMPTY if stored is None else keyring.key_id_of(stored) or UNENCRYPTED
        count.by_key[kid] += 1
        values.append(stored)
        if stored is None:
            continue
        plain = _plaintext(f, stored, plaintext_ok)
        if kid != current:
            values[-1] = ring().encrypt(plain, f.context)
            count.rewritten += 1
            changed = True
        index_name = getattr(f, "blind_index", "")
        if index_name:
            digest = model._meta.get_field(index_name).index_of(plain)  # type: ignore[attr-defined]
            indexes.append(digest)
            changed = changed or digest != old_indexes[index_name]
    return (*values, *indexes, row[0]) if changed else None


def _update_sql(model: type[models.Model], fields: list[EncryptedMixin]) -> str:
    quote = connection.ops.quote_name
    names = [f.column for f in fields] + [model._meta.get_field(n).column for n in _index_names(fields)]
    table = quote(model._meta.db_table)
    columns = ", ".join(f"{quote(name)} = %s" for name in names)
    return f"UPDATE {table} SET {columns} WHERE {quote(model._meta.pk.column)} = %s"  # identifiers from model meta; values are parameters  # nosec B608


def reseal(model: type[models.Model], fields: list[EncryptedMixin], plaintext_ok: bool = False
           ) -> dict[str, ColumnCount]:
    """Every value of these fields under the current key, blind indexes recomputed."""
    counts = {f.context: ColumnCount() for f in fields}
    sql = _update_sql(model, fields)
    after = None
    while rows := _raw_rows(model, fields, after):
        changed = [new for row in rows if (new := _reseal_row(model, fields, row, counts, plaintext_ok))]
        if changed:
            with connection.cursor() as cursor:
                cursor.executemany(sql, changed)
        after = rows[-1][0]
    return counts


def rotate() -> dict[str, ColumnCount]:
    """Re-encrypt every stored value under the newest key (run inside transaction.atomic)."""
    result: dict[str, ColumnCount] = {}
    for model, fields in encrypted_models():
        result.update(reseal(model, fields))
    return result


def status() -> dict[str, ColumnCount]:
    """Rows per column by key id, without changing anything."""
    result: dict[str, ColumnCount] = {}
    for model, fields in encrypted_models():
        counts = {f.context: ColumnCount() for f in fields}
        after = None
        while rows := _raw_rows(model, fields, after):
            for row in rows:
                for f, stored in zip(fields, row[1:1 + len(fields)], strict=True):
                    kid = EMPTY if stored is None else keyring.key_id_of(stored) or UNENCRYPTED
                    counts[f.context].by_key[kid] += 1
            after = rows[-1][0]
        result.update(counts)
    return result
