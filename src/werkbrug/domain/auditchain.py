"""The audit trail's hash chain: each row's hash is SHA-256 over the previous row's hash and
the row's canonical content, so changing or removing a row breaks every later link."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
CHAINED_FIELDS = ("sequence", "occurred_at", "actor_id", "actor_label", "organisation_id", "action",
                  "object_type", "object_id", "subject_id", "result", "origin", "purpose", "explanation")


def canonical(row: Mapping[str, Any]) -> bytes:
    content = {name: row.get(name) for name in CHAINED_FIELDS}
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def link(previous_hash: str, row: Mapping[str, Any]) -> str:
    return hashlib.sha256(previous_hash.encode("ascii") + canonical(row)).hexdigest()


@dataclass(frozen=True)
class Break:
    sequence: int
    problem: str  # "changed", "missing", "relinked"


def verify(rows: Iterable[Mapping[str, Any]]) -> list[Break]:
    """Walk the rows in sequence order; report every place the chain does not hold."""
    breaks: list[Break] = []
    previous_hash, expected_sequence = GENESIS, 1
    for row in rows:
        sequence = int(row["sequence"])
        if sequence != expected_sequence:
            breaks.append(Break(expected_sequence, "missing"))
        if row["previous_hash"] != previous_hash:
            breaks.append(Break(sequence, "relinked"))
        if link(str(row["previous_hash"]), row) != row["hash"]:
            breaks.append(Break(sequence, "changed"))
        previous_hash, expected_sequence = str(row["hash"]), sequence + 1
    return breaks
