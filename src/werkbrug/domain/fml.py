"""The FML catalogue (six rubrieken, their items) and capacity/demand profiles on it.

A profile maps item codes (``"IV.12"``) to a level and, for numeric items, a value:
``{"IV.12": {"level": 1, "value": 5.0}}``. Like the FML itself, a profile records only
deviations: an item that is absent is at level 0 (normaal / licht)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Issue, Message

CAPACITY_LEVELS = {0: Message("normaal", "normal"), 1: Message("beperkt", "limited"),
                   2: Message("sterk beperkt", "severely limited")}
DEMAND_LEVELS = {0: Message("licht", "light"), 1: Message("gemiddeld", "moderate"),
                 2: Message("zwaar", "heavy")}

Profile = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class FmlItem:
    code: str
    key: str
    rubriek: str
    name: Message
    unit: str | None = None
    norm: float | None = None

    @property
    def numeric(self) -> bool:
        return self.unit is not None


@dataclass(frozen=True)
class FmlRubriek:
    code: str
    name: Message
    items: tuple[FmlItem, ...]


@dataclass(frozen=True)
class FmlCatalogue:
    version: str
    status: str
    rubrieken: tuple[FmlRubriek, ...]

    @cached_property
    def items(self) -> dict[str, FmlItem]:
        return {item.code: item for r in self.rubrieken for item in r.items}

    def resolve(self, code_or_key: str) -> FmlItem | None:
        """Find an item by its code ("IV.12") or key ("tillen")."""
        items = self.items
        if code_or_key in items:
            return items[code_or_key]
        return next((i for i in items.values() if i.key == code_or_key), None)


@cache
def load_catalogue() -> FmlCatalogue:
    raw = tomllib.loads(files("werkbrug.data").joinpath("fml.toml").read_text("utf-8"))
    rubrieken = tuple(
        FmlRubriek(
            code=r["code"],
            name=Message(r["name_nl"], r["name_en"]),
            items=tuple(
                FmlItem(i["code"], i["key"], r["code"], Message(i["name_nl"], i["name_en"]),
                        i.get("unit"), i.get("norm"))
                for i in r["item"]
            ),
        )
        for r in raw["rubriek"]
    )
    return FmlCatalogue(raw["version"], raw["status"], rubrieken)


def _check_entry(field: str, item: FmlItem, entry: Any) -> list[Issue]:
    if not isinstance(entry, dict) or "level" not in entry:
        return [Issue(field, "fml_entry", Message(
            f"{item.code}: verwacht een niveau (0, 1 of 2)", f"{item.code}: expected a level (0, 1 or 2)"))]
    issues = []
    level, value = entry.get("level"), entry.get("value")
    if not isinstance(level, int) or isinstance(level, bool) or level not in (0, 1, 2):
        issues.append(Issue(field, "fml_level", Message(
            f"{item.code} ({item.name.nl}): niveau '{level}' bestaat niet; kies 0, 1 of 2",
            f"{item.code} ({item.name.en}): level '{level}' does not exist; choose 0, 1 or 2")))
    if value is not None:
        if not item.numeric:
            issues.append(Issue(field, "fml_value", Message(
                f"{item.code} ({item.name.nl}) heeft geen getalswaarde",
                f"{item.code} ({item.name.en}) takes no numeric value")))
        elif not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
            issues.append(Issue(field, "fml_value", Message(
                f"{item.code}: waarde moet een getal ≥ 0 zijn ({item.unit})",
                f"{item.code}: value must be a number ≥ 0 ({item.unit})")))
    return issues


def validate_profile(field: str, profile: Any) -> list[Issue]:
    """Every problem in a capacity or demand profile, each naming the item."""
    if not isinstance(profile, dict):
        return [Issue(field, "fml_profile", Message(
            "FML-profiel moet per item een niveau geven", "FML profile must give a level per item"))]
    catalogue = load_catalogue()
    issues: list[Issue] = []
    for code, entry in profile.items():
        item = catalogue.items.get(code)
        if item is None:
            issues.append(Issue(field, "fml_unknown_item", Message(
                f"onbekend FML-item '{code}'", f"unknown FML item '{code}'")))
            continue
        issues.extend(_check_entry(field, item, entry))
    return issues


def normalise_profile(profile: Profile) -> Profile:
    """Drop entries at level 0 without a value, order by catalogue order."""
    order = list(load_catalogue().items)
    kept = {c: {k: v for k, v in e.items() if v is not None} for c, e in profile.items()
            if e.get("level") or e.get("value") is not None}
    return {c: kept[c] for c in sorted(kept, key=order.index)}


def format_profile(profile: Profile) -> str:
    """Compact one-cell text form used in CSV files: ``IV.12=1:5;VI.3=1:20``."""
    parts = []
    for code, entry in normalise_profile(profile).items():
        text = f"{code}={entry.get('level', 0)}"
        if entry.get("value") is not None:
            value = float(entry["value"])
            text += f":{int(value) if value.is_integer() else value}"
        parts.append(text)
    return ";".join(parts)


def parse_profile(field: str, text: str) -> tuple[Profile, list[Issue]]:
    """Read the compact text form; item keys ("tillen") are accepted as well as codes."""
    catalogue = load_catalogue()
    profile: Profile = {}
    issues: list[Issue] = []
    for part in filter(None, (p.strip() for p in text.replace("|", ";").split(";"))):
        name, sep, rest = part.partition("=")
        item = catalogue.resolve(name.strip())
        if not sep or item is None:
            issues.append(Issue(field, "fml_unknown_item", Message(
                f"'{part}' is geen FML-item=niveau (zoals IV.12=1:5)",
                f"'{part}' is not an FML item=level (like IV.12=1:5)")))
            continue
        level_text, _, value_text = rest.partition(":")
        try:
            entry: dict[str, Any] = {"level": int(level_text.strip())}
            if value_text.strip():
                entry["value"] = float(value_text.strip().replace(",", "."))
        except ValueError:
            issues.append(Issue(field, "fml_level", Message(
                f"{item.code}: '{rest}' is geen niveau[:waarde]", f"{item.code}: '{rest}' is not level[:value]")))
            continue
        profile[item.code] = entry
    issues.extend(validate_profile(field, profile))
    return normalise_profile(profile) if not issues else profile, issues
