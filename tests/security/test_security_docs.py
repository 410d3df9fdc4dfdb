"""docs/security.md carries the roles table generated from roles.toml, and the retention table."""

from pathlib import Path

from werkbrug.domain import retention
from werkbrug.security.docs_table import BEGIN, END, roles_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "security.md"


def test_roles_table_in_docs_matches_roles_toml() -> None:
    text = DOC.read_text("utf-8")
    documented = text.split(BEGIN)[1].split(END)[0].strip()
    assert documented == roles_table(), "regenerate: python -m werkbrug.security.docs_table"


def test_every_retention_rule_is_documented() -> None:
    text = DOC.read_text("utf-8")
    for rule in retention.rules():
        assert f"`{rule.data_set}`" in text and rule.valid_from.isoformat() in text
