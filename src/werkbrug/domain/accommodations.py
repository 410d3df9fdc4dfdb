"""The accommodation catalogue: workplace adjustments linked to the FML items they relieve."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files

from werkbrug.domain import vocabulary
from werkbrug.domain.errors import Message
from werkbrug.domain.fml import load_catalogue


@dataclass(frozen=True)
class Relief:
    item: str
    levels: int
    value_factor: float | None = None


@dataclass(frozen=True)
class Accommodation:
    code: str
    name: Message
    group: str
    solution_type: str
    typical_cost: Decimal
    cost_period: str
    funding_route: str
    lowers: tuple[Relief, ...]


class CatalogueError(ValueError):
    """The shipped or deployed catalogue file is inconsistent."""


def parse_catalogue(text: str) -> tuple[Accommodation, ...]:
    raw = tomllib.loads(text)
    items = load_catalogue().items
    result = []
    for entry in raw["accommodation"]:
        reliefs = tuple(Relief(r["item"], int(r.get("levels", 0)), r.get("value_factor"))
                        for r in entry["lowers"])
        for relief in reliefs:
            if relief.item not in items:
                raise CatalogueError(f"accommodation {entry['code']}: unknown FML item {relief.item}")
        for key, code_list in (("group", vocabulary.ACCOMMODATION_GROUPS),
                               ("solution_type", vocabulary.SOLUTION_TYPES),
                               ("funding_route", vocabulary.FUNDING_ROUTES),
                               ("cost_period", vocabulary.COST_PERIODS)):
            if entry[key] not in code_list:
                raise CatalogueError(f"accommodation {entry['code']}: unknown {key} {entry[key]}")
        result.append(Accommodation(
            code=entry["code"], name=Message(entry["name_nl"], entry["name_en"]),
            group=entry["group"], solution_type=entry["solution_type"],
            typical_cost=Decimal(str(entry["typical_cost"])), cost_period=entry["cost_period"],
            funding_route=entry["funding_route"], lowers=reliefs))
    return tuple(result)


@cache
def load_accommodations() -> tuple[Accommodation, ...]:
    return parse_catalogue(files("werkbrug.data").joinpath("accommodations.toml").read_text("utf-8"))
