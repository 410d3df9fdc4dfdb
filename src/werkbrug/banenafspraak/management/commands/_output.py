"""Shared output helpers of the banenafspraak commands."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import CommandError

from werkbrug.domain.errors import DomainValidationError


def as_json(result: dict[str, Any]) -> str:
    return json.dumps(result, indent=2, ensure_ascii=False, default=str)


def refused(error: DomainValidationError) -> CommandError:
    return CommandError("; ".join(f"{i.field}: {i.message}" for i in error.issues))
