"""Insert many rows of one model with ``executemany``: no model instances, values adapted once
per column by the backend's own adapters. Faster than ``bulk_create``, which builds a model
instance and runs the field machinery per value (figures: docs/demo-data.md); demo loader only."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from django.db import connection, models
from django.utils import timezone

from werkbrug.security.encrypted_fields import BlindIndexField, EncryptedMixin

BATCH = 5000
Converter = Callable[[Any], Any] | None


def _converter(field: models.Field[Any, Any]) -> Converter:
    ops = connection.ops
    if isinstance(field, EncryptedMixin):
        return field.seal  # BSN and health fields: encrypted at rest like every other write
    if isinstance(field, BlindIndexField):
        return field.index_of
    if isinstance(field, models.JSONField):
        encoder = field.encoder
        empty = {list: ops.adapt_json_value([], encoder), dict: ops.adapt_json_value({}, encoder)}
        # most JSON cells are empty lists or objects: adapt those once
        return lambda value: empty[type(value)] if not value and type(value) in empty \
            else ops.adapt_json_value(value, encoder)
    if isinstance(field, models.DateTimeField):
        return lambda value: None if value is None else ops.adapt_datetimefield_value(value)
    if isinstance(field, models.DateField):
        return lambda value: None if value is None else ops.adapt_datefield_value(value)
    return None  # ints, floats, text, booleans, Decimals: the database driver adapts them


def insert_rows(model: type[models.Model], records: Iterable[dict[str, Any]]) -> int:
    """Insert records keyed by field attname (``organisation_id``); absent fields get their
    default, auto_now fields the current time. Returns the number of rows."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    now = timezone.now()
    # one default value per column (also a shared {} / []: it is only serialised, never mutated)
    converters = [_converter(f) for f in fields]
    defaults = [f.get_default() for f in fields]
    for i, field in enumerate(fields):
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            defaults[i], converters[i] = converters[i](now), None  # type: ignore[misc]  # adapt once
    # a blind index is computed from the plaintext of its source field in the same record
    names = [f.source if isinstance(f, BlindIndexField) else f.attname for f in fields]
    plan = list(zip(names, defaults, converters, strict=True))
    quote = connection.ops.quote_name
    sql = (f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "  # quoted identifiers from model meta; values are parameters  # nosec B608
           f"VALUES ({', '.join(['%s'] * len(fields))})")
    total = 0
    iterator = iter(records)
    with connection.cursor() as cursor:
        while batch := list(itertools.islice(iterator, BATCH)):
            rows = [tuple([record.get(name, default) if convert is None else convert(record.get(name, default))
                           for name, default, convert in plan]) for record in batch]
            cursor.executemany(sql, rows)
            total += len(rows)
    return total

