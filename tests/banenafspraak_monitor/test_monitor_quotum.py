"""Quotum per employer from stored payroll (40.574 / 40.575 boundary) and progress vs baanambitie."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from monitor_builders import employer, payroll_file, row

from werkbrug.banenafspraak import services
from werkbrug.registry.models import BaanAmbitie

pytestmark = pytest.mark.django_db
UNTIL = date(2024, 12, 31)


def hours_in_january(kvk: str, total: int) -> list[str]:
    """57 persons × 700 h plus one person with the rest: exactly ``total`` hours in January 2024."""
    return [row(f"P{i}", kvk, 2024, 1, "700,00") for i in range(57)] + [row("P99", kvk, 2024, 1, f"{total - 39900},00")]


@pytest.mark.parametrize(("total", "liable"), [(40574, False), (40575, True)])
def test_threshold_boundary(tmp_path, total: int, liable: bool) -> None:
    employer("gem-x", "55555555", sector="overheid")
    services.import_payroll(payroll_file(tmp_path, hours_in_january("55555555", total)), until=UNTIL)
    result = services.employer_quotum("gem-x", 2024)
    assert result["liable"] is liable
    assert result["threshold_hours"] == "40575"
    assert result["hours_per_year"] == str(total)
    assert result["shortfall_banen_unrounded"] == ("0.84" if liable else "0.00")  # 40.575 × 2,76% / 1.331


def test_shortfall_levy_and_caveats(tmp_path, capsys) -> None:
    employer("gem-y", "66666666", sector="overheid")
    rows = [row(f"P{i}", "66666666", 2024, m, "130,00", doelgroep="ja" if i == 0 else "")
            for i in range(100) for m in range(1, 13)]
    services.import_payroll(payroll_file(tmp_path, rows), until=UNTIL)
    result = services.employer_quotum("66666666", 2024)  # by KvK number
    # (156.000 × 2,76% − 1.560) / 1.331 = 2,06 -> 2 whole banen -> € 10.000
    assert (result["shortfall_banen"], result["levy_eur"]) == (2, "10000.00")
    assert {c["id"] for c in result["caveats"]} >= {"no_levy_before_2026", "formula_unverified"}
    assert result["notes"] and "2023" in result["notes"][0]  # no previous-year data
    call_command("quotum", "--employer", "gem-y", "--year", "2024", "--json")
    assert json.loads(capsys.readouterr().out)["levy_eur"] == "10000.00"
    call_command("quotum", "--employer", "gem-y", "--year", "2024")
    assert "quotumheffing € 10000.00" in capsys.readouterr().out


def test_unknown_year_or_employer_is_a_clear_refusal(tmp_path) -> None:
    employer("markt-z", "77777777")
    services.import_payroll(payroll_file(tmp_path, [row("P1", "77777777", 2024, 1, "10,00")]), until=UNTIL)
    with pytest.raises(CommandError, match="quotumpercentage"):
        call_command("quotum", "--employer", "markt-z", "--year", "2024")
    with pytest.raises(CommandError, match="unknown employer"):
        call_command("quotum", "--employer", "nobody", "--year", "2024")


def test_progress_against_baanambitie_and_report_command(tmp_path, capsys) -> None:
    org = employer("emp-a", "11111111")
    BaanAmbitie.objects.create(organisation=org, year=2024, target_banen=Decimal("2"))
    rows = [row("P1", "11111111", 2024, m, "110,92", doelgroep="ja") for m in range(1, 13)]
    services.import_payroll(payroll_file(tmp_path, rows), until=UNTIL)
    ambition = services.report(employer="emp-a")["employer"]["years"][0]["baanambitie"]
    assert ambition["measured_quarter"] == "2024-Q4"
    assert (ambition["realised"], ambition["goal"], ambition["percent"], ambition["met"]) == ("1.00", "2.00", "50.0", False)
    call_command("banenafspraak", "report", "--employer", "11111111", "--json")
    assert json.loads(capsys.readouterr().out)["employer"]["employer"] == "emp-a"
    call_command("banenafspraak", "report", "--year", "2024")
    assert "2024 markt: 1.00 banen" in capsys.readouterr().out
