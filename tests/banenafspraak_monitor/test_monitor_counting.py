"""Counting banen from payroll and placements: pro rata, doelgroep periods, inlener, sector, quarters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from monitor_builders import employer, payroll_file, registered_candidate, row

from werkbrug.banenafspraak import services
from werkbrug.banenafspraak.models import BanenQuarter

pytestmark = pytest.mark.django_db


def quarter(key: str, year: int, q: int) -> BanenQuarter:
    return BanenQuarter.objects.get(employer__external_key=key, year=year, quarter=q)


def test_pro_rata_quarter_and_year(tmp_path) -> None:
    employer("emp-a", "11111111")
    rows = [row("P1", "11111111", 2024, 1, "110,00", doelgroep="ja"),
            row("P1", "11111111", 2024, 2, "110,00", doelgroep="ja"),
            row("P1", "11111111", 2024, 3, "112,75", doelgroep="ja"),
            row("P2", "11111111", 2024, 3, "160,00", doelgroep="nee")]
    services.import_payroll(payroll_file(tmp_path, rows), until=date(2024, 12, 31))
    q1 = quarter("emp-a", 2024, 1)
    assert (q1.doelgroep_hours_centi, q1.total_hours_centi) == (33275, 49275)
    detail = services.report(employer="emp-a", year=2024)["employer"]
    assert detail["quarters"][0]["banen"] == "1.00"  # 332,75 h in a quarter = 1 baan (1.331 / 4)
    assert detail["years"][0]["banen"] == "0.25"  # the same hours over a year: 332,75 / 1.331


def test_doelgroep_entry_and_exit_mid_month_count_the_whole_month(tmp_path) -> None:
    """Wfsv 38g lid 8: a status that starts or ends during the aangiftetijdvak counts the whole period."""
    employer("emp-a", "11111111")
    registered_candidate("cand-in", "111222333", since=date(2024, 3, 15), until=date(2024, 5, 10))
    rows = [row("111222333", "11111111", 2024, m, "100,00") for m in (2, 3, 4, 5, 6)]
    services.import_payroll(payroll_file(tmp_path, rows), until=date(2024, 12, 31))
    assert quarter("emp-a", 2024, 1).doelgroep_hours_centi == 10000  # March only, not February
    assert quarter("emp-a", 2024, 2).doelgroep_hours_centi == 20000  # April and May, not June
    assert quarter("emp-a", 2024, 2).total_hours_centi == 30000


def test_candidate_key_in_the_file_finds_the_registration(tmp_path) -> None:
    employer("emp-a", "11111111")
    registered_candidate("cand-in", "111222333", since=date(2024, 1, 1))
    services.import_payroll(payroll_file(tmp_path, [row("cand-in", "11111111", 2024, 1, "80,00")]),
                            until=date(2024, 12, 31))
    assert quarter("emp-a", 2024, 1).doelgroep_hours_centi == 8000


def test_detachering_counts_for_the_inlener_not_the_sob(tmp_path) -> None:
    employer("sob", "22222222")
    employer("inlener", "33333333", sector="overheid")
    rows = [row("P1", "22222222", 2024, 1, "80,00", inlener="33333333", doelgroep="ja"),
            row("P2", "22222222", 2024, 1, "40,00", doelgroep="ja")]
    services.import_payroll(payroll_file(tmp_path, rows), until=date(2024, 12, 31))
    assert quarter("inlener", 2024, 1).doelgroep_hours_centi == 8000
    assert quarter("sob", 2024, 1).doelgroep_hours_centi == 4000


def test_sector_split_region_and_year_totals(tmp_path) -> None:
    employer("markt-1", "11111111", region="Haaglanden")
    employer("overheid-1", "44444444", sector="overheid")
    rows = [row("P1", "11111111", 2024, 1, "665,50", doelgroep="ja"),
            row("P1", "11111111", 2024, 7, "665,50", doelgroep="ja"),
            row("P2", "44444444", 2024, 1, "665,50", doelgroep="ja"),
            row("P2", "44444444", 2025, 1, "133,10", doelgroep="ja")]
    services.import_payroll(payroll_file(tmp_path, rows), until=date(2025, 12, 31))
    result = services.report()
    sectors = {(s["year"], s["sector"]): s for s in result["sectors"]}
    assert sectors[(2024, "markt")]["banen"] == "1.00"
    assert sectors[(2024, "overheid")]["banen"] == "0.50"
    assert sectors[(2025, "overheid")]["banen"] == "0.10"
    assert sectors[(2024, "markt")]["target"]["extra_banen"] == "90000"
    assert sectors[(2024, "markt")]["target"]["unconfirmed"] is True
    assert sectors[(2024, "markt")]["extra_banen"] is None  # the data does not hold the nulmeting
    regions = {(r["year"], r["region"]): r["banen"] for r in result["regions"]}
    assert regions[(2024, "Haaglanden")] == "1.00"
    assert services.report(region="Haaglanden", year=2025)["sectors"] == []


def test_placements_count_for_employers_without_payroll(registry_base) -> None:
    from werkbrug.registry.models import Candidate, DoelgroepRegistration, Placement, Work

    registered_candidate("cand-p", "111222333", since=date(2025, 1, 1))
    candidate = Candidate.objects.get(external_key="cand-p")
    Placement.objects.create(external_key="pl-1", candidate=candidate, work=Work.objects.get(external_key="work-1"),
                             kind="dienstverband", employer_of_record=registry_base["employer"],
                             hours_per_week=Decimal("25.5"), start_date=date(2025, 1, 1))
    assert DoelgroepRegistration.objects.count() == 1
    services.refresh(until=date(2025, 3, 31))
    q1 = quarter("emp-1", 2025, 1)
    assert q1.source == "placements"
    assert q1.doelgroep_hours_centi == round(Decimal("25.5") * 90 / 7 * 100)  # 90 days in Q1 2025
