"""Registry records in the typed form files use: one dict per record, keyed by schema column name.

Export writes these; the importer compares against them to leave unchanged records alone."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations

from werkbrug.domain.schema import KINDS
from werkbrug.registry.models import Certificate, DoelgroepRegistration
from werkbrug.registry.services import MODELS
from werkbrug.transfer.parse import Limit, record_key

DOELGROEP = ("doelgroep_category", "doelgroep_from", "doelgroep_to")
_EXTRAS = (*DOELGROEP, "certificates")  # candidate columns stored in their own tables
_BATCH = 1000

Record = dict[str, Any]
Key = str | tuple[str, str]


def _paths(kind: str) -> dict[str, str]:
    """Column name -> the .values() path that holds it (a reference by its external key)."""
    paths = {}
    for column in KINDS[kind].columns:
        if kind == "candidates" and column.name in _EXTRAS:
            continue
        paths[column.name] = f"{column.name}__external_key" if column.type == "ref" else column.name
    return paths


def _add_candidate_extras(batch: dict[int, Record]) -> None:
    for record in batch.values():
        record.update(dict.fromkeys(DOELGROEP), certificates=[])
    # The current registration is the one with the latest valid_from: later rows overwrite earlier.
    registrations = DoelgroepRegistration.objects.filter(candidate_id__in=batch).order_by(
        "candidate_id", "valid_from", "id")
    for reg in registrations:
        batch[reg.candidate_id].update(doelgroep_category=reg.category, doelgroep_from=reg.valid_from,
                                       doelgroep_to=reg.valid_to)
    certificates = Certificate.objects.filter(candidate_id__in=batch).values_list("candidate_id", "kind", "code")
    for candidate_id, kind, code in certificates:
        batch[candidate_id]["certificates"].append(f"{kind}:{code}")
    for record in batch.values():
        record["certificates"].sort()


def _records(kind: str, query: models.QuerySet[Any]) -> Iterator[Record]:
    paths = _paths(kind)
    batch: dict[int, Record] = {}
    for raw in query.order_by("pk").values("pk", *paths.values()).iterator(chunk_size=_BATCH):
        batch[raw["pk"]] = {name: raw[path] for name, path in paths.items()}
        if len(batch) >= _BATCH:
            yield from _finish(kind, batch)
            batch = {}
    yield from _finish(kind, batch)


def _finish(kind: str, batch: dict[int, Record]) -> Iterable[Record]:
    if kind == "candidates" and batch:
        _add_candidate_extras(batch)
    return batch.values()


def iter_records(kind: str, query: models.QuerySet[Any] | None = None) -> Iterator[tuple[Key | None, Record]]:
    """Every record of a kind (or of ``query``: an operator's scope) in a stable order (by primary key)."""
    for record in _records(kind, MODELS[kind]._default_manager.all() if query is None else query):
        yield record_key(kind, record), record


def fetch_records(kind: str, keys: Iterable[Key | None]) -> dict[Key, Record]:
    """The stored records with these keys (tasks: (work key, task key))."""
    wanted = {k for k in keys if k is not None}
    lookup, field = ("work__external_key", 0) if kind == "tasks" else ("external_key", None)
    values = sorted({k[field] if field is not None else k for k in wanted})  # type: ignore[index]
    found: dict[Key, Record] = {}
    manager = MODELS[kind]._default_manager
    for start in range(0, len(values), _BATCH):
        query = manager.filter(**{f"{lookup}__in": values[start:start + _BATCH]})
        for record in _records(kind, query):
            key = record_key(kind, record)
            if key in wanted:
                found[key] = record  # type: ignore[index]
    return found


def _limit(field: models.Field[Any, Any]) -> Limit:
    if isinstance(field, models.DecimalField):
        return Limit(max_digits=field.max_digits, decimal_places=field.decimal_places)
    if isinstance(field, models.IntegerField):
        _, high = BaseDatabaseOperations.integer_field_ranges.get(field.get_internal_type(), (0, None))
        return Limit(int_max=high)
    if isinstance(field, models.CharField):
        return Limit(max_length=field.max_length)
    return Limit()


def limits(kind: str) -> dict[str, Limit]:
    """What the storage can hold per column (lengths, digits, integer range), from the model."""
    model = MODELS[kind]
    found = {}
    for column in KINDS[kind].columns:
        if column.type == "ref" or (kind == "candidates" and column.name in _EXTRAS):
            continue
        found[column.name] = _limit(model._meta.get_field(column.name))
    return found
