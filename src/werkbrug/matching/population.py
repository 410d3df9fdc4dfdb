"""The whole registry population encoded once and kept in memory for recommendation queries.

Encoding every candidate and work item takes seconds (region) to minutes (national), a query on
the kept `MatchIndex` milliseconds. The index is process-wide and rebuilt when the data version
changes: counts, highest id and latest `updated_at` of candidates, work, locations and
placements, and counts and highest id of tasks and certificates (one query).
Writes that bypass `save()` (`QuerySet.update`) and in-place edits of a task or certificate
are not seen by the version; call `clear()` after such writes."""

from __future__ import annotations

import threading
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date

import numpy as np
from django.db import connection
from numpy.typing import NDArray

from werkbrug.domain.matching.arrays import encode_candidates, encode_work
from werkbrug.domain.matching.query import MatchIndex
from werkbrug.domain.matching.settings import MatchSettings
from werkbrug.matching import loading
from werkbrug.registry.models import Candidate, Certificate, Location, Placement, Task, Work

VERSIONED = (Candidate, Work, Location, Placement)   # have updated_at
COUNTED = (Task, Certificate)


def _version_sql() -> str:
    """One round trip: count, highest id (and latest change) per table, as scalar subqueries."""
    parts = []
    for model in VERSIONED + COUNTED:
        table = connection.ops.quote_name(model._meta.db_table)
        parts += [f"(SELECT COUNT(*) FROM {table})", f"(SELECT MAX(id) FROM {table})"]  # table names from model meta, no input  # nosec B608
        if model in VERSIONED:
            parts.append(f"(SELECT MAX(updated_at) FROM {table})")  # table names from model meta, no input  # nosec B608
    return "SELECT " + ", ".join(parts)


def data_version() -> tuple[Hashable, ...]:
    with connection.cursor() as cursor:
        cursor.execute(_version_sql())
        row = cursor.fetchone()
    return (connection.alias, connection.settings_dict.get("NAME"), *row)


@dataclass
class Population:
    key: tuple[Hashable, ...]
    index: MatchIndex
    open_work: NDArray[np.bool_]      # per work row: status open
    available: NDArray[np.bool_]      # per candidate row: no running placement on `today`
    consented: NDArray[np.bool_]      # per candidate row: both visibility flags

    @property
    def candidate_ids(self) -> NDArray[np.int64]:
        return self.index.ctx.C.ids

    @property
    def work_ids(self) -> NDArray[np.int64]:
        return self.index.ctx.W.ids

    def candidate_row(self, pk: int) -> int:
        return _row(self.candidate_ids, pk)

    def work_row(self, pk: int) -> int:
        return _row(self.work_ids, pk)


def _row(ids: NDArray[np.int64], pk: int) -> int:
    row = int(np.searchsorted(ids, pk))
    if row >= len(ids) or ids[row] != pk:
        raise LookupError("row not in the matching index / rij niet in de matching-index")
    return row


def _ids(queryset: object) -> NDArray[np.int64]:
    return np.fromiter(queryset.values_list("id", flat=True), dtype=np.int64)  # type: ignore[attr-defined]


def _build(key: tuple[Hashable, ...], today: date, settings: MatchSettings) -> Population:
    works = loading.work_specs(Work.objects.all())   # ordered by id, so rows follow ids
    W = encode_work(works, today)
    del works
    C = encode_candidates(loading.candidate_specs(Candidate.objects.all()), W.vocabulary, settings, today)
    consenting = Candidate.objects.filter(visible_by_candidate=True, visible_by_consultant=True)
    return Population(
        key, MatchIndex(C, W, settings), np.isin(W.ids, _ids(loading.open_work())),
        np.isin(C.ids, _ids(loading.available_candidates(today))), np.isin(C.ids, _ids(consenting)))


_lock = threading.Lock()
_current: Population | None = None


def current(today: date, settings: MatchSettings) -> Population:
    """The index for today's data and these settings, rebuilt only when one of them changed."""
    global _current
    key = (data_version(), today, settings.version, tuple(sorted(settings.weights.items())))
    with _lock:
        if _current is None or _current.key != key:
            _current = None   # free the old arrays before building the new ones
            _current = _build(key, today, settings)
        return _current


def clear() -> None:
    global _current
    with _lock:
        _current = None
