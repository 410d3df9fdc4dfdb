"""Send the audit trail through its own connection ("audit" alias).

On PostgreSQL the alias points at the same database (a second connection, so audit rows
commit on their own); its table is created by the ordinary migrate on "default". On SQLite a
second connection cannot write while the business transaction holds the write lock, so the
trail lives in its own file next to the main one and is migrated with ``--database audit``."""

from __future__ import annotations

from typing import Any

from django.conf import settings

AUDIT_ALIAS = "audit"
AUDIT_MODELS = {"auditevent"}


def audit_is_separate() -> bool:
    """SQLite: a separate file (see conf.audit_database); otherwise the same database. Decided by
    engine, not by name: during test set-up the names differ until the alias is mirrored."""
    return bool(settings.DATABASES[AUDIT_ALIAS]["ENGINE"].endswith("sqlite3"))


class AuditRouter:
    def _is_audit(self, model: Any) -> bool:
        return bool(model._meta.app_label == "security" and model._meta.model_name in AUDIT_MODELS)

    def db_for_read(self, model: Any, **hints: Any) -> str | None:
        return AUDIT_ALIAS if self._is_audit(model) else None

    def db_for_write(self, model: Any, **hints: Any) -> str | None:
        return AUDIT_ALIAS if self._is_audit(model) else None

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool | None:
        return None

    def allow_migrate(self, db: str, app_label: str, model_name: str | None = None, **hints: Any) -> bool | None:
        is_audit = app_label == "security" and model_name in AUDIT_MODELS
        if is_audit:
            return db == (AUDIT_ALIAS if audit_is_separate() else "default")
        if db == AUDIT_ALIAS:
            # same database: migrate on "default" already made everything; separate file: only the trail
            return False
        return None
