"""Audit trail: all fields, survives rollback, hash chain verified, inzage export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connections, transaction

from werkbrug.registry.models import Organisation
from werkbrug.security import audit
from werkbrug.security.models import AuditEvent

ALL = ["default", "audit"]


@pytest.mark.django_db(databases=ALL)
def test_one_row_with_every_field() -> None:
    event = audit.record("read", purpose="bemiddeling", object_type="candidates", object_id=7, subject_id=7,
                         origin="10.0.0.1", organisation_id=3, explanation="gesprek 12 mei")
    row = AuditEvent.objects.get()
    assert row.pk == event.pk and row.sequence == 1 and row.occurred_at.utcoffset().total_seconds() == 0
    assert (row.action, row.object_type, row.object_id, row.subject_id, row.result, row.origin, row.purpose,
            row.organisation_id, row.explanation) == ("read", "candidates", "7", 7, "success", "10.0.0.1",
                                                      "bemiddeling", 3, "gesprek 12 mei")
    assert len(row.hash) == 64 and row.previous_hash == "0" * 64


@pytest.mark.django_db(databases=ALL)
def test_purpose_is_a_required_choice() -> None:
    with pytest.raises(audit.AuditPurposeMissing):
        audit.record("read", purpose="curiosity")


@pytest.mark.django_db(databases=ALL, transaction=True)
def test_rows_survive_a_rolled_back_business_transaction() -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        Organisation.objects.create(external_key="tmp", name="Tijdelijk", kind="employer")
        audit.record("create", purpose="registratie", object_type="organisations", result="failed")
        raise RuntimeError("business failure")
    assert not Organisation.objects.filter(external_key="tmp").exists()
    assert AuditEvent.objects.filter(action="create", result="failed").count() == 1
    assert connections["audit"] is not connections["default"]


def _tamper(sql: str, *params: object) -> None:
    with connections["audit"].cursor() as cursor:
        cursor.execute(sql, params)


@pytest.mark.django_db(databases=ALL)
def test_verify_detects_an_edited_and_a_deleted_row(capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(5):
        audit.record("read", purpose="bemiddeling", object_type="candidates", object_id=n)
    call_command("audit", "verify")
    assert "intact" in capsys.readouterr().out
    table = AuditEvent._meta.db_table
    _tamper(f"UPDATE {table} SET result = %s WHERE sequence = %s", "refused", 2)
    with pytest.raises(CommandError):
        call_command("audit", "verify")
    assert "2: changed" in capsys.readouterr().err
    _tamper(f"UPDATE {table} SET result = %s WHERE sequence = %s", "success", 2)
    call_command("audit", "verify")
    _tamper(f"DELETE FROM {table} WHERE sequence = %s", 4)
    with pytest.raises(CommandError):
        call_command("audit", "verify")
    assert "4: missing" in capsys.readouterr().err


@pytest.mark.django_db(databases=ALL)
def test_subject_export_lists_only_that_candidates_events(tmp_path: Path, registry_base: Any,
                                                         cli_operator: Any) -> None:
    audit.record("read", purpose="bemiddeling", object_type="candidates", object_id=1, subject_id=1)
    audit.record("read", purpose="bemiddeling", object_type="candidates", object_id=2, subject_id=2)
    audit.record("update", purpose="registratie", object_type="candidates", object_id=1, subject_id=1)
    target = tmp_path / "inzage.json"
    call_command("audit", "subject", str(target), candidate=1)
    events = json.loads(target.read_text())["events"]
    assert [e["action"] for e in events] == ["read", "update"]
    assert AuditEvent.objects.filter(action="export", purpose="inzageverzoek", subject_id=1).exists()


def test_chain_links_concurrent_style_appends(django_db_blocker: Any) -> None:
    """Sequence and previous_hash are unique: two rows can never claim the same predecessor."""
    assert AuditEvent._meta.get_field("previous_hash").unique and AuditEvent._meta.get_field("sequence").unique
