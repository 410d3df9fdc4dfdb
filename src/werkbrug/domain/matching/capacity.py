"""FML capacity and demand on a fixed item order, as levels and numeric values.

Conventions (documented in docs/adr/0002-matching-model.md):
- an absent item is level 0; a numeric capacity without a value is a fraction of the item's norm
  by level (settings ``capacity.level_fraction``, default 1 / 0.5 / 0.25);
- a numeric demand without a value places no numeric limit (value 0);
- an item fits when capacity level + demand level <= 2 and demand value <= capacity value.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from werkbrug.domain.accommodations import Accommodation, load_accommodations
from werkbrug.domain.fml import FmlItem, load_catalogue
from werkbrug.domain.matching.settings import MatchSettings
from werkbrug.domain.matching.specs import Profile

HOURS_ITEM = "VI.3"


@dataclass(frozen=True)
class ItemIndex:
    codes: tuple[str, ...]
    items: tuple[FmlItem, ...]

    def position(self, code: str) -> int:
        return self.codes.index(code)


@cache
def item_index() -> ItemIndex:
    items = tuple(load_catalogue().items.values())
    if len(items) > 64:  # the feasibility kernel keeps one bit per item in a uint64
        raise ValueError("the matching engine supports at most 64 FML items")
    return ItemIndex(tuple(i.code for i in items), items)


def capacity_of(profile: Profile, item: FmlItem, settings: MatchSettings) -> tuple[int, float]:
    """(level, value) of one item; value is +inf for items without a unit."""
    entry = profile.get(item.code) or {}
    level = int(entry.get("level") or 0)
    if not item.numeric:
        return level, float("inf")
    if entry.get("value") is not None:
        return level, float(entry["value"])
    return level, float(item.norm or 0) * settings.level_fraction[level]


def demand_of(profile: Profile, code: str) -> tuple[int, float]:
    entry = profile.get(code) or {}
    value = entry.get("value")
    return int(entry.get("level") or 0), float(value) if value is not None else 0.0


def hours_capacity(profile: Profile, wish_max: float | None, settings: MatchSettings) -> float:
    """Most weekly hours: the lower of the wish and the FML werktijden (VI.3) value."""
    item = load_catalogue().items[HOURS_ITEM]
    _, fml_hours = capacity_of(profile, item, settings)
    limit = fml_hours if fml_hours != float("inf") else settings.default_hours_max
    return min(limit, wish_max) if wish_max is not None else limit


def accommodations_by_code() -> dict[str, Accommodation]:
    return {a.code: a for a in load_accommodations()}


def in_place(codes: tuple[str, ...], has_internal_supervisor: bool) -> tuple[Accommodation, ...]:
    """Accommodations the employer already has: they relieve demand at no cost."""
    wanted = set(codes) | ({"interne_werkbegeleider"} if has_internal_supervisor else set())
    catalogue = accommodations_by_code()
    return tuple(catalogue[c] for c in sorted(wanted) if c in catalogue)


def relieve(demand: Profile, present: tuple[Accommodation, ...]) -> Profile:
    """A task's demand after the accommodations in place (strongest relief per item counts)."""
    if not present:
        return demand
    result = {code: dict(entry) for code, entry in demand.items()}
    for code, entry in result.items():
        reliefs = [r for a in present for r in a.lowers if r.item == code]
        if not reliefs:
            continue
        entry["level"] = max(0, int(entry.get("level") or 0) - max(r.levels for r in reliefs))
        factor = min((r.value_factor for r in reliefs if r.value_factor is not None), default=1.0)
        if entry.get("value") is not None:
            entry["value"] = float(entry["value"]) * factor
    return result
