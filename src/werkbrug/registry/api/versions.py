"""Optimistic locking over HTTP: ETag on reads, version in the body or If-Match on writes."""

from __future__ import annotations

import re
from typing import Any

from rest_framework.request import Request

from werkbrug.domain.errors import Message
from werkbrug.registry.api.problems import ProblemError, field_error

_TAG = re.compile(r'^\s*(?:W/)?"?(\d+)"?\s*$')


def etag(version: int) -> str:
    return f'"{version}"'


def if_match(request: Request) -> int | None:
    header = request.headers.get("If-Match")
    if header is None:
        return None
    match = _TAG.match(header)
    if not match:
        raise field_error("If-Match", "invalid", Message(
            'verwacht een versie zoals "3"', 'expected a version like "3"'))
    return int(match.group(1))


def _body_version(data: Any) -> int | None:
    raw = data.get("version") if hasattr(data, "get") else None
    if raw is None:
        return None
    if isinstance(raw, bool) or not str(raw).isdigit():
        raise field_error("version", "invalid", Message("moet een geheel getal zijn", "must be an integer"))
    return int(raw)


def expected_version(request: Request) -> int:
    """The version the client's change is based on; 428 when it gave none."""
    header, body = if_match(request), _body_version(request.data)
    if header is not None and body is not None and header != body:
        raise field_error("version", "mismatch", Message(
            "versie in de inhoud en in If-Match verschillen", "version in the body and in If-Match differ"))
    version = body if body is not None else header
    if version is None:
        raise ProblemError(428, "version-required", Message(
            "geef de versie waarop uw wijziging is gebaseerd mee: 'version' in de inhoud of een "
            "If-Match-header (zie het ETag van de GET)",
            "send the version your change is based on: 'version' in the body or an If-Match "
            "header (see the ETag of the GET)"))
    return version
