"""Education in VUM profiles as SuwiML codes (CdOpleidingsniveauClient), from a versioned code table
with its source: src/werkbrug/data/vum_opleidingsniveau.toml. Pure: no Django."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Issues, Message


@dataclass(frozen=True)
class CodeTable:
    codelijst: str
    source: str
    codes: dict[str, Message]
    from_werkbrug: dict[str, str]


@cache
def code_table() -> CodeTable:
    raw = tomllib.loads(files("werkbrug.data").joinpath("vum_opleidingsniveau.toml").read_text("utf-8"))
    return CodeTable(raw["codelijst"], raw["source"], {k: Message(v["nl"], v["en"]) for k, v in raw["codes"].items()},
                     dict(raw["from_werkbrug"]))


def opleiding(level: str | None) -> list[dict[str, str]]:
    """A Werkbrug education level as the profile's opleiding list (empty when unknown or unmapped)."""
    table = code_table()
    code = table.from_werkbrug.get(level or "")
    if code is None:
        return []
    return [{"codelijst": table.codelijst, "niveau": code, "omschrijving": table.codes[code].nl}]


def check_opleiding(issues: Issues, where: str, value: Any) -> None:
    """Each entry names the SuwiML code list and a code from it; nothing else."""
    table = code_table()
    if not isinstance(value, list):
        issues.add(where, "invalid", "moet een lijst zijn", "must be a list")
        return
    for index, entry in enumerate(value):
        here = f"{where}[{index}]"
        if not isinstance(entry, dict) or set(entry) - {"codelijst", "niveau", "omschrijving"}:
            issues.add(here, "invalid", "alleen codelijst, niveau en omschrijving", "only codelijst, niveau and omschrijving")
            continue
        if entry.get("codelijst") != table.codelijst:
            issues.add(f"{here}.codelijst", "invalid", f"moet {table.codelijst} zijn (SuwiML)",
                       f"must be {table.codelijst} (SuwiML)")
        if str(entry.get("niveau")) not in table.codes:
            issues.add(f"{here}.niveau", "invalid", f"onbekende code; kies uit {', '.join(table.codes)}",
                       f"unknown code; choose from {', '.join(table.codes)}")
