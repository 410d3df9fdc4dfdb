"""Importing the example files: every kind, every accepted encoding and separator, re-imports."""

from __future__ import annotations

from decimal import Decimal

import pytest
from transfer_paths import GOOD, ORDER

from werkbrug.registry.models import (
    Candidate,
    Certificate,
    DoelgroepRegistration,
    Location,
    Organisation,
    Task,
)
from werkbrug.registry.services import MODELS
from werkbrug.transfer import services

pytestmark = pytest.mark.django_db


def _import(kind, path, **kw):
    result = services.import_file(kind, path, **kw)
    assert result.ok, [str(p) for p in result.errors]
    return result


def test_every_example_file_imports(load_good):
    load_good()
    counts = {kind: MODELS[kind]._default_manager.count() for kind in ORDER}
    assert counts == {"organisations": 5, "locations": 5, "candidates": 4, "work": 3, "tasks": 4, "placements": 3}
    fatima = Candidate.objects.get(external_key="kand-0001")
    assert fatima.phone == "+31 6 12345678"  # the leading apostrophe protected it from Excel
    assert fatima.postcode == "3531AB" and fatima.wish_hours_min == Decimal("16")
    assert fatima.fml_profile == {"IV.12": {"level": 1, "value": 10.0}, "VI.3": {"level": 1, "value": 24.0}}
    assert DoelgroepRegistration.objects.get(candidate=fatima).category == "praktijkroute"
    assert set(Certificate.objects.filter(candidate__external_key="kand-0002").values_list("kind", "code")) == {
        ("praktijkverklaring", "schoonmaak"), ("branche", "VCA")}
    assert Organisation.objects.get(external_key="wg-cafe-hoekje").name == "Café 't Hoekje"
    assert Task.objects.get(key="afwas").hours_per_week == Decimal("8.5")


def test_reimport_changes_nothing_and_keeps_versions(load_good):
    load_good()
    versions = {k: sorted(MODELS[k]._default_manager.values_list("pk", "version")) for k in ORDER if k != "tasks"}
    for kind in ORDER:
        result = _import(kind, GOOD / f"{kind}.csv")
        assert (result.created, result.updated) == (0, 0) and result.unchanged > 0
    assert versions == {k: sorted(MODELS[k]._default_manager.values_list("pk", "version"))
                        for k in ORDER if k != "tasks"}


def test_a_changed_row_is_updated_and_bumps_its_version(load_good, tmp_path):
    load_good("organisations")
    text = (GOOD / "organisations.csv").read_text("utf-8-sig").replace(";4500;", ";4600;")
    (tmp_path / "org.csv").write_text(text, "utf-8")
    result = _import("organisations", tmp_path / "org.csv")
    assert (result.created, result.updated, result.unchanged) == (0, 1, 4)
    utrecht = Organisation.objects.get(external_key="gem-utrecht")
    assert utrecht.employees == 4600 and utrecht.version == 2
    assert Organisation.objects.get(external_key="sob-amersfoort").version == 1


def test_dry_run_validates_and_counts_but_writes_nothing(db):
    result = _import("organisations", GOOD / "organisations.csv", dry_run=True)
    assert result.dry_run and result.created == 5
    assert Organisation.objects.count() == 0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_encodings_and_separators(db, tmp_path, encoding, separator):
    text = (GOOD / "organisations.csv").read_text("utf-8-sig")
    rows = [line.split(";") for line in text.splitlines()]
    quote = '"' if separator == "," else ""
    body = "\r\n".join(separator.join(f"{quote}{c}{quote}" if "," in c else c for c in row) for row in rows)
    path = tmp_path / "orgs.csv"
    path.write_bytes(body.encode(encoding))
    result = _import("organisations", path)
    assert result.created == 5
    assert Organisation.objects.get(external_key="wg-cafe-hoekje").name == "Café 't Hoekje"
    assert Organisation.objects.get(external_key="sob-amersfoort").verloonde_uren_per_year == Decimal("490000.5")


def test_xlsx_with_typed_cells(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["external_key", "name", "kind", "sector", "employees", "verloonde_uren_per_year", "kvk_number"])
    sheet.append(["wg-1", "Drukkerij Peters", "employer", "markt", 12, 15000.5, 1234567])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append([1001, "Kringloop Zuid", "social_enterprise", "markt", "7", "99,5", "87654321"])
    book.save(tmp_path / "orgs.xlsx")
    result = _import("organisations", tmp_path / "orgs.xlsx")
    assert result.created == 2
    assert Organisation.objects.get(external_key="wg-1").kvk_number == "01234567"
    assert Organisation.objects.get(external_key="1001").verloonde_uren_per_year == Decimal("99.5")


def test_xlsx_errors_carry_the_sheet_row(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["external_key", "name", "kind", "sector"])
    sheet.append([])
    sheet.append(["wg-1", "Drukkerij Peters", "fabriek", "markt"])
    book.save(tmp_path / "orgs.xlsx")
    result = services.import_file("organisations", tmp_path / "orgs.xlsx")
    assert [str(p).split(" (")[0] for p in result.errors] == ["orgs.xlsx:3:kind: onbekende code 'fabriek'"]


def test_header_only_is_a_warning_not_an_error(db, tmp_path):
    path = tmp_path / "leeg.csv"
    path.write_text("external_key;name;kind;sector\r\n", "utf-8")
    result = services.import_file("organisations", path)
    assert result.ok and result.created == 0 and len(result.warnings) == 1


def test_a_reference_may_point_higher_up_in_the_same_file_only(load_good, tmp_path):
    load_good("organisations", "locations")
    path = tmp_path / "loc.csv"
    path.write_text("external_key;organisation;name;postcode;place;latitude;longitude\n"
                    "loc-x;wg-bestaat-niet;Hal;3511AB;Utrecht;52,1;5,1\n"
                    "loc-y;gem-utrecht;Stadskantoor;3521AZ;Utrecht;52,09;5,11\n", "utf-8")
    result = services.import_file("locations", path)
    assert [(p.line, p.column) for p in result.errors] == [(2, "organisation")]
    assert not Location.objects.filter(external_key__in=["loc-x", "loc-y"]).exists()


def test_every_error_of_every_row_is_reported(load_good, tmp_path, bsn):
    load_good("organisations")
    header = ("external_key;organisation;given_name;family_name;bsn;date_of_birth;postcode;place;latitude;"
              "longitude;situation;benefit;registered_on;wish_hours_min;wish_hours_max;email")
    rows = [
        f"k-1;gem-utrecht;Eva;Smit;{bsn(30000000)};01-01-1990;3511AB;Utrecht;52,1;5,1;uitkering;bijstand;"
        "01-01-2024;30;20;eva@example.nl",
        f"k-2;gem-utrecht;;Smit;{bsn(30000000)};01-01-1990;0123 AB;Utrecht;60;5,1;werkloos;bijstand;"
        "01-01-2024;;;eva-at-example",
    ]
    path = tmp_path / "kand.csv"
    path.write_text("\n".join([header, *rows]), "utf-8")
    result = services.import_file("candidates", path)
    assert [(p.line, p.column) for p in result.errors] == [
        (2, "wish_hours_max"),
        (3, "given_name"), (3, "bsn"), (3, "email"), (3, "postcode"), (3, "latitude"), (3, "situation"),
    ]
    assert all(bsn(30000000) not in str(p) for p in result.errors)
    assert Candidate.objects.count() == 0


def test_storage_limits_are_checked_before_writing(db, tmp_path):
    path = tmp_path / "orgs.csv"
    path.write_text("external_key;name;kind;sector;verloonde_uren_per_year;employees\n"
                    f"wg-1;{'x' * 201};employer;markt;12,345;99999999999\n", "utf-8")
    result = services.import_file("organisations", path)
    assert [(p.column, p.message.en.split(" (")[0]) for p in result.errors] == [
        ("name", "is longer than 200 characters"),
        ("employees", "must be at most 2147483647"),
        ("verloonde_uren_per_year", "too many digits"),
    ]
