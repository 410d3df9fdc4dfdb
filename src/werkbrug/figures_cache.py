"""Aggregate figures kept for a short while under a fingerprint of the data they were computed from.

Pages such as the outcomes, fairness and analyst dashboards are read far more often than their rows
change, and computing them takes 0.5-0.7 s on the region data. The fingerprint (row count and newest
id or change time per table) makes additions and deletions show at once; an in-place edit that
moves neither shows within ``seconds``. Django's cache backends pickle what they store, so every
caller gets its own copy and may change it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.core.cache import cache
from django.db.models import Count, Max, Model

T = TypeVar("T")
SECONDS = 120


def table_marks(models: Iterable[type[Model]], newest: str = "id") -> tuple[tuple[Any, ...], ...]:
    """(row count, newest ``newest``) per table: one aggregate query each."""
    return tuple((row["n"], str(row["newest"])) for row in (
        model._default_manager.aggregate(n=Count("id"), newest=Max(newest)) for model in models))


def kept(namespace: str, key_parts: tuple[Any, ...], marks: tuple[Any, ...], compute: Callable[[], T],
         seconds: int = SECONDS) -> T:
    """``compute()``, or what it gave for the same key parts and data marks less than ``seconds`` ago."""
    key = f"{namespace}:" + hashlib.sha256(repr((*key_parts, marks)).encode("utf-8")).hexdigest()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value
