"""Reports from stored data: one contract, or all contracts of a supplier or of a buyer.

Each is a JSON-ready dict; exports/ renders the same dict as Excel or PDF."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Count
from django.utils import timezone

from werkbrug.domain.sroi.loader import get_method
from werkbrug.registry.models import Organisation
from werkbrug.sroi.models import Contract, Entry
from werkbrug.sroi.monitoring import EntryFacts, Terms, monitor
from werkbrug.sroi.valuing import gross_obligation, table_of
from werkbrug.sroi.workflow import load_workflow

CENT = Decimal("0.01")


def _organisation(org: Organisation) -> dict[str, Any]:
    return {"id": org.pk, "key": org.external_key, "name": org.name, "kind": org.kind}


def _contract_facts(contract: Contract) -> dict[str, Any]:
    table = table_of(contract)
    return {
        "id": contract.pk, "key": contract.external_key, "name": contract.name,
        "buyer": _organisation(contract.buyer), "supplier": _organisation(contract.supplier),
        "start_date": contract.start_date.isoformat(), "end_date": contract.end_date.isoformat(),
        "contract_value_eur": str(contract.contract_value_eur), "sroi_percentage": str(contract.sroi_percentage),
        "base": contract.base, "wage_sum_eur": None if contract.wage_sum_eur is None else str(contract.wage_sum_eur),
        "method": contract.method, "method_name": get_method(contract.method).name,
        "table_valid_from": table.valid_from.isoformat(), "table_source": table.source,
        "table_unconfirmed": table.unconfirmed, "pso_discount_percent": str(contract.pso_discount_percent),
        "penalty_factor": None if contract.penalty_factor is None else str(contract.penalty_factor),
        "herstelperiode_days": contract.herstelperiode_days, "version": contract.version,
    }


def _entry_row(entry: Entry) -> dict[str, Any]:
    return {"id": entry.pk, "kind": entry.kind, "status": entry.status, "category": entry.category,
            "category_overridden": entry.category_overridden, "placement": entry.placement_id,
            "period_start": entry.period_start.isoformat(),
            "period_end": entry.period_end.isoformat() if entry.period_end else None,
            "hours_per_week": None if entry.hours_per_week is None else str(entry.hours_per_week),
            "value_eur": str(entry.value_eur), "evidence": getattr(entry, "evidence_count", 0),
            "caveats": entry.valuation.get("caveats", [])}


def _facts(entry: Entry) -> EntryFacts:
    states = load_workflow().states
    state = states[entry.status]
    accrual = tuple((key, Decimal(value)) for key, value in entry.valuation.get("accrual", []))
    return EntryFacts(state.counts, state.verified, entry.value_eur, accrual)


def contract_report(contract_id: int, as_of: date | None = None) -> dict[str, Any]:
    contract = Contract.objects.select_related("buyer", "supplier").get(pk=contract_id)
    on = as_of or timezone.localdate()
    entries = list(contract.entries.annotate(evidence_count=Count("evidence")).order_by("period_start", "id"))
    obligation = gross_obligation(contract)
    terms = Terms(contract.start_date, contract.end_date, obligation, contract.penalty_factor,
                  contract.herstelperiode_days)
    monitoring = monitor(terms, [_facts(e) for e in entries], on)
    by_kind: dict[str, Decimal] = {}
    counting = set(load_workflow().counting_states())
    for entry in entries:
        if entry.status in counting:
            by_kind[entry.kind] = by_kind.get(entry.kind, Decimal(0)) + entry.value_eur
    return {"report": "contract", "contract": _contract_facts(contract),
            "obligation": {"amount_eur": str(obligation),
                           "formula": f"{contract.base} × {contract.sroi_percentage}%"},
            **monitoring, "registered_by_kind": {k: str(v) for k, v in sorted(by_kind.items())},
            "entries": [_entry_row(e) for e in entries],
            "workflow_version": load_workflow().version}


def _summary(report: dict[str, Any]) -> dict[str, Any]:
    keys = ("obligation_eur", "registered_eur", "realised_eur", "verified_eur")
    return {"contract": {k: report["contract"][k] for k in ("id", "key", "name", "start_date", "end_date",
                                                            "method")},
            "buyer": report["contract"]["buyer"], "supplier": report["contract"]["supplier"],
            **{k: report[k] for k in keys}, "projected_eur": report["forecast"]["projected_eur"],
            "will_miss_target": report["alert"]["will_miss_target"],
            "deduction_eur": report["penalty"]["deduction_eur"]}


def _group(role: str, org_ref: int, as_of: date | None) -> dict[str, Any]:
    org = Organisation.objects.get(pk=org_ref)
    contracts = Contract.objects.filter(**{role: org}).order_by("start_date", "id")
    summaries = [_summary(contract_report(c.pk, as_of)) for c in contracts]

    def total(key: str) -> str:
        return str(sum((Decimal(s[key]) for s in summaries if s[key] is not None), Decimal(0)).quantize(CENT))

    return {"report": role, role: _organisation(org), "as_of": (as_of or timezone.localdate()).isoformat(),
            "contracts": summaries,
            "totals": {"contracts": len(summaries), "obligation_eur": total("obligation_eur"),
                       "registered_eur": total("registered_eur"), "realised_eur": total("realised_eur"),
                       "verified_eur": total("verified_eur"), "projected_eur": total("projected_eur"),
                       "deduction_eur": total("deduction_eur"),
                       "contracts_missing_target": sum(1 for s in summaries if s["will_miss_target"])}}


def supplier_report(organisation_id: int, as_of: date | None = None) -> dict[str, Any]:
    return _group("supplier", organisation_id, as_of)


def buyer_report(organisation_id: int, as_of: date | None = None) -> dict[str, Any]:
    return _group("buyer", organisation_id, as_of)
