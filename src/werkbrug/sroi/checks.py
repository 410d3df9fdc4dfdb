"""Validation of contract and entry values before they are stored (bilingual issues)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from werkbrug.domain.errors import DomainValidationError, Issue, Issues, Message
from werkbrug.domain.sroi.loader import get_method
from werkbrug.domain.sroi.obligation import BASES
from werkbrug.registry.models import Organisation
from werkbrug.sroi.models import Contract, Entry
from werkbrug.sroi.periods import overlap

SOCIAL_KINDS = ("sob", "social_enterprise")


def organisation(value: Any, field: str) -> Organisation:
    """An organisation by instance, numeric id or external key; unknown -> a field error."""
    if isinstance(value, Organisation):
        return value
    found = None
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        found = Organisation.objects.filter(pk=int(value)).first()
    if found is None and isinstance(value, str) and value:
        found = Organisation.objects.filter(external_key=value).first()
    if found is None:
        raise DomainValidationError([Issue(field, "unknown_reference", Message(
            "verwijst naar een organisatie die niet bestaat", "refers to an organisation that does not exist"))])
    return found


def _range(issues: Issues, name: str, value: Decimal | None, high: Decimal | None = None) -> None:
    if value is None:
        return
    if value < 0 or (high is not None and value > high):
        bound = f"0 en {high}" if high is not None else "0 of meer"
        issues.add(name, "range", f"moet tussen {bound} liggen" if high else "moet 0 of meer zijn",
                   f"must be between 0 and {high}" if high else "must be 0 or more")


def check_contract(contract: Contract) -> None:
    issues = Issues()
    for name in ("external_key", "name"):
        if not str(getattr(contract, name) or "").strip():
            issues.add(name, "required", "is verplicht", "is required")
    if Contract.objects.filter(external_key=contract.external_key).exclude(pk=contract.pk).exists():
        issues.add("external_key", "duplicate", "er is al een contract met dit nummer",
                   "there is already a contract with this number")
    _range(issues, "contract_value_eur", contract.contract_value_eur)
    _range(issues, "sroi_percentage", contract.sroi_percentage, Decimal(100))
    _range(issues, "pso_discount_percent", contract.pso_discount_percent, Decimal(100))
    _range(issues, "penalty_factor", contract.penalty_factor)
    _range(issues, "wage_sum_eur", contract.wage_sum_eur)
    if contract.base not in BASES:
        issues.add("base", "unknown_code", f"kies uit {', '.join(BASES)}", f"choose from {', '.join(BASES)}")
    if contract.base == "wage_sum" and contract.wage_sum_eur is None:
        issues.add("wage_sum_eur", "required", "is verplicht als de grondslag de loonsom is",
                   "is required when the base is the wage sum")
    if contract.end_date and contract.start_date and contract.end_date < contract.start_date:
        issues.add("end_date", "order", "ligt vóór de begindatum", "is before the start date")
    issues.raise_if_any()
    try:
        get_method(contract.method).version_on(contract.start_date)
    except DomainValidationError as invalid:  # unknown method, or no table on the start date
        raise DomainValidationError([Issue("method" if i.field == "method" else "start_date", i.code, i.message)
                                     for i in invalid.issues]) from invalid


def check_period(entry: Entry, contract: Contract) -> None:
    end = entry.period_end or entry.period_start
    if entry.period_start < contract.start_date or end > contract.end_date:
        raise DomainValidationError([Issue("period_start", "outside_contract", Message(
            f"de periode valt buiten de looptijd van het contract ({contract.start_date:%d-%m-%Y} tot en met "
            f"{contract.end_date:%d-%m-%Y})",
            f"the period falls outside the contract's term ({contract.start_date} to {contract.end_date})"))])
    placement = entry.placement
    if placement is not None and overlap(entry.period_start, end, placement.start_date,
                                         placement.end_date) != (entry.period_start, end):
        raise DomainValidationError([Issue("period_end", "outside_placement", Message(
            "de periode valt (deels) buiten de plaatsing", "the period falls (partly) outside the placement"))])


def check_entry_fields(entry: Entry) -> None:
    issues = Issues()
    if entry.kind == "placement" and entry.placement_id is None:
        issues.add("placement", "required", "een plaatsing is verplicht", "a placement is required")
    if entry.kind in ("placement", "bbl", "stage"):
        if entry.hours_per_week is None:
            issues.add("hours_per_week", "required", "is verplicht", "is required")
        elif not Decimal(0) < entry.hours_per_week <= Decimal(80):
            issues.add("hours_per_week", "range", "moet tussen 0 en 80 liggen", "must be between 0 and 80")
        if entry.period_end is None:
            issues.add("period_end", "required", "is verplicht", "is required")
    if entry.kind == "purchase":
        if entry.counterparty is None:
            issues.add("counterparty", "required", "het SW-bedrijf of de sociale onderneming is verplicht",
                       "the social development company or social enterprise is required")
        elif entry.counterparty.kind not in SOCIAL_KINDS:
            issues.add("counterparty", "not_social", "telt alleen bij een SW-bedrijf of sociale onderneming",
                       "counts only for a social development company or social enterprise")
    for name in ("amount_eur", "hours", "days", "rate_eur"):
        _range(issues, name, getattr(entry, name))
    issues.raise_if_any()
