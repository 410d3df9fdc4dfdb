"""The column-batch importer: batch boundaries, set-aside lines, error caps, summary table, person rows."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.management import call_command
from monitor_builders import HEADER, employer, payroll_file, registered_candidate, row

from werkbrug.banenafspraak import payroll_file as payroll_module
from werkbrug.banenafspraak import services
from werkbrug.banenafspraak.models import BanenQuarter, BanenSummary, PayrollHours, PayrollMonth
from werkbrug.banenafspraak.payroll_batch import overlaps
from werkbrug.banenafspraak.services import PayrollImportError

pytestmark = pytest.mark.django_db
UNTIL = date(2024, 12, 31)


@pytest.fixture
def small_batches(monkeypatch) -> None:
    monkeypatch.setattr(payroll_module, "BLOCK_BYTES", 256)  # a few rows per batch


def refused(path) -> PayrollImportError:
    with pytest.raises(PayrollImportError) as caught:
        services.import_payroll(path, until=UNTIL)
    assert not PayrollMonth.objects.exists() and not BanenQuarter.objects.exists()
    return caught.value


def test_sums_and_overlaps_across_batch_boundaries(tmp_path, small_batches) -> None:
    employer("emp-a", "11111111")
    employer("inl-b", "22222222", sector="overheid", region="Haaglanden")
    rows = [row(f"P{i}", "11111111", 2024, m, "10,00", doelgroep="ja" if i % 2 else "nee",
                inlener="22222222" if i == 3 else "") for i in range(8) for m in (1, 2, 4)]
    result = services.import_payroll(payroll_file(tmp_path, rows), until=UNTIL)
    assert result.rows == 24 and PayrollMonth.objects.count() == 6  # (employer, inlener) × 3 months
    q1 = BanenQuarter.objects.get(employer__external_key="emp-a", year=2024, quarter=1)
    assert (q1.total_hours_centi, q1.doelgroep_hours_centi, q1.doelgroep_person_months) == (14000, 6000, 6)
    inlener = BanenQuarter.objects.get(employer__external_key="inl-b", year=2024, quarter=2)
    assert (inlener.total_hours_centi, inlener.doelgroep_hours_centi) == (1000, 1000)
    duplicate = payroll_file(tmp_path, [*rows, row("P5", "11111111", 2024, 1, "1,00")], name="dubbel.csv")
    PayrollMonth.objects.all().delete()
    BanenQuarter.objects.all().delete()
    assert refused(duplicate).errors == [
        "dubbel.csv:26:periode_van: overlapt met rij 17: dezelfde persoon, werkgever en inlener in dezelfde maand / "
        "overlaps row 17: the same person, employer and inlener in the same month"]


def test_summary_table_holds_the_national_report(tmp_path) -> None:
    employer("emp-a", "11111111", region="Haaglanden")
    employer("emp-b", "22222222", sector="overheid", region="Rijnmond")
    rows = [row("P1", "11111111", 2024, 1, "100,00", doelgroep="ja"),
            row("P2", "22222222", 2024, 5, "50,00", doelgroep="ja"),
            row("P3", "22222222", 2024, 5, "70,00")]
    services.import_payroll(payroll_file(tmp_path, rows), until=UNTIL)
    summary = {(s.quarter, s.sector, s.region): (s.total_hours_centi, s.doelgroep_hours_centi)
               for s in BanenSummary.objects.all()}
    assert summary == {(1, "markt", "Haaglanden"): (10000, 10000), (2, "overheid", "Rijnmond"): (12000, 5000)}
    report = services.report(region="Rijnmond")
    assert [(q["quarter"], q["sector"], q["doelgroep_hours"]) for q in report["quarters"]] == [("2024-Q2", "overheid", "50")]


def test_set_aside_lines_keep_the_row_numbers_right(tmp_path) -> None:
    employer("emp-a", "11111111")
    path = tmp_path / "vorm.csv"
    lines = [HEADER, row("P1", "11111111", 2024, 1, "8,00"), "   ", "P2;11111111;01-01-2024", "",
             row("P3", "11111111", 2024, 1, "-8,00"), row("P4", "11111111", 2024, 1, "8,00") + ";extra"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    error = refused(path)
    assert error.errors == ["vorm.csv:4: te weinig kolommen / too few columns",
                            "vorm.csv:6:uren: verloonde uren mogen niet negatief zijn / paid hours must not be negative",
                            "vorm.csv:7: te veel kolommen / too many columns"]


def test_errors_are_capped_but_counted(tmp_path, small_batches) -> None:
    employer("emp-a", "11111111")
    rows = [row(f"P{i}", "11111111", 2024, 1, "-1,00") for i in range(60)]
    error = refused(payroll_file(tmp_path, rows))
    assert error.total == 60 and len(error.errors) == payroll_module.MAX_REPORTED
    assert error.errors[0].startswith("loonaangifte.csv:2:uren") and error.errors[-1].startswith("loonaangifte.csv:51:")


def test_keep_rows_stores_pseudonymised_person_rows_with_the_register_status(tmp_path, capsys) -> None:
    employer("emp-a", "11111111")
    registered_candidate("cand-in", "111222333", since=date(2024, 3, 15))
    rows = [row("111222333", "11111111", 2024, m, "100,00") for m in (2, 3)]
    call_command("import_payroll", str(payroll_file(tmp_path, rows)), "--keep-rows")
    assert "2 rijen" in capsys.readouterr().out
    stored = list(PayrollHours.objects.order_by("month").values_list("source_row", "month", "counts", "person"))
    assert [(r, m, c) for r, m, c, _ in stored] == [(2, 2, False), (3, 3, True)]
    assert stored[0][3] == stored[1][3] and stored[0][3] != 111222333  # a pseudonym, never the BSN
    assert PayrollMonth.objects.get(month=3).doelgroep_persons == 1


def test_overlap_keys_report_the_first_row_of_each_repeat() -> None:
    import numpy as np

    count, pairs = overlaps(np.array([5, 7, 5, 9, 7, 5], dtype=np.int64), limit=10)
    assert count == 3 and pairs == [(2, 0), (4, 1), (5, 0)]
