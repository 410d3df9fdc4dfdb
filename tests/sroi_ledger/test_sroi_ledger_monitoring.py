"""Monitoring on stored data: realised and verified per month, the linear forecast, the alert
for a contract behind pace, the penalty per the contract's terms, and the exports."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook
from sroi_builders import contract_values, placement

from werkbrug.sroi import services
from werkbrug.sroi.exports.pdf import write_pdf
from werkbrug.sroi.exports.xlsx import write_xlsx


@pytest.fixture
def behind(ledger: dict[str, Any]) -> Any:
    """€ 50,000 obligation; by 30 June only a half-time banenafspraak placement (verified)."""
    contract = services.create_contract(contract_values(penalty_factor=Decimal("1.5")))
    p = placement("P-1", "CAN-1", hours="18")
    entry = services.create_entry({"contract": contract.pk, "kind": "placement", "placement": p.pk})
    services.transition(entry.pk, "verified", entry.version)
    return contract


def test_a_contract_behind_pace_gets_an_alert_and_a_projected_penalty(behind: Any) -> None:
    report = services.contract_report(behind.pk, as_of=date(2024, 6, 30))
    assert report["elapsed_months"] == "6.00" and report["contract_months"] == "12.00"
    assert report["verified_eur"] == "12500.00"  # 25,000 over 12 months, 6 elapsed
    assert report["registered_eur"] == "25000.00"
    assert report["forecast"]["projected_eur"] == "25000.00" and report["forecast"]["estimate"] is True
    assert "linear" in report["forecast"]["method"]
    assert report["alert"] == {"will_miss_target": True, "projected_shortfall_eur": "25000.00"}
    assert report["penalty"]["deduction_eur"] == "37500.00"  # 25,000 × 1.5
    assert report["penalty"]["herstelperiode_days"] == 90
    june = next(m for m in report["months"] if m["month"] == "2024-06")
    assert june == {"month": "2024-06", "elapsed": True, "obligation_pace_eur": "25000.00",
                    "realised_eur": "12500.00", "verified_eur": "12500.00"}


def test_the_alert_clears_when_the_pace_is_made_up(behind: Any) -> None:
    services.create_entry({"contract": behind.pk, "kind": "purchase", "counterparty": "SOB",
                           "amount_eur": Decimal("30000"), "period_start": date(2024, 5, 15)})
    unverified = services.contract_report(behind.pk, as_of=date(2024, 6, 30))
    assert unverified["realised_eur"] == "42500.00" and unverified["alert"]["will_miss_target"] is True
    purchase = behind.entries.get(kind="purchase")
    services.transition(purchase.pk, "verified", purchase.version)
    report = services.contract_report(behind.pk, as_of=date(2024, 6, 30))
    assert report["forecast"]["projected_eur"] == "85000.00"  # 42,500 per 6 months × 12
    assert report["alert"]["will_miss_target"] is False and report["penalty"]["deduction_eur"] == "0.00"


def test_no_forecast_before_the_start_and_no_penalty_without_terms(ledger: dict[str, Any]) -> None:
    contract = services.create_contract(contract_values(penalty_factor=None))
    early = services.contract_report(contract.pk, as_of=date(2023, 12, 1))
    assert early["forecast"]["projected_eur"] is None and early["alert"]["will_miss_target"] is False
    late = services.contract_report(contract.pk, as_of=date(2025, 3, 1))
    assert late["ended"] and late["alert"]["will_miss_target"] is True
    assert late["penalty"] == {"agreed": False, "deduction_eur": None,
                               "note": "geen boeteclausule in het contract / no penalty terms in the contract"}


def test_supplier_and_buyer_reports_add_up(behind: Any, ledger: dict[str, Any]) -> None:
    services.create_contract(contract_values(external_key="C-2", penalty_factor=None))
    supplier = services.supplier_report(ledger["supplier"].pk, as_of=date(2024, 6, 30))
    buyer = services.buyer_report(ledger["gemeente"].pk, as_of=date(2024, 6, 30))
    assert supplier["totals"]["contracts"] == buyer["totals"]["contracts"] == 2
    assert supplier["totals"]["obligation_eur"] == "100000.00"
    assert supplier["totals"]["contracts_missing_target"] == 2
    assert services.supplier_report(ledger["sob"].pk)["totals"]["contracts"] == 0


def test_exports_open_and_text_cannot_become_a_formula(behind: Any) -> None:
    behind.name = "=HYPERLINK(\"http://x\")"
    behind.save()
    report = services.contract_report(behind.pk, as_of=date(2024, 6, 30))
    buffer = io.BytesIO()
    write_xlsx(report, buffer)
    book = load_workbook(io.BytesIO(buffer.getvalue()))
    assert book.sheetnames == ["Samenvatting", "Per maand", "Opgaven"]
    cells = [c.value for row in book["Samenvatting"].iter_rows() for c in row]
    assert "C-1 =HYPERLINK(\"http://x\")" in cells
    assert 50000.0 in cells  # amounts stay numbers
    assert all(not (isinstance(v, str) and v.startswith("=")) for v in cells)
    pdf = io.BytesIO()
    write_pdf(report, pdf)
    assert pdf.getvalue().startswith(b"%PDF")
    group = io.BytesIO()
    write_pdf(services.supplier_report(behind.supplier_id, as_of=date(2024, 6, 30)), group)
    assert group.getvalue().startswith(b"%PDF")
    sheet = io.BytesIO()
    write_xlsx(services.buyer_report(behind.buyer_id, as_of=date(2024, 6, 30)), sheet)
    summary = load_workbook(io.BytesIO(sheet.getvalue()))["Samenvatting"]
    assert summary["A4"].value == "C-1"
    assert summary["B4"].value == "'=HYPERLINK(\"http://x\")" and summary["B4"].data_type == "s"
