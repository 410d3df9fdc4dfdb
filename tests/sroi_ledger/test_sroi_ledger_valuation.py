"""Entries valued on stored data: category mapping and override, the table in force on the
contract's start (a contract spanning a change of table), count limits, other kinds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sroi_builders import BSN, candidate, contract_values, placement

from werkbrug.domain.errors import DomainValidationError
from werkbrug.sroi import services


def _entry(contract: Any, **values: Any) -> Any:
    return services.create_entry({"contract": contract.pk, **values})


def test_a_contract_spanning_a_change_of_table_keeps_the_table_of_its_start(ledger: dict[str, Any]) -> None:
    # Utrecht: older table (banenafspraak € 35,000) and the current one from 2022-01-01 (€ 50,000).
    old = services.create_contract(contract_values(external_key="C-OLD", method="utrecht",
                                                   start_date=date(2021, 7, 1), end_date=date(2022, 12, 31)))
    new = services.create_contract(contract_values(external_key="C-NEW", method="utrecht",
                                                   start_date=date(2022, 1, 1), end_date=date(2022, 12, 31)))
    p = placement("P-1", "CAN-1", start=date(2022, 1, 1), end=date(2022, 6, 30))
    q = placement("P-2", "CAN-1", start=date(2022, 7, 1), end=date(2022, 12, 31))
    in_old = _entry(old, kind="placement", placement=p.pk)
    in_new = _entry(new, kind="placement", placement=q.pk)
    assert in_old.valuation["table_valid_from"] == "2016-01-01"
    assert in_new.valuation["table_valid_from"] == "2022-01-01"
    assert in_old.value_eur == Decimal("17500.00")  # 35,000 × 6/12, although the months are in 2022
    assert in_new.value_eur == Decimal("25000.00")  # 50,000 × 6/12


def test_a_contract_before_the_first_table_of_its_method_is_refused(ledger: dict[str, Any]) -> None:
    with pytest.raises(DomainValidationError) as refused:
        services.create_contract(contract_values(start_date=date(2023, 1, 1), end_date=date(2023, 12, 31)))
    assert refused.value.issues[0].field == "start_date"
    with pytest.raises(DomainValidationError) as unknown:
        services.create_contract(contract_values(method="atlantis"))
    assert unknown.value.issues[0].field == "method"


def test_count_limit_applies_per_candidate_across_split_entries(ledger: dict[str, Any]) -> None:
    # Haaglanden WW counts at most 12 months; the candidate has two entries of 9 months each.
    candidate("CAN-WW", BSN[1], doelgroep=None, benefit="ww")
    contract = services.create_contract(contract_values(start_date=date(2024, 1, 1), end_date=date(2025, 12, 31)))
    p = placement("P-WW", "CAN-WW", start=date(2024, 1, 1), end=date(2025, 12, 31))
    first = _entry(contract, kind="placement", placement=p.pk, period_end=date(2024, 9, 30))
    second = _entry(contract, kind="placement", placement=p.pk, period_start=date(2024, 10, 1),
                    period_end=date(2025, 6, 30))
    assert first.category == "ww" and first.value_eur == Decimal("15000.00")  # 20,000 × 9/12
    assert second.valuation["months_already_counted"] == "9.0000"
    assert second.valuation["counted_months"] == "3.0000"
    assert second.value_eur == Decimal("5000.00")  # only 3 of its 9 months are left
    third = _entry(contract, kind="placement", placement=p.pk, period_start=date(2025, 7, 1),
                   period_end=date(2025, 12, 31))
    assert third.value_eur == Decimal("0.00")


def test_banenafspraak_counts_always_and_bonus_55_plus_is_pro_rated(ledger: dict[str, Any]) -> None:
    candidate("CAN-OLD", BSN[1], doelgroep="praktijkroute", benefit="bijstand", born=date(1965, 3, 1))
    contract = services.create_contract(contract_values(start_date=date(2024, 1, 1), end_date=date(2025, 12, 31)))
    p = placement("P-OLD", "CAN-OLD", hours="36", start=date(2024, 1, 1))
    entry = _entry(contract, kind="placement", placement=p.pk)
    assert entry.age == 58 and entry.valuation["counted_months"] == "24.0000"
    assert entry.value_eur == Decimal("120000.00")  # (50,000 + 10,000) × 24/12


def test_mapping_from_benefit_and_an_explicit_override(ledger: dict[str, Any]) -> None:
    candidate("CAN-PW", BSN[1], doelgroep=None, benefit="bijstand")
    contract = services.create_contract(contract_values())
    p = placement("P-PW", "CAN-PW", hours="18", end=date(2024, 6, 30))
    mapped = _entry(contract, kind="placement", placement=p.pk)
    assert mapped.category == "participatiewet" and mapped.value_eur == Decimal("10000.00")
    chosen = services.update_entry(mapped.pk, mapped.version, {"category": "wia"})
    assert chosen.category == "wia" and chosen.category_overridden
    assert chosen.value_eur == Decimal("7500.00")  # 30,000 × 0.5 × 6/12


def test_bbl_place_without_a_registry_placement_and_other_kinds(ledger: dict[str, Any]) -> None:
    contract = services.create_contract(contract_values(pso_discount_percent=Decimal("20")))
    bbl = _entry(contract, kind="bbl", hours_per_week=Decimal("36"), period_start=date(2024, 1, 1),
                 period_end=date(2024, 12, 31))
    assert bbl.category == "bbl-niveau-3" and bbl.value_eur == Decimal("15000.00")
    activity = _entry(contract, kind="activity", hours=Decimal("40"), rate_eur=Decimal("100"),
                      period_start=date(2024, 3, 1))
    assert activity.value_eur == Decimal("4000.00")
    costs = _entry(contract, kind="costs", amount_eur=Decimal("1234.50"), period_start=date(2024, 4, 1))
    assert costs.category == "opleidings-begeleidingskosten" and costs.value_eur == Decimal("1234.50")
    pso = _entry(contract, kind="pso_discount", period_start=date(2024, 1, 1))
    assert pso.value_eur == Decimal("10000.00")  # 20% of the € 50,000 obligation
    with pytest.raises(DomainValidationError) as twice:
        _entry(contract, kind="pso_discount", period_start=date(2024, 2, 1))
    assert twice.value.issues[0].code == "double_entry"


def test_bad_entries_are_refused_with_the_field_named(ledger: dict[str, Any]) -> None:
    contract = services.create_contract(contract_values())
    cases = [
        ({"kind": "placement"}, "placement"),
        ({"kind": "purchase", "amount_eur": Decimal("10"), "period_start": date(2024, 2, 1),
          "counterparty": "SUP"}, "counterparty"),  # an ordinary employer is no social company
        ({"kind": "bbl", "hours_per_week": Decimal("-4"), "period_start": date(2024, 1, 1),
          "period_end": date(2024, 2, 1)}, "hours_per_week"),
        ({"kind": "costs", "amount_eur": Decimal("5"), "period_start": date(2025, 3, 1)}, "period_start"),
        ({"kind": "loterij", "period_start": date(2024, 1, 1)}, "kind"),
    ]
    for values, field in cases:
        with pytest.raises(DomainValidationError) as refused:
            _entry(contract, **values)
        assert refused.value.issues[0].field == field, values
