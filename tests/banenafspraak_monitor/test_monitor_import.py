"""Payroll import: file:row:column errors in Dutch and English, nothing written, idempotent re-import."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from monitor_builders import HEADER, employer, payroll_file, row

from werkbrug.banenafspraak import services
from werkbrug.banenafspraak.models import BanenQuarter, PayrollHours, PayrollImport, PayrollMonth
from werkbrug.banenafspraak.services import PayrollImportError

pytestmark = pytest.mark.django_db
UNTIL = date(2024, 12, 31)


@pytest.fixture
def employers(db: None) -> None:
    employer("emp-a", "11111111")
    employer("emp-b", "22222222")


def refused(path) -> list[str]:
    with pytest.raises(PayrollImportError) as caught:
        services.import_payroll(path, until=UNTIL)
    assert PayrollHours.objects.count() == 0 and PayrollImport.objects.count() == 0
    assert PayrollMonth.objects.count() == 0
    assert BanenQuarter.objects.count() == 0
    return caught.value.errors


def test_negative_hours_unknown_employer_and_bad_cells_are_refused_with_their_place(tmp_path, employers) -> None:
    rows = [row("P1", "11111111", 2024, 1, "80,00"),
            row("P2", "11111111", 2024, 1, "-4,00"),
            row("P3", "99999999", 2024, 1, "10,00"),
            row("P4", "11111111", 2024, 1, "10,00", doelgroep="misschien"),
            "P5;11111111;;15-01-2024;14-02-2024;10,00;;",
            row("P6", "11111111", 2024, 2, "10,00", sector="overheid")]
    errors = refused(payroll_file(tmp_path, rows))
    assert errors[0] == ("loonaangifte.csv:3:uren: verloonde uren mogen niet negatief zijn / "
                         "paid hours must not be negative")
    assert errors[1].startswith("loonaangifte.csv:4:werkgever: onbekende werkgever")
    assert "unknown employer" in errors[1]
    assert errors[2].startswith("loonaangifte.csv:5:doelgroep:")
    assert errors[3].startswith("loonaangifte.csv:6:periode_tot: een aangiftetijdvak moet één kalendermaand")
    assert errors[4].startswith("loonaangifte.csv:7:sector:")
    assert len(errors) == 5
    assert not any("P2" in e or "P3" in e for e in errors)  # no person identifiers in messages


def test_overlapping_period_of_the_same_person_and_employer_is_refused(tmp_path, employers) -> None:
    rows = [row("P1", "11111111", 2024, 1, "80,00"), row("P2", "11111111", 2024, 1, "8,00"),
            row("P1", "11111111", 2024, 1, "20,00"),
            row("P1", "22222222", 2024, 1, "20,00")]  # another employer in the same month is fine
    errors = refused(payroll_file(tmp_path, rows))
    assert errors == ["loonaangifte.csv:4:periode_van: overlapt met rij 2: dezelfde persoon, werkgever en inlener "
                      "in dezelfde maand / overlaps row 2: the same person, employer and inlener in the same month"]


def test_missing_column_and_invalid_bsn(tmp_path, employers) -> None:
    path = tmp_path / "kapot.csv"
    path.write_text("persoon;werkgever;uren\nP1;11111111;8\n", encoding="utf-8")
    assert refused(path)[0].startswith("kapot.csv:1:periode_van, periode_tot: verplichte kolom ontbreekt")
    bad_bsn = refused(payroll_file(tmp_path, [row("123456789", "11111111", 2024, 1, "8,00")]))
    assert bad_bsn == ["loonaangifte.csv:2:persoon: BSN is ongeldig (elfproef) / BSN is invalid (elfproef check)"]


@pytest.mark.parametrize("keep_rows", [False, True])
def test_reimport_replaces_and_never_duplicates(tmp_path, employers, keep_rows) -> None:
    first = payroll_file(tmp_path, [row("P1", "11111111", 2024, 1, "80,00", doelgroep="ja"),
                                    row("P1", "22222222", 2024, 1, "10,00", doelgroep="ja")])
    services.import_payroll(first, until=UNTIL, keep_rows=keep_rows)
    again = services.import_payroll(first, until=UNTIL, keep_rows=keep_rows)
    assert again.replaced == 2 and PayrollMonth.objects.count() == 2
    assert PayrollHours.objects.count() == (2 if keep_rows else 0)  # person rows only on request
    corrected = payroll_file(tmp_path, [row("P1", "11111111", 2024, 1, "60,00", doelgroep="ja")], name="correctie.csv")
    services.import_payroll(corrected, until=UNTIL, keep_rows=keep_rows)
    assert PayrollHours.objects.count() == (2 if keep_rows else 0)
    hours = dict(BanenQuarter.objects.values_list("employer__external_key", "doelgroep_hours_centi"))
    assert hours == {"emp-a": 6000, "emp-b": 1000}  # emp-b's month was not in the correction


def test_dry_run_writes_nothing_and_the_command_reports(tmp_path, employers, capsys) -> None:
    path = payroll_file(tmp_path, [row("P1", "11111111", 2024, 1, "80,00")])
    call_command("import_payroll", str(path), "--dry-run")
    assert "1 rijen" in capsys.readouterr().out and PayrollHours.objects.count() == 0
    bad = payroll_file(tmp_path, [row("P1", "11111111", 2024, 1, "-1")], name="fout.csv")
    with pytest.raises(CommandError, match="1 fout"):
        call_command("import_payroll", str(bad))
    assert "fout.csv:2:uren" in capsys.readouterr().err


def test_quoted_cells_and_blank_lines(tmp_path, employers) -> None:
    path = tmp_path / "quoted.csv"
    path.write_text(HEADER + '\n"P1";"11111111";;01-01-2024;31-01-2024;"1.234,50";;ja\n\n', encoding="utf-8")
    errors = refused(path)
    assert errors and "meer uren dan de periode heeft" in errors[0]
    path.write_text(HEADER + '\n"P1";"11111111";;01-01-2024;31-01-2024;"123,50";;ja\n\n', encoding="utf-8")
    assert services.import_payroll(path, until=UNTIL).rows == 1
