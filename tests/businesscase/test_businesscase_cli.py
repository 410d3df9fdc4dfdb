"""`werkbrug business-case`: text, JSON, exports, and bilingual errors with a non-zero exit."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from businesscase_builders import base_registry, candidate, work
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook

from werkbrug.cli import main

pytestmark = [pytest.mark.django_db(databases=["default", "audit"]), pytest.mark.usefixtures("cli_operator")]


@pytest.fixture
def pair(catalogues: None) -> dict[str, Any]:
    base_registry()
    w = work()
    c = candidate("cli-1")
    return {"work": w, "candidate": c}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """In-process, like `werkbrug business-case …` but without closing the test's database
    connection (Django's run_from_argv closes it, which PostgreSQL test transactions do not survive)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("business_case", *args, stdout=out, stderr=err)
    except CommandError as error:
        return 1, out.getvalue(), str(error)
    return 0, out.getvalue(), err.getvalue()


def test_json_by_external_key_and_by_numeric_id_agree(pair: dict[str, Any],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--candidate", "cli-1", "--work", "work-bc", "--loonwaarde", "50",
                        "--date", "2026-01-01", "--months", "3", "--json")
    assert code == 0
    by_key = json.loads(out)
    assert by_key["months"] == 3 and by_key["loonwaarde"]["kind"] == "input"
    code, out, _ = _run(capsys, "--candidate", str(pair["candidate"].pk), "--work", str(pair["work"].pk),
                        "--loonwaarde", "50", "--date", "2026-01-01", "--months", "3", "--json")
    assert code == 0 and json.loads(out)["totals"] == by_key["totals"]


def test_text_output_has_both_summaries_and_the_estimate_label(pair: dict[str, Any],
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--candidate", "cli-1", "--work", "work-bc", "--sickness-rate", "3")
    assert code == 0
    assert "De kandidaat werkt" in out and "The candidate works" in out
    assert "schatting / estimate" in out
    assert "ONBEVESTIGD / UNCONFIRMED: loonwaarde_estimate_base_pct" in out
    assert "noriskpolis_assumed_sickness_rate_pct" not in out  # the rate was given


def test_pdf_and_xlsx_files_are_written(pair: dict[str, Any], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "case.pdf", tmp_path / "case.xlsx"
    code, out, err = _run(capsys, "--candidate", "cli-1", "--work", "work-bc", "--loonwaarde", "60",
                          "--json", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert code == 0 and "written" in err
    assert pdf.read_bytes().startswith(b"%PDF")
    net = json.loads(out)["totals"]["net_cost"]
    sheet = load_workbook(xlsx)["Samenvatting"]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Netto kosten / Net cost")
    assert row[1] == net


@pytest.mark.parametrize(("args", "nl", "en"), [
    (("--candidate", "nobody", "--work", "work-bc"), "kandidaat 'nobody' bestaat niet",
     "candidate 'nobody' does not exist"),
    (("--candidate", "cli-1", "--work", "424242"), "werk '424242' bestaat niet", "work '424242' does not exist"),
    (("--candidate", "cli-1", "--work", "work-bc", "--loonwaarde", "150"),
     "--loonwaarde: moet liggen tussen 0 en 100", "--loonwaarde: must be between 0 and 100"),
    (("--candidate", "cli-1", "--work", "work-bc", "--loonwaarde", "veel"), "is geen getal", "is not a number"),
    (("--candidate", "cli-1", "--work", "work-bc", "--date", "01-01-2026"), "geen datum", "not a date"),
    (("--candidate", "cli-1", "--work", "work-bc", "--date", "2020-01-01"), "--date: geen waarde",
     "--date: no value"),
    (("--candidate", "cli-1", "--work", "work-bc", "--months", "0"), "--months: moet", "--months: must"),
])
def test_bad_input_ends_with_a_bilingual_message_and_exit_1(
        pair: dict[str, Any], capsys: pytest.CaptureFixture[str], args: tuple[str, ...], nl: str, en: str) -> None:
    code, out, err = _run(capsys, *args)
    assert code == 1 and out == ""
    assert nl in err and en in err
    assert "Traceback" not in err


def test_wage_below_the_wml_is_refused_for_lks(catalogues: None, capsys: pytest.CaptureFixture[str]) -> None:
    base_registry()
    work("cheap", wage="9.00")
    candidate("pw")
    code, _, err = _run(capsys, "--candidate", "pw", "--work", "cheap", "--loonwaarde", "50")
    assert code == 1
    assert "wage_per_hour (werk/work)" in err and "loondispensatie" in err


def test_the_werkbrug_command_exits_1_with_the_bilingual_message(
        pair: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["business-case", "--candidate", "nobody", "--work", "work-bc"]) == 1
    err = capsys.readouterr().err
    assert "kandidaat 'nobody' bestaat niet" in err and "candidate 'nobody' does not exist" in err
