"""Export, then import that export: identical data, for every kind and both formats."""

from __future__ import annotations

from datetime import date

import pytest
from transfer_paths import ORDER

from werkbrug.registry import services as registry
from werkbrug.registry.models import (
    Candidate,
    Certificate,
    DoelgroepRegistration,
    Location,
    Organisation,
    Placement,
    Task,
    Work,
)
from werkbrug.transfer import services
from werkbrug.transfer.records import iter_records

TRICKY = ["=SUM(A1:A3)", "+31 6 1234", "-streepje", "@team", "\tingesprongen", "'=al gequote", "'gewoon"]


@pytest.fixture
def registry_data(load_good):
    load_good()
    for n, text in enumerate(TRICKY):
        registry.save_record("organisations", {
            "external_key": f"org-tricky-{n}", "name": text, "kind": "employer", "sector": "markt",
            "arbeidsmarktregio": text})
    registry.save_record("work", {
        "external_key": "werk-tricky", "employer": "org-tricky-0", "location": "loc-hoekje", "kind": "vacancy",
        "title": "-5 graden: vriescel", "description": "regel 1\nregel 2; met \"quotes\"",
        "hours_per_week": 20, "contract_type": "vast", "status": "draft"})
    anouk = Candidate.objects.get(external_key="kand-0003")
    DoelgroepRegistration.objects.create(candidate=anouk, category="wajong", valid_from=date(2010, 1, 1),
                                         valid_to=date(2014, 12, 31))


def _snapshot():
    return {kind: dict(iter_records(kind)) for kind in ORDER}


def _wipe():
    for model in (Placement, Task, Work, DoelgroepRegistration, Certificate, Candidate, Location, Organisation):
        model.objects.all().delete()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", ORDER)
def test_reimporting_an_export_changes_nothing(registry_data, tmp_path, kind, fmt):
    before = _snapshot()
    versions = sorted(registry.MODELS[kind]._default_manager.values_list("pk", *(
        [] if kind == "tasks" else ["version"])))
    path = tmp_path / f"{kind}.{fmt}"
    count = services.export_file(kind, path)
    assert count == len(before[kind]) > 0
    result = services.import_file(kind, path)
    assert result.ok, [str(p) for p in result.errors]
    assert (result.created, result.updated, result.unchanged) == (0, 0, count)
    assert _snapshot() == before
    assert sorted(registry.MODELS[kind]._default_manager.values_list("pk", *(
        [] if kind == "tasks" else ["version"]))) == versions


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_rebuilds_an_empty_registry(registry_data, tmp_path, fmt):
    before = _snapshot()
    for kind in ORDER:
        services.export_file(kind, tmp_path / f"{kind}.{fmt}")
    _wipe()
    assert Organisation.objects.count() == 0
    for kind in ORDER:
        result = services.import_file(kind, tmp_path / f"{kind}.{fmt}")
        assert result.ok, [str(p) for p in result.errors]
        assert result.created == len(before[kind])
    after = _snapshot()
    for kind in ORDER:
        assert after[kind] == before[kind], kind
    # the history of the doelgroepregister is not in the file: only the current registration returns
    assert DoelgroepRegistration.objects.filter(candidate__external_key="kand-0003").count() == 1
    assert Organisation.objects.get(external_key="org-tricky-0").name == "=SUM(A1:A3)"


def test_csv_export_is_stable_and_excel_friendly(registry_data, tmp_path):
    services.export_file("organisations", tmp_path / "a.csv")
    raw = (tmp_path / "a.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    text = raw.decode("utf-8-sig")
    assert "'=SUM(A1:A3)" in text and "'+31 6 1234" in text and "''=al gequote" in text
    assert ";490000,5;" in text and "\n'gewoon" not in text
    services.import_file("organisations", tmp_path / "a.csv")
    services.export_file("organisations", tmp_path / "b.csv")
    assert (tmp_path / "b.csv").read_bytes() == raw


def test_xlsx_export_has_native_cells_and_no_formulas(registry_data, tmp_path):
    from openpyxl import load_workbook

    services.export_file("placements", tmp_path / "p.xlsx")
    services.export_file("organisations", tmp_path / "o.xlsx")
    sheet = load_workbook(tmp_path / "p.xlsx").active
    header = [c.value for c in sheet[1]]
    start = sheet.cell(row=2, column=header.index("start_date") + 1)
    assert start.is_date and start.number_format == "DD-MM-YYYY"
    book = load_workbook(tmp_path / "o.xlsx")
    assert all(cell.data_type != "f" for row in book.active.iter_rows() for cell in row)
