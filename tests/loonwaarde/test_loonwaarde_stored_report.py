"""The stored report as PDF and text, the CLI `werkbrug loonwaarde`, and the default it gives to
`werkbrug calc lks --placement` and to the business case."""

from __future__ import annotations

import json
from io import BytesIO, StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from loonwaarde_builders import placement_world, record, with_zienswijzen

from werkbrug.loonwaarde import services
from werkbrug.loonwaarde.pdf import report_pdf
from werkbrug.loonwaarde.report import report

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
RULE = "time_share_x_tempo_x_kwaliteit_x_netto_werktijd"


def _text_of(pdf: bytes) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:  # without pypdf: the uncompressed page stream holds the text as written
        return pdf.decode("latin-1")
    return " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_the_pdf_states_the_rule_used_and_that_the_college_sets_the_loonwaarde() -> None:
    row = services.save_measurement(placement_world()["placement"], record())
    pdf = report_pdf(report(row))
    assert pdf.startswith(b"%PDF")
    text = " ".join(_text_of(pdf).split())
    assert RULE in text and "Loonwaarde: 75%" in text
    assert "Het college stelt de loonwaarde vast" in text and "The college sets the loonwaarde" in text
    assert "CONCEPT / DRAFT" in text and "UNCONFIRMED" in text


def test_the_uncompressed_pdf_carries_the_rule_text_as_written() -> None:
    row = services.save_measurement(placement_world()["placement"], record())
    raw = report_pdf(report(row), compress=False)
    assert raw.startswith(b"%PDF") and RULE.encode() in raw and b"college" in raw


def test_the_cli_records_shows_refuses_to_finalise_and_then_finalises(tmp_path: Path, cli_operator: object) -> None:
    world = placement_world()
    source = tmp_path / "meting.json"
    source.write_text(json.dumps(record(placement=world["placement"].pk)), "utf-8")
    out = StringIO()
    call_command("loonwaarde", "record", str(source), stdout=out)
    assert "75% (draft)" in out.getvalue()
    ident = services.latest_for_placement(world["placement"].pk).pk
    with pytest.raises(CommandError, match="zienswijze van de werknemer ontbreekt"):
        call_command("loonwaarde", "finalise", str(ident))
    source.write_text(json.dumps(with_zienswijzen() | {"placement": world["placement"].pk}), "utf-8")
    call_command("loonwaarde", "record", str(source), "--measurement", str(ident), stdout=StringIO())
    call_command("loonwaarde", "finalise", str(ident), stdout=StringIO())
    shown = StringIO()
    call_command("loonwaarde", "show", str(ident), "--json", stdout=shown)
    assert json.loads(shown.getvalue())["status"] == "final"
    pdf = tmp_path / "rapport.pdf"
    call_command("loonwaarde", "report", str(ident), "--pdf", str(pdf), stdout=StringIO())
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_cli_refuses_a_bad_file_naming_the_field_and_writes_nothing(tmp_path: Path, cli_operator: object) -> None:
    world = placement_world()
    bad = record(placement=world["placement"].pk)
    bad["hoofdtaken"][0]["hours_per_week"] = 1  # below 1/16 of 32 h, and the shares do not add up
    source = tmp_path / "meting.json"
    source.write_text(json.dumps(bad), "utf-8")
    with pytest.raises(CommandError, match=r"hoofdtaken\[0\].hours_per_week"):
        call_command("loonwaarde", "record", str(source))
    assert services.latest_for_placement(world["placement"].pk) is None


def test_calc_lks_takes_the_placements_latest_final_loonwaarde(cli_operator: object) -> None:
    world = placement_world()
    placement = world["placement"]
    with pytest.raises(CommandError, match="geen definitieve loonwaardemeting"):
        call_command("calc", "lks", "--hours", "32", "--date", "2025-06-01", "--placement", str(placement.pk))
    services.finalise(services.save_measurement(placement, with_zienswijzen()))
    by_default, given = StringIO(), StringIO()
    call_command("calc", "lks", "--hours", "32", "--date", "2025-06-01", "--placement", str(placement.pk),
                 "--json", stdout=by_default)
    call_command("calc", "lks", "--hours", "32", "--date", "2025-06-01", "--loonwaarde", "75", "--json", stdout=given)
    default, explicit = json.loads(by_default.getvalue()), json.loads(given.getvalue())
    assert default["per_month"] == explicit["per_month"] > 0
    assert default["loonwaarde_from"]["placement"] == placement.pk
    override = StringIO()
    call_command("calc", "lks", "--hours", "32", "--date", "2025-06-01", "--placement", str(placement.pk),
                 "--loonwaarde", "40", "--json", stdout=override)
    assert json.loads(override.getvalue())["per_month"] > default["per_month"]  # an explicit value wins


def test_the_placement_option_is_not_offered_over_http() -> None:
    from werkbrug.calc.api import VIEWS

    assert "placement" not in VIEWS["lks"].input_class().fields


def test_the_business_case_uses_the_final_measurement_as_its_loonwaarde() -> None:
    from werkbrug.businesscase import services as businesscase

    world = placement_world()
    estimated = businesscase.business_case_for(world["candidate"].pk, world["work"].pk)
    assert estimated["loonwaarde"]["kind"] == "estimate"
    services.finalise(services.save_measurement(world["placement"], with_zienswijzen()))
    measured = businesscase.business_case_for(world["candidate"].pk, world["work"].pk)
    assert measured["loonwaarde"]["kind"] == "measured" and int(measured["loonwaarde"]["pct"]) == 75
