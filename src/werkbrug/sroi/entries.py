"""Fulfilment entries: create, change, delete, move through the workflow, value again.

Every accepted write raises the entry's version and writes an EntryEvent in the same
transaction. One placement period counts once across all contracts: an overlapping period of
the same placement on any entry that still counts is refused (split the period explicitly)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from werkbrug.domain.errors import DomainValidationError, Issue, Message, VersionConflict
from werkbrug.registry.models import Placement
from werkbrug.sroi.checks import check_entry_fields, check_period, organisation
from werkbrug.sroi.models import ENTRY_KINDS, PLACEMENT_KINDS, Contract, Entry, EntryEvent
from werkbrug.sroi.periods import age_on, overlap
from werkbrug.sroi.valuing import valuate
from werkbrug.sroi.workflow import load_workflow, refusal_message

KIND = "SROI-opgave/entry"
FIELDS = ("contract", "kind", "category", "placement", "counterparty", "period_start", "period_end",
          "hours_per_week", "age", "permanent_contract", "flags", "amount_eur", "invoice_reference", "hours",
          "days", "rate_eur", "description")


class TransitionRefused(Exception):
    def __init__(self, message: Message, allowed: list[str]):
        self.message, self.allowed = message, allowed
        super().__init__(str(message))


class EntryLocked(Exception):
    def __init__(self, status: str):
        label = load_workflow().states[status].label
        self.message = Message(
            f"een opgave met status '{label.nl}' kan niet meer worden gewijzigd of verwijderd; heropen haar eerst",
            f"an entry with status '{label.en}' can no longer be changed or deleted; reopen it first")
        super().__init__(str(self.message))


def _reference(model: Any, value: Any, field: str) -> Any:
    if value is None or isinstance(value, model):
        return value
    found = model.objects.filter(pk=int(value)).first() if str(value).isdigit() else None
    if found is None and model is Placement:
        found = model.objects.filter(external_key=str(value)).first()
    if found is None:
        raise DomainValidationError([Issue(field, "unknown_reference", Message(
            "verwijst naar een gegeven dat niet bestaat", "refers to a record that does not exist"))])
    return found


def contract_reference(value: Any) -> Contract:
    """The contract an entry names (id or instance); a field error when missing or unknown."""
    if value in (None, ""):
        raise DomainValidationError([Issue("contract", "required", Message("is verplicht", "is required"))])
    return _reference(Contract, value, "contract")  # type: ignore[no-any-return]


def placement_reference(value: Any) -> Placement:
    return _reference(Placement, value, "placement")  # type: ignore[no-any-return]


def _apply(entry: Entry, values: dict[str, Any]) -> None:
    for name in FIELDS:
        if name not in values:
            continue
        value = values[name]
        if name == "contract":
            value = _reference(Contract, value, name)
        elif name == "placement":
            value = _reference(Placement, value, name)
        elif name == "counterparty":
            value = organisation(value, name) if value not in (None, "") else None
        elif name in ("category", "invoice_reference", "description"):
            value = value or ""
        setattr(entry, name, value)
    if "category" in values:
        entry.category_overridden = bool(entry.category)
    if entry.kind not in ENTRY_KINDS:
        raise DomainValidationError([Issue("kind", "unknown_code", Message(
            f"kies uit {', '.join(ENTRY_KINDS)}", f"choose from {', '.join(ENTRY_KINDS)}"))])


def _defaults(entry: Entry, given: dict[str, Any]) -> None:
    """Fill what a registry placement already says, unless the caller gave it."""
    placement = entry.placement
    if entry.kind not in PLACEMENT_KINDS or placement is None:
        entry.candidate = None if entry.kind not in PLACEMENT_KINDS else entry.candidate
        return
    contract = entry.contract
    entry.candidate = placement.candidate
    if given.get("hours_per_week") is None:
        entry.hours_per_week = placement.hours_per_week
    common = overlap(placement.start_date, placement.end_date, contract.start_date, contract.end_date)
    if common is not None and given.get("period_start") is None:
        entry.period_start = common[0]
    if common is not None and given.get("period_end") is None:
        entry.period_end = common[1] or contract.end_date
    if given.get("permanent_contract") is None:
        entry.permanent_contract = placement.work.contract_type == "vast"
    if given.get("age") is None and entry.period_start:
        entry.age = age_on(placement.candidate.date_of_birth, entry.period_start)


def _double_entry(entry: Entry) -> None:
    others = Entry.objects.filter(status__in=load_workflow().counting_states()).exclude(pk=entry.pk)
    if entry.placement_id is not None:
        for other in others.filter(placement_id=entry.placement_id).select_related("contract"):
            if overlap(entry.period_start, entry.period_end, other.period_start, other.period_end):
                raise DomainValidationError([Issue("placement", "double_entry", Message(
                    f"deze plaatsing telt al mee voor contract {other.contract.external_key} (opgave {other.pk}) "
                    "in een overlappende periode; splits de periode expliciet",
                    f"this placement already counts for contract {other.contract.external_key} (entry {other.pk}) "
                    "in an overlapping period; split the period explicitly"))])
    if entry.kind == "purchase" and entry.invoice_reference and others.filter(
            kind="purchase", counterparty_id=entry.counterparty_id,
            invoice_reference=entry.invoice_reference).exists():
        raise DomainValidationError([Issue("invoice_reference", "double_entry", Message(
            "deze factuur is al opgegeven", "this invoice has already been entered"))])
    if entry.kind == "pso_discount" and others.filter(kind="pso_discount", contract_id=entry.contract_id).exists():
        raise DomainValidationError([Issue("kind", "double_entry", Message(
            "het contract heeft al een PSO-korting", "the contract already has a PSO discount"))])


def _validate(entry: Entry, given: dict[str, Any]) -> None:
    _defaults(entry, given)
    check_entry_fields(entry)
    if entry.period_start is None:
        raise DomainValidationError([Issue("period_start", "required", Message(
            "is verplicht (bij een plaatsing: de plaatsing valt buiten het contract)",
            "is required (for a placement: the placement is outside the contract)"))])
    check_period(entry, entry.contract)
    _double_entry(entry)


def record_event(entry: Entry, action: str, actor: Any, source: str = "", reason: str = "") -> None:
    EntryEvent.objects.create(entry=entry, action=action, actor=actor if getattr(actor, "pk", None) else None,
                              from_status=source, to_status=entry.status, reason=reason)


def revalue_contract(contract_id: int, entry: Entry | None = None) -> None:
    """Value counting entries of the contract again, in date order (count limits per candidate).
    With ``entry``: only that entry and the other entries of its candidate (nothing else depends on it)."""
    contract = Contract.objects.get(pk=contract_id)
    entries = contract.entries.filter(status__in=load_workflow().counting_states())
    if entry is not None:
        scope = Q(pk=entry.pk) | (Q(candidate_id=entry.candidate_id) if entry.candidate_id else Q(pk=entry.pk))
        entries = entries.filter(scope)
    used: dict[int, Decimal] = {}
    for item in entries.select_related("placement__work", "candidate", "contract").order_by("period_start", "id"):
        result = valuate(item, contract, used.get(item.candidate_id or 0, Decimal(0)))
        if item.candidate_id is not None:
            used[item.candidate_id] = used.get(item.candidate_id, Decimal(0)) + result.counted_months
        category = item.category if item.category_overridden else result.category
        if (item.value_eur, item.valuation, item.category) != (result.value_eur, result.detail, category):
            Entry.objects.filter(pk=item.pk).update(value_eur=result.value_eur, valuation=result.detail,
                                                    category=category)


def _lock(entry_id: int, expected_version: int | None) -> Entry:
    entry = Entry.objects.select_for_update().get(pk=entry_id)
    if expected_version is not None and entry.version != expected_version:
        raise VersionConflict(KIND, entry.pk, expected_version, entry.version)
    return entry


@transaction.atomic
def create_entry(values: dict[str, Any], actor: Any = None) -> Entry:
    entry = Entry(status=load_workflow().initial)
    _apply(entry, values)
    if entry.contract_id is None:
        raise DomainValidationError([Issue("contract", "required", Message("is verplicht", "is required"))])
    _validate(entry, values)
    entry.save()
    record_event(entry, "created", actor)
    revalue_contract(entry.contract_id, entry)
    return Entry.objects.get(pk=entry.pk)


@transaction.atomic
def update_entry(entry_id: int, expected_version: int, values: dict[str, Any], actor: Any = None) -> Entry:
    entry = _lock(entry_id, expected_version)
    if not load_workflow().states[entry.status].editable:
        raise EntryLocked(entry.status)
    before = Entry(pk=entry.pk, candidate_id=entry.candidate_id)
    _apply(entry, {k: v for k, v in values.items() if k != "contract"})  # an entry stays on its contract
    _validate(entry, values)
    entry.version += 1
    entry.save()
    record_event(entry, "changed", actor)
    revalue_contract(entry.contract_id, entry)
    if before.candidate_id != entry.candidate_id:
        revalue_contract(entry.contract_id, before)
    return Entry.objects.get(pk=entry.pk)


@transaction.atomic
def delete_entry(entry_id: int, expected_version: int | None = None) -> None:
    entry = _lock(entry_id, expected_version)
    if not load_workflow().states[entry.status].editable:
        raise EntryLocked(entry.status)
    for document in entry.evidence.all():
        document.file.delete(save=False)
        document.delete()
    contract_id, candidate_id = entry.contract_id, entry.candidate_id
    entry.delete()
    if candidate_id is not None:  # the candidate's later entries may now count more months
        later = Entry.objects.filter(contract_id=contract_id, candidate_id=candidate_id).first()
        if later is not None:
            revalue_contract(contract_id, later)


def _refusal(current: str, target: str) -> TransitionRefused:
    return TransitionRefused(*refusal_message(load_workflow(), current, target))


@transaction.atomic
def transition(entry_id: int, to: str, version: int, reason: str = "", actor: Any = None) -> Entry:
    """Move an entry to ``to``; refused when stale, not in the workflow, or a reason is missing."""
    entry = _lock(entry_id, version)
    workflow = load_workflow()
    if to not in workflow.states:
        raise DomainValidationError([Issue("to", "unknown_code", Message(
            f"onbekende status (kies uit: {', '.join(workflow.states)})",
            f"unknown status (choose from: {', '.join(workflow.states)})"))])
    step = workflow.transition(entry.status, to)
    if step is None:
        raise _refusal(entry.status, to)
    if "reason" in step.requires and not reason.strip():
        raise DomainValidationError([Issue("reason", "required", Message(
            "geef een reden", "give a reason"))])
    source = entry.status
    if workflow.states[to].counts and not workflow.states[source].counts:
        _double_entry(entry)  # a resubmitted entry must not clash with what counts meanwhile
    entry.status, entry.version, entry.updated_at = to, entry.version + 1, timezone.now()
    entry.save(update_fields=["status", "version", "updated_at"])
    record_event(entry, "transition", actor, source, reason.strip())
    revalue_contract(entry.contract_id, entry)
    return Entry.objects.get(pk=entry.pk)
