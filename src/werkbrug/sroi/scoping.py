"""Who a Social Return object belongs to, per kind of act (roles.toml kinds ``sroi``,
``sroi_contracts``, ``sroi_verification``). The API, the pages and the authorisation matrix
describe objects with these functions; the decision itself is werkbrug.domain.authorisation.

- reading and exporting a contract, its entries, evidence and reports: buyer and supplier;
- the contract's terms (create, change, delete): the buyer;
- fulfilment (entries, evidence, resubmitting a rejected entry): the supplier;
- verifying, rejecting and reopening an entry: the buyer."""

from __future__ import annotations

from typing import Any

from werkbrug.domain.authorisation import Resource
from werkbrug.sroi.models import Contract
from werkbrug.sroi.workflow import load_workflow

LEDGER = "sroi"
TERMS = "sroi_contracts"
VERIFICATION = "sroi_verification"
TOTALS = "sroi_totals"


def _contract(obj: Any) -> Contract:
    return obj if isinstance(obj, Contract) else obj.contract


def ledger(obj: Any) -> Resource:
    """Reading or exporting a contract or anything of it: its buyer and its supplier."""
    contract = _contract(obj)
    return Resource(LEDGER, frozenset({contract.buyer_id, contract.supplier_id}))


def terms(buyer_id: int) -> Resource:
    return Resource(TERMS, frozenset({buyer_id}))


def fulfilment(obj: Any) -> Resource:
    """Writing entries and evidence: the supplier of the contract."""
    return Resource(LEDGER, frozenset({_contract(obj).supplier_id}))


def verification(obj: Any) -> Resource:
    return Resource(VERIFICATION, frozenset({_contract(obj).buyer_id}))


def organisation_ledger(organisation_id: int) -> Resource:
    """The reports over all contracts of one buyer or supplier: that organisation's own."""
    return Resource(LEDGER, frozenset({organisation_id}))


def is_verification(source: str, target: str) -> bool:
    """Verifying, rejecting (the target does not count) or withdrawing a verification is the
    buyer's judgement; the other moves (resubmitting) are the supplier's. From the workflow data."""
    states = load_workflow().states
    if source not in states or target not in states:
        return False
    return states[target].verified or states[source].verified or not states[target].counts


def for_transition(entry: Any, target: str) -> Resource:
    return verification(entry) if is_verification(entry.status, target) else fulfilment(entry)


def for_rule(obj: Any, kind: str, action: str) -> Resource:
    """The resource an API rule (kind, action) is decided on for this contract or entry."""
    if kind in (TERMS, VERIFICATION):
        return Resource(kind, frozenset({_contract(obj).buyer_id}))
    if action in ("read", "export"):
        return ledger(obj)
    return fulfilment(obj)
