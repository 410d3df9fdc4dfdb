"""rules-nl.md 6.2: € 1,000,000 × 5% = € 50,000, fulfilled on stored data in Haaglanden by 1 FTE
banenafspraak for 12 months, or by 0.5 FTE for 12 months plus € 25,000 of other blocks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sroi_builders import contract_values, placement

from werkbrug.sroi import services


def _verify(entry: Any) -> Any:
    return services.transition(entry.pk, "verified", entry.version)


def test_one_fte_banenafspraak_for_twelve_months_fulfils_fifty_thousand(ledger: dict[str, Any]) -> None:
    contract = services.create_contract(contract_values())
    p = placement("P-1", "CAN-1", hours="36")
    entry = services.create_entry({"contract": contract.pk, "kind": "placement", "placement": p.pk})
    assert entry.category == "banenafspraak" and not entry.category_overridden
    assert (entry.period_start, entry.period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert entry.value_eur == Decimal("50000.00")
    _verify(entry)
    report = services.contract_report(contract.pk, as_of=date(2024, 12, 31))
    assert report["obligation"]["amount_eur"] == "50000.00"
    assert report["verified_eur"] == "50000.00"
    assert report["alert"]["will_miss_target"] is False
    assert report["penalty"]["deduction_eur"] == "0.00"


def test_half_fte_plus_twenty_five_thousand_of_purchases_fulfils_it_too(ledger: dict[str, Any]) -> None:
    contract = services.create_contract(contract_values())
    p = placement("P-1", "CAN-1", hours="18")
    half = services.create_entry({"contract": contract.pk, "kind": "placement", "placement": p.pk})
    purchase = services.create_entry({"contract": contract.pk, "kind": "purchase", "counterparty": "SOB",
                                      "amount_eur": Decimal("25000"), "invoice_reference": "F-2024-001",
                                      "period_start": date(2024, 6, 1)})
    assert half.value_eur == Decimal("25000.00")
    assert purchase.value_eur == Decimal("25000.00")
    report = services.contract_report(contract.pk, as_of=date(2025, 1, 31))
    assert report["realised_eur"] == "50000.00" and report["verified_eur"] == "0.00"
    assert report["alert"]["will_miss_target"] is True  # nothing verified yet
    _verify(half)
    _verify(purchase)
    report = services.contract_report(contract.pk, as_of=date(2025, 1, 31))
    assert report["verified_eur"] == "50000.00"
    assert report["alert"]["will_miss_target"] is False
    assert report["remaining_eur"] == "0.00"
