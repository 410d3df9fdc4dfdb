"""The management commands and their `werkbrug` aliases: summaries, error lists, templates."""

from __future__ import annotations

import io

import pytest
from transfer_paths import BAD, GOOD

from werkbrug import cli
from werkbrug.domain.schema import KINDS
from werkbrug.registry.models import Organisation

pytestmark = [pytest.mark.django_db(databases=["default", "audit"]), pytest.mark.usefixtures("cli_operator")]


def _call(*args):
    from django.core.management import call_command

    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_prints_a_summary():
    out, _ = _call("import_data", "organisations", str(GOOD / "organisations.csv"))
    assert "created 5" in out and "updated 0" in out and "unchanged 0" in out
    out, _ = _call("import_data", "organisations", str(GOOD / "organisations.csv"), "--dry-run")
    assert out.startswith("controle zonder opslaan / dry run") and "unchanged 5" in out


def test_import_errors_end_in_a_command_error_with_the_list():
    from django.core.management.base import CommandError

    err = io.StringIO()
    from django.core.management import call_command

    with pytest.raises(CommandError, match="1 fout"):
        call_command("import_data", "organisations", str(BAD / "duplicate_key.csv"), stderr=err)
    assert "duplicate_key.csv:4:external_key:" in err.getvalue()


def test_at_most_200_error_lines_then_a_count(tmp_path):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    rows = "".join(f"wg-{n};Bedrijf {n};fabriek;markt\n" for n in range(250))
    path = tmp_path / "veel.csv"
    path.write_text("external_key;name;kind;sector\n" + rows, "utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="250 fout"):
        call_command("import_data", "organisations", str(path), stderr=err)
    lines = err.getvalue().splitlines()
    assert len(lines) == 201 and lines[0].startswith("veel.csv:2:kind:")
    assert lines[-1] == "… en nog 50 fouten / and 50 more errors"
    assert Organisation.objects.count() == 0


@pytest.mark.django_db(transaction=True, databases=["default", "audit"])  # the CLI closes connections
def test_cli_alias_exits_non_zero_without_a_traceback(capsys):
    assert cli.main(["import", "organisations", str(BAD / "wrong_encoding.csv")]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "wrong_encoding.csv: bestand is geen leesbare" in captured.err
    assert cli.main(["import", "organisations", str(GOOD / "organisations.csv")]) == 0
    assert "created 5" in capsys.readouterr().out


@pytest.mark.django_db(transaction=True, databases=["default", "audit"])  # the CLI closes connections
def test_missing_file_and_unknown_suffix_are_plain_errors(tmp_path, capsys):
    assert cli.main(["import", "organisations", str(tmp_path / "weg.csv")]) == 1
    assert "weg.csv: bestand niet gevonden" in capsys.readouterr().err
    (tmp_path / "orgs.ods").write_bytes(b"PK")
    assert cli.main(["import", "organisations", str(tmp_path / "orgs.ods")]) == 1
    assert "gebruik .csv of .xlsx" in capsys.readouterr().err
    (tmp_path / "kapot.xlsx").write_bytes(b"geen zip")
    assert cli.main(["import", "organisations", str(tmp_path / "kapot.xlsx")]) == 1
    assert "geen geldig Excel-bestand" in capsys.readouterr().err
    assert cli.main(["export", "organisations", str(tmp_path / "uit.json")]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_export_command(tmp_path):
    _call("import_data", "organisations", str(GOOD / "organisations.csv"))
    out, _ = _call("export_data", "organisations", str(tmp_path / "o.csv"))
    assert "5 rijen / rows" in out
    assert (tmp_path / "o.csv").read_text("utf-8-sig").count("\n") == 6


@pytest.mark.parametrize("kind", list(KINDS))
def test_csv_template_has_the_documented_columns_and_imports_as_empty(kind, tmp_path):
    path = tmp_path / f"{kind}.csv"
    _call("template", kind, str(path))
    assert path.read_text("utf-8-sig").strip() == ";".join(c.name for c in KINDS[kind].columns)
    out, err = _call("import_data", kind, str(path))
    assert "created 0" in out and "warning" in err


def test_xlsx_template_explains_every_column(tmp_path):
    from openpyxl import load_workbook

    _call("template", "candidates", str(tmp_path / "k.xlsx"))
    book = load_workbook(tmp_path / "k.xlsx")
    assert book.sheetnames == ["candidates", "uitleg"]
    header = list(book["candidates"].iter_rows(max_row=1))[0]
    columns = KINDS["candidates"].columns
    assert [c.value for c in header] == [c.name for c in columns]
    assert header[4].comment.text.startswith("BSN / Citizen service number (BSN)\nbsn; verplicht / required")
    guide = list(book["uitleg"].iter_rows(values_only=True))
    assert len(guide) == len(columns) + 1 and guide[7][0] == "gender" and guide[7][5] == "v, m, x"
    _, err = _call("import_data", "candidates", str(tmp_path / "k.xlsx"))
    assert "warning" in err
