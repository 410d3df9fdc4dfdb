"""Legal and policy parameters as versioned data: value, valid from, source.

Files live in ``werkbrug/data/parameters/*.toml``; each top-level table is one parameter with
a list of versions::

    [[wml_hourly_21plus]]
    value = "14.71"
    valid_from = 2026-01-01
    source = "Stcrt. 2025, 12264"
    unconfirmed = false        # optional; true where rules-nl.md says UNCONFIRMED

A deployer may point WERKBRUG_PARAMETERS_DIR at a folder with files of the same shape; those
versions are added to (and for equal dates override) the shipped ones."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from werkbrug.domain.errors import Message


@dataclass(frozen=True)
class ParameterVersion:
    name: str
    value: Any
    valid_from: date
    source: str
    unconfirmed: bool = False
    note: str = ""

    @property
    def decimal(self) -> Decimal:
        return Decimal(str(self.value))

    def as_dict(self) -> dict[str, Any]:
        value = str(self.value) if isinstance(self.value, (Decimal, float)) else self.value
        return {"name": self.name, "value": value, "valid_from": self.valid_from.isoformat(),
                "source": self.source, "unconfirmed": self.unconfirmed}


class ParameterMissing(LookupError):
    def __init__(self, name: str, on: date):
        self.message = Message(
            f"parameter '{name}' heeft geen waarde op {on:%d-%m-%Y}",
            f"parameter '{name}' has no value on {on.isoformat()}")
        super().__init__(str(self.message))


def _versions_from(text: str) -> dict[str, list[ParameterVersion]]:
    raw = tomllib.loads(text)
    table: dict[str, list[ParameterVersion]] = {}
    for name, versions in raw.items():
        if not isinstance(versions, list):
            continue  # file-level metadata such as `description`
        for v in versions:
            value = v["value"]
            if isinstance(value, str):
                try:
                    value = Decimal(value)
                except ArithmeticError:
                    pass
            table.setdefault(name, []).append(ParameterVersion(
                name, value, v["valid_from"], v["source"], bool(v.get("unconfirmed", False)),
                v.get("note", "")))
    return table


@dataclass(frozen=True)
class ParameterSet:
    table: dict[str, tuple[ParameterVersion, ...]]

    def get(self, name: str, on: date) -> ParameterVersion:
        """The version in force on a date: the latest valid_from that is not after it."""
        best = None
        for version in self.table.get(name, ()):
            if version.valid_from <= on and (best is None or version.valid_from >= best.valid_from):
                best = version
        if best is None:
            raise ParameterMissing(name, on)
        return best

    def history(self, name: str) -> tuple[ParameterVersion, ...]:
        return tuple(sorted(self.table.get(name, ()), key=lambda v: v.valid_from))

    def names(self) -> list[str]:
        return sorted(self.table)


def build_parameter_set(texts: list[str]) -> ParameterSet:
    merged: dict[str, dict[date, ParameterVersion]] = {}
    for text in texts:
        for name, versions in _versions_from(text).items():
            for version in versions:
                merged.setdefault(name, {})[version.valid_from] = version
    return ParameterSet({name: tuple(by_date.values()) for name, by_date in merged.items()})


@cache
def load_parameters() -> ParameterSet:
    shipped = files("werkbrug.data").joinpath("parameters")
    texts = [p.read_text("utf-8") for p in sorted(shipped.iterdir(), key=lambda p: p.name)
             if p.name.endswith(".toml")]
    extra = os.environ.get("WERKBRUG_PARAMETERS_DIR")
    if extra:
        texts += [p.read_text("utf-8") for p in sorted(Path(extra).glob("*.toml"))]
    return build_parameter_set(texts)
