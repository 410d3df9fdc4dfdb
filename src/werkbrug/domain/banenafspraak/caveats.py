"""The legal caveats of the quotumregeling, kept as data in data/parameters/quotum.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Message


@dataclass(frozen=True)
class Caveat:
    id: str
    message: Message
    source: str
    unconfirmed: bool
    from_year: int | None = None
    until_year: int | None = None

    def applies_to(self, year: int) -> bool:
        return ((self.from_year is None or year >= self.from_year)
                and (self.until_year is None or year <= self.until_year))

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "nl": self.message.nl, "en": self.message.en,
                "source": self.source, "unconfirmed": self.unconfirmed}


def parse_caveats(text: str) -> tuple[Caveat, ...]:
    raw = tomllib.loads(text).get("caveats", {})
    return tuple(
        Caveat(id=key, message=Message(entry["nl"], entry["en"]), source=entry["source"],
               unconfirmed=bool(entry.get("unconfirmed", False)),
               from_year=entry.get("from_year"), until_year=entry.get("until_year"))
        for key, entry in raw.items())


@cache
def load_caveats() -> tuple[Caveat, ...]:
    text = files("werkbrug.data").joinpath("parameters", "quotum.toml").read_text("utf-8")
    return parse_caveats(text)


def caveats_for(year: int, caveats: tuple[Caveat, ...] | None = None) -> tuple[Caveat, ...]:
    return tuple(c for c in (load_caveats() if caveats is None else caveats) if c.applies_to(year))
