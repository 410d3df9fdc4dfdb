"""The deployer's table from Werkbrug's ESCO URIs to CompetentNL URIs.

CompetentNL's licence and download format are UNCONFIRMED (rules-nl.md 8.3), so Werkbrug ships only
the format and a small example. Format: CSV, ';' separated, UTF-8, header `esco_uri;competentnl_uri;label`."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from werkbrug.domain.errors import Issues

HEADER = ["esco_uri", "competentnl_uri", "label"]


@dataclass(frozen=True)
class MappingTable:
    to_competentnl: dict[str, str] = field(default_factory=dict)

    def map(self, esco_uris: list[str]) -> tuple[list[str], list[str]]:
        """(CompetentNL URIs, ESCO URIs without a mapping): unmapped ones are left out, never guessed."""
        mapped = [self.to_competentnl[u] for u in esco_uris if u in self.to_competentnl]
        return mapped, [u for u in esco_uris if u not in self.to_competentnl]


def _is_uri(value: str) -> bool:
    return value.startswith(("http://", "https://")) and " " not in value


def parse_mapping(text: str) -> MappingTable:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")
    rows = list(reader)
    issues = Issues()
    if not rows or [c.strip() for c in rows[0][:3]] != HEADER:
        issues.add("header", "invalid", f"kopregel moet '{';'.join(HEADER)}' zijn",
                   f"header must be '{';'.join(HEADER)}'")
        issues.raise_if_any()
    table: dict[str, str] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        esco, cnl = (row + ["", ""])[0].strip(), (row + ["", ""])[1].strip()
        if not (_is_uri(esco) and _is_uri(cnl)):
            issues.add(f"regel {number}", "invalid", "beide kolommen moeten een URI zijn",
                       "both columns must be a URI")
        elif table.get(esco, cnl) != cnl:
            issues.add(f"regel {number}", "duplicate", "ESCO-URI staat al met een andere CompetentNL-URI in de tabel",
                       "ESCO URI already mapped to another CompetentNL URI")
        table[esco] = cnl
    issues.raise_if_any()
    return MappingTable(table)
