"""docs/import.md must show the column schema as it is in schema.py."""

from __future__ import annotations

from pathlib import Path

from werkbrug.domain.schema import KINDS
from werkbrug.transfer import docgen

DOC = Path(__file__).resolve().parents[2] / "docs" / "import.md"


def test_import_doc_is_up_to_date():
    current = DOC.read_text("utf-8")
    assert docgen.update(current) == current, (
        "docs/import.md is out of date: run python -m werkbrug.transfer.docgen docs/import.md")


def test_every_column_of_every_kind_is_documented():
    text = DOC.read_text("utf-8")
    for kind in KINDS.values():
        assert f"### `{kind.name}`" in text
        for column in kind.columns:
            assert f"| `{column.name}` | {column.label.nl.replace('|', chr(92) + '|')} |" in text


def test_check_mode_reports_a_stale_doc(tmp_path, capsys):
    stale = tmp_path / "import.md"
    stale.write_text(DOC.read_text("utf-8").replace("| `bsn` | BSN |", "| `burgerservicenummer` | BSN |"), "utf-8")
    assert docgen.main(["--check", str(stale)]) == 1
    assert docgen.main([str(stale)]) == 0
    assert docgen.main(["--check", str(stale)]) == 0
    assert stale.read_text("utf-8") == DOC.read_text("utf-8")
    capsys.readouterr()


def test_the_example_in_the_doc_is_the_example_file():
    example = (DOC.parent.parent / "tests" / "transfer" / "good_files" / "organisations.csv").read_text("utf-8-sig")
    first_lines = "\n".join(example.splitlines()[:3])
    assert first_lines in DOC.read_text("utf-8")
