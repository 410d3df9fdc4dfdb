"""Docs that cannot rot: settings and CLI commands the code has must be documented."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "werkbrug"


def test_every_werkbrug_environment_variable_is_documented() -> None:
    used = set()
    for path in SRC.rglob("*.py"):
        used |= set(re.findall(r"\b(WERKBRUG_[A-Z_]+)\b", path.read_text("utf-8")))
    documented = set(re.findall(r"`(WERKBRUG_[A-Z_]+)`", (ROOT / "docs" / "settings.md").read_text("utf-8")))
    assert used, "the scan found no settings at all"
    assert used <= documented, sorted(used - documented)


def test_every_management_command_of_werkbrug_is_documented_in_the_cli_guide() -> None:
    commands = {p.stem for p in SRC.glob("*/management/commands/*.py") if not p.stem.startswith("_")}
    text = (ROOT / "docs" / "cli.md").read_text("utf-8")
    aliases = {"import_data": "import", "export_data": "export"}
    missing = {c for c in commands if f"werkbrug {aliases.get(c, c)}" not in text}
    assert commands >= {"init", "summary"}
    assert not missing, sorted(missing)
