"""Translate WERKBRUG_DATABASE_URL into a Django DATABASES entry (SQLite or PostgreSQL)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse


class DatabaseUrlError(ValueError):
    """The database URL cannot be used."""


def database_from_url(url: str, base_dir: Path) -> dict[str, object]:
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        raw = unquote(parsed.path)
        # sqlite:///relative/path and sqlite:////absolute/path, as dj-database-url reads them
        path = Path(raw[1:]) if raw.startswith("/") else Path(raw)
        if not path.is_absolute():
            path = base_dir / path
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(path),
            "OPTIONS": {"timeout": 30, "transaction_mode": "IMMEDIATE"},
        }
    if parsed.scheme in {"postgres", "postgresql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")) or "werkbrug",
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": 60,
            # One test database per process, so parallel test runs on one server do not collide.
            "TEST": {"NAME": f"test_{unquote(parsed.path.lstrip('/')) or 'werkbrug'}_{os.getpid()}"},
        }
    raise DatabaseUrlError(
        f"WERKBRUG_DATABASE_URL: onbekend schema '{parsed.scheme}' / unknown scheme "
        f"'{parsed.scheme}' (use sqlite:///path or postgresql://user@host:port/name)"
    )
