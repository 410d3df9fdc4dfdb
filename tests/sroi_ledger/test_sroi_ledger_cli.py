"""`werkbrug sroi report|add-contract|add-entry`."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook
from sroi_builders import placement

from werkbrug.sroi.models import Contract, Entry


def _run(*args: str) -> str:
    out = StringIO()
    call_command("sroi", *args, stdout=out)
    return out.getvalue()


def test_add_from_csv_and_report(ledger: dict[str, Any], tmp_path: Path) -> None:
    contracts = tmp_path / "contracten.csv"
    contracts.write_text("external_key;name;buyer;supplier;contract_value_eur;sroi_percentage;start_date;"
                         "end_date;method;penalty_factor\n"
                         "C-9;Schoonmaak;GEM;SUP;1000000;5;2024-01-01;2024-12-31;haaglanden-2023;1\n", "utf-8")
    assert "1 toegevoegd" in _run("add-contract", str(contracts))
    contract = Contract.objects.get(external_key="C-9")
    p = placement("P-1", "CAN-1", hours="18")
    entries = tmp_path / "opgaven.csv"
    entries.write_text(f"contract,kind,placement,counterparty,amount_eur,period_start\n"
                       f"{contract.pk},placement,{p.pk},,,\n"
                       f"{contract.pk},purchase,,{ledger['sob'].pk},25000,2024-03-01\n", "utf-8")
    _run("add-entry", str(entries))
    assert sorted(Entry.objects.values_list("value_eur", flat=True)) == [25000, 25000]
    xlsx, pdf = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    report = json.loads(_run("report", "--contract", "C-9", "--as-of", "2024-12-31", "--json",
                             "--xlsx", str(xlsx), "--pdf", str(pdf)))
    assert report["realised_eur"] == "50000.00" and report["verified_eur"] == "0.00"
    assert load_workbook(xlsx).sheetnames[0] == "Samenvatting"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = _run("report", "--supplier", "SUP", "--as-of", "2024-12-31")
    assert "C-9" in text and "HAALT DOEL NIET" in text


def test_bad_csv_rows_add_nothing_and_name_the_row(ledger: dict[str, Any], tmp_path: Path) -> None:
    contracts = tmp_path / "c.csv"
    contracts.write_text("external_key,name,buyer,supplier,contract_value_eur,sroi_percentage,start_date,"
                         "end_date,method\n"
                         "C-1,A,GEM,SUP,100,5,2024-01-01,2024-12-31,haaglanden-2023\n"
                         "C-2,B,GEM,SUP,100,5,2024-01-01,2023-12-31,haaglanden-2023\n", "utf-8")
    with pytest.raises(CommandError, match=r"c\.csv:3: end_date"):
        _run("add-contract", str(contracts))
    assert not Contract.objects.exists()


def test_report_needs_exactly_one_subject(ledger: dict[str, Any]) -> None:
    with pytest.raises(CommandError, match="precies"):
        _run("report")
    with pytest.raises(CommandError, match="bestaat niet"):
        _run("report", "--contract", "C-404")
