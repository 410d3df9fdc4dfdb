"""The public operations of the Social Return ledger; other apps, the API and the CLI call these.

Contracts and entries carry a version (optimistic locking, as in the registry); entry history
rows are written here, never by signals. Entry operations live in ``entries``, evidence in
``evidence``, reports in ``reports``; they are re-exported here."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from werkbrug.domain.errors import DeletionRefused, VersionConflict
from werkbrug.sroi.checks import check_contract, organisation  # noqa: F401 - organisation is public
from werkbrug.sroi.entries import (  # noqa: F401 - the public API
    EntryLocked,
    TransitionRefused,
    contract_reference,
    create_entry,
    delete_entry,
    placement_reference,
    revalue_contract,
    transition,
    update_entry,
)
from werkbrug.sroi.evidence import EvidenceRefused, add_evidence  # noqa: F401
from werkbrug.sroi.models import Contract
from werkbrug.sroi.reports import buyer_report, contract_report, supplier_report  # noqa: F401
from werkbrug.sroi.totals import totals  # noqa: F401

CONTRACT_KIND = "SROI-contract"
CONTRACT_FIELDS = ("external_key", "name", "buyer", "supplier", "contract_value_eur", "sroi_percentage",
                   "base", "wage_sum_eur", "start_date", "end_date", "method", "pso_discount_percent",
                   "penalty_factor", "herstelperiode_days")


def _apply(contract: Contract, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name not in CONTRACT_FIELDS:
            continue
        if name in ("buyer", "supplier"):
            value = organisation(value, name)
        setattr(contract, name, value)


@transaction.atomic
def create_contract(values: dict[str, Any]) -> Contract:
    contract = Contract()
    _apply(contract, values)
    check_contract(contract)
    contract.save()
    return contract


@transaction.atomic
def update_contract(contract_id: int, expected_version: int, values: dict[str, Any]) -> Contract:
    """Change the fields given; entries are valued again (the method or dates may have changed)."""
    contract = Contract.objects.select_for_update().get(pk=contract_id)
    if contract.version != expected_version:
        raise VersionConflict(CONTRACT_KIND, contract.external_key, expected_version, contract.version)
    _apply(contract, values)
    check_contract(contract)
    contract.version = F("version") + 1
    contract.updated_at = timezone.now()
    contract.save()
    revalue_contract(contract.pk)
    return Contract.objects.get(pk=contract.pk)


@transaction.atomic
def delete_contract(contract_id: int, expected_version: int | None = None) -> None:
    contract = Contract.objects.select_for_update().get(pk=contract_id)
    if expected_version is not None and contract.version != expected_version:
        raise VersionConflict(CONTRACT_KIND, contract.external_key, expected_version, contract.version)
    count = contract.entries.count()
    if count:
        raise DeletionRefused(CONTRACT_KIND, contract.external_key, {"opgaven/entries": count})
    contract.delete()


def find_contract(ref: str | int) -> Contract:
    """By numeric id or external key (for the CLI)."""
    text = str(ref)
    found = Contract.objects.filter(pk=int(text)).first() if text.isdigit() else None
    return found or Contract.objects.get(external_key=text)


def organisation_exists(organisation_id: int) -> bool:
    from werkbrug.registry.models import Organisation

    return Organisation.objects.filter(pk=organisation_id).exists()


@transaction.atomic
def erase_contract_evidence(contract_id: int) -> dict[str, int]:
    """Retention (security.retention_sets): delete a contract's evidence files and blank the free text
    of its entries and their history; entries, values and evidence rows (type, size, hash) stay, so
    totals and the evidence count in reports do not change."""
    from werkbrug.sroi.models import Entry, EntryEvent, Evidence

    documents = Evidence.objects.select_for_update().filter(entry__contract_id=contract_id)
    files = 0
    for document in documents.exclude(file=""):
        document.file.delete(save=False)  # also when the file is already gone: the row is what counts
        files += 1
    blanked = documents.exclude(file="", original_name="").update(file="", original_name="")
    entries = Entry.objects.filter(contract_id=contract_id).exclude(description="", invoice_reference="") \
        .update(description="", invoice_reference="")
    events = EntryEvent.objects.filter(entry__contract_id=contract_id).exclude(reason="").update(reason="")
    return {"sroi.evidence_file": files, "sroi.evidence": blanked, "sroi.entry": entries, "sroi.entryevent": events}
