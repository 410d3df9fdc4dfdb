"""The ESCO subset shipped with Werkbrug (data/taxonomy/esco_subset.csv)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class TaxonomyEntry:
    uri: str
    kind: str  # "skill" or "occupation"
    label_nl: str
    label_en: str
    work_family: str


@cache
def shipped_entries() -> tuple[TaxonomyEntry, ...]:
    text = files("werkbrug.data").joinpath("taxonomy/esco_subset.csv").read_text("utf-8")
    return tuple(TaxonomyEntry(r["uri"], r["kind"], r["label_nl"], r["label_en"], r["work_family"])
                 for r in csv.DictReader(io.StringIO(text)))
