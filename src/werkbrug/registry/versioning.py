"""Optimistic locking: an update names the version it was based on; a stale one is refused."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone

from werkbrug.domain.errors import VersionConflict

M = TypeVar("M", bound=models.Model)


def update_versioned(model: type[M], pk: int, expected_version: int, changes: dict[str, Any]) -> M:
    """Apply ``changes`` only if the stored version still equals ``expected_version``."""
    with transaction.atomic():
        updated = model._default_manager.filter(pk=pk, version=expected_version).update(
            **changes, version=F("version") + 1, updated_at=timezone.now())
        if updated == 0:
            current = model._default_manager.filter(pk=pk).values_list("version", flat=True).first()
            if current is None:
                raise model.DoesNotExist(f"{model.__name__} {pk} does not exist")  # type: ignore[attr-defined]
            key = model._default_manager.filter(pk=pk).values_list("external_key", flat=True).first()
            raise VersionConflict(model._meta.verbose_name, key, expected_version, current)
        return model._default_manager.get(pk=pk)
