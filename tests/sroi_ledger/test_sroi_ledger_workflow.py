"""The entry workflow from data/sroi_workflow.toml, history rows, locking, and one placement
period counting once across contracts."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sroi_builders import contract_values, placement

from werkbrug.domain.errors import DomainValidationError, VersionConflict
from werkbrug.sroi import services
from werkbrug.sroi.models import EntryEvent
from werkbrug.sroi.workflow import load_workflow, parse_workflow


@pytest.fixture
def entry(ledger: dict[str, Any]) -> Any:
    contract = services.create_contract(contract_values())
    p = placement("P-1", "CAN-1")
    return services.create_entry({"contract": contract.pk, "kind": "placement", "placement": p.pk})


def test_verify_writes_history_and_locks_the_entry(entry: Any, user: Any) -> None:
    assert entry.status == "submitted"
    verified = services.transition(entry.pk, "verified", entry.version, actor=user)
    assert verified.status == "verified" and verified.version == entry.version + 1
    rows = list(EntryEvent.objects.filter(entry=entry).values_list("action", "from_status", "to_status"))
    assert rows == [("created", "", "submitted"), ("transition", "submitted", "verified")]
    assert EntryEvent.objects.filter(entry=entry, action="transition").get().actor == user
    with pytest.raises(services.EntryLocked):
        services.update_entry(entry.pk, verified.version, {"hours_per_week": 20})
    with pytest.raises(services.EntryLocked):
        services.delete_entry(entry.pk, verified.version)


def test_reject_needs_a_reason_and_does_not_count(entry: Any) -> None:
    with pytest.raises(DomainValidationError) as missing:
        services.transition(entry.pk, "rejected", entry.version, reason="  ")
    assert missing.value.issues[0].field == "reason"
    rejected = services.transition(entry.pk, "rejected", entry.version, reason="geen loonstroken")
    assert EntryEvent.objects.filter(entry=entry, to_status="rejected").get().reason == "geen loonstroken"
    report = services.contract_report(rejected.contract_id, as_of=date(2024, 12, 31))
    assert report["registered_eur"] == "0.00" and report["realised_eur"] == "0.00"


def test_refused_transitions_name_the_possible_steps(entry: Any) -> None:
    verified = services.transition(entry.pk, "verified", entry.version)
    with pytest.raises(services.TransitionRefused) as refused:
        services.transition(entry.pk, "rejected", verified.version, reason="te laat")
    assert refused.value.allowed == ["submitted"]
    assert "Ingediend" in refused.value.message.nl
    with pytest.raises(VersionConflict):
        services.transition(entry.pk, "submitted", entry.version, reason="heropenen")
    with pytest.raises(DomainValidationError):
        services.transition(entry.pk, "gearchiveerd", verified.version)
    reopened = services.transition(entry.pk, "submitted", verified.version, reason="loonstrook ontbrak")
    assert reopened.status == "submitted"


def test_the_same_placement_period_counts_once_across_contracts(entry: Any) -> None:
    other = services.create_contract(contract_values(external_key="C-2", name="Ander contract"))
    with pytest.raises(DomainValidationError) as double:
        services.create_entry({"contract": other.pk, "kind": "placement", "placement": entry.placement_id,
                               "period_start": date(2024, 6, 1), "period_end": date(2024, 12, 31)})
    assert double.value.issues[0].code == "double_entry"
    assert "C-1" in double.value.issues[0].message.en
    # split explicitly: the first contract keeps January-May, the second gets June-December
    first = services.update_entry(entry.pk, entry.version, {"period_end": date(2024, 5, 31)})
    second = services.create_entry({"contract": other.pk, "kind": "placement", "placement": entry.placement_id,
                                    "period_start": date(2024, 6, 1), "period_end": date(2024, 12, 31)})
    assert first.value_eur + second.value_eur == 50000


def test_a_rejected_entry_cannot_be_resubmitted_over_one_that_counts_meanwhile(entry: Any) -> None:
    rejected = services.transition(entry.pk, "rejected", entry.version, reason="verkeerd contract")
    other = services.create_contract(contract_values(external_key="C-2"))
    services.create_entry({"contract": other.pk, "kind": "placement", "placement": entry.placement_id})
    with pytest.raises(DomainValidationError) as double:
        services.transition(entry.pk, "submitted", rejected.version)
    assert double.value.issues[0].code == "double_entry"


def test_the_same_invoice_is_refused_twice(ledger: dict[str, Any]) -> None:
    contract = services.create_contract(contract_values())
    values = {"contract": contract.pk, "kind": "purchase", "counterparty": "SOB", "amount_eur": 1000,
              "invoice_reference": "F-1", "period_start": date(2024, 2, 1)}
    services.create_entry(values)
    with pytest.raises(DomainValidationError) as double:
        services.create_entry(values)
    assert double.value.issues[0].field == "invoice_reference"


def test_the_workflow_file_is_checked() -> None:
    workflow = load_workflow()
    assert workflow.initial == "submitted" and workflow.allowed_from("submitted") == ["verified", "rejected"]
    assert workflow.transition("submitted", "rejected").requires == ("reason",)  # type: ignore[union-attr]
    broken = {"version": "x", "valid_from": "x", "source": "x", "initial": "submitted",
              "states": {"submitted": {"counts": True, "verified": False, "editable": True,
                                       "label_nl": "a", "label_en": "a"}},
              "transitions": [{"from": ["submitted"], "to": "archived", "label_nl": "b", "label_en": "b"}]}
    with pytest.raises(ValueError, match="unknown state"):
        parse_workflow(broken)
