"""The audit trail's service: ``record`` is the only writer, ``verify`` checks the hash chain,
``subject_events`` answers an inzageverzoek. Written explicitly by services and views, never by signals.

Rows go through the "audit" connection and commit at once, so they survive the rollback of the
business transaction they describe (a refused or failed action is still on record)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from werkbrug.domain import auditchain
from werkbrug.domain.authorisation import default_policy
from werkbrug.security.models import AuditEvent
from werkbrug.security.routers import AUDIT_ALIAS

RESULTS = ("success", "refused", "failed")
_RETRIES = 5


class AuditPurposeMissing(ValueError):
    pass


def _append(values: dict[str, Any]) -> AuditEvent:
    with transaction.atomic(using=AUDIT_ALIAS):
        last = AuditEvent.objects.using(AUDIT_ALIAS).order_by("-sequence").only("sequence", "hash").first()
        sequence = (last.sequence + 1) if last else 1
        previous = last.hash if last else auditchain.GENESIS
        row = {**values, "sequence": sequence, "previous_hash": previous}
        row["hash"] = auditchain.link(previous, _chained(row))
        return AuditEvent.objects.using(AUDIT_ALIAS).create(**row)


def _chained(row: dict[str, Any]) -> dict[str, Any]:
    chained = dict(row)
    chained["occurred_at"] = row["occurred_at"].isoformat()
    return chained


def record(action: str, *, purpose: str, result: str = "success", actor: Any = None,
           organisation_id: int | None = None, object_type: str = "", object_id: object = "",
           subject_id: int | None = None, origin: str = "", explanation: str = "") -> AuditEvent:
    """Append one row. ``purpose`` is a code from roles.toml [audit_purposes]; ``explanation``
    is the optional free text (like X-Audit-Toelichting) and must not hold personal data."""
    if purpose not in default_policy().purposes:
        raise AuditPurposeMissing(f"onbekend doel / unknown purpose: {purpose!r}")
    if result not in RESULTS:
        raise ValueError(f"result must be one of {RESULTS}")
    actor_id = getattr(actor, "pk", None) if actor is not None else None
    values = {
        "occurred_at": timezone.now().replace(microsecond=0), "actor_id": actor_id,
        "actor_label": f"user:{actor_id}" if actor_id else ("cli" if origin == "cli" else "anonymous"),
        "organisation_id": organisation_id, "action": action[:32], "object_type": object_type[:32],
        "object_id": str(object_id)[:64], "subject_id": subject_id, "result": result,
        "origin": origin[:64], "purpose": purpose, "explanation": explanation[:500],
    }
    for attempt in range(_RETRIES):
        try:
            return _append(values)
        except IntegrityError:  # another process appended at the same time: link to its row instead
            if attempt == _RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _rows() -> Iterator[dict[str, Any]]:
    fields = [*auditchain.CHAINED_FIELDS, "previous_hash", "hash"]
    for row in AuditEvent.objects.using(AUDIT_ALIAS).order_by("sequence").values(*fields).iterator():
        row["occurred_at"] = row["occurred_at"].isoformat()
        yield row


def verify() -> list[auditchain.Break]:
    return auditchain.verify(_rows())


def subject_events(candidate_id: int) -> list[dict[str, Any]]:
    """Every row about one candidate, for the candidate's own access log (AVG art. 15)."""
    fields = ["occurred_at", "actor_label", "organisation_id", "action", "object_type", "result", "purpose",
              "explanation"]
    rows = AuditEvent.objects.using(AUDIT_ALIAS).filter(subject_id=candidate_id).order_by("sequence")
    return [{**r, "occurred_at": r["occurred_at"].isoformat()} for r in rows.values(*fields)]
