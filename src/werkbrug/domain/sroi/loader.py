"""Reads and validates the SROI valuation method files (werkbrug/data/sroi/*.toml).

A broken file stops loading with an error that names the file and the field, for example
``haaglanden-2023.toml: version[0].category[3].value_per_year: must be a positive number``."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Issues, Message
from werkbrug.domain.sroi.methods import (
    ALWAYS,
    KINDS,
    UNSTATED,
    Bonus,
    Category,
    TableVersion,
    ValuationMethod,
)

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class MethodFileError(ValueError):
    def __init__(self, file: str, field: str, nl: str, en: str):
        self.file, self.field = file, field
        self.message = Message(f"{file}: {field}: {nl}", f"{file}: {field}: {en}")
        super().__init__(str(self.message))


class _Reader:
    """Typed access to one TOML table that reports file and field path on error."""

    def __init__(self, file: str, path: str, raw: dict[str, Any]):
        self.file, self.path, self.raw = file, path, raw

    def fail(self, key: str, nl: str, en: str) -> MethodFileError:
        return MethodFileError(self.file, f"{self.path}{key}", nl, en)

    def text(self, key: str) -> str:
        value = self.raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "ontbreekt of is geen tekst", "is missing or not text")
        return value

    def ident(self, key: str) -> str:
        value = self.text(key)
        if not ID_PATTERN.match(value):
            raise self.fail(key, "alleen kleine letters, cijfers en '-'",
                            "only lower-case letters, digits and '-'")
        return value

    def day(self, key: str) -> date:
        value = self.raw.get(key)
        if not isinstance(value, date):
            raise self.fail(key, "ontbreekt of is geen datum (JJJJ-MM-DD)",
                            "is missing or not a date (YYYY-MM-DD)")
        return value

    def amount(self, key: str, required: bool = True) -> Decimal | None:
        value = self.raw.get(key)
        if value is None and not required:
            return None
        try:
            number = Decimal(str(value)) if isinstance(value, (int, float, str)) else None
        except InvalidOperation:
            number = None
        if number is None or number <= 0 or isinstance(value, bool):
            raise self.fail(key, "moet een positief getal zijn", "must be a positive number")
        return number

    def tables(self, key: str) -> list[_Reader]:
        value = self.raw.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "moet een lijst van tabellen zijn", "must be a list of tables")
        return [_Reader(self.file, f"{self.path}{key}[{i}].", item) for i, item in enumerate(value)]


def _count_limit(r: _Reader) -> int | str:
    value = r.raw.get("count_limit_months", UNSTATED)
    if value in (ALWAYS, UNSTATED) or (isinstance(value, int) and not isinstance(value, bool)
                                       and value > 0):
        return value  # type: ignore[no-any-return]
    raise r.fail("count_limit_months", f"moet een aantal maanden zijn, '{ALWAYS}' of '{UNSTATED}'",
                 f"must be a number of months, '{ALWAYS}' or '{UNSTATED}'")


def _category(r: _Reader) -> Category:
    kind = r.raw.get("kind", "placement")
    if kind not in KINDS:
        raise r.fail("kind", f"onbekend; kies uit {', '.join(KINDS)}",
                     f"unknown; choose from {', '.join(KINDS)}")
    return Category(
        id=r.ident("id"), name=r.text("name"), kind=kind,
        value_per_year=r.amount("value_per_year") if kind == "placement" else None,
        rate_eur=r.amount("rate_eur") if kind in ("per_hour", "per_day") else None,
        count_limit=_count_limit(r) if kind == "placement" else UNSTATED)


def _bonus(r: _Reader, categories: dict[str, Category]) -> Bonus:
    applies_to = tuple(r.raw.get("applies_to", ()))
    unknown = [c for c in applies_to if c not in categories]
    if unknown:
        raise r.fail("applies_to", f"onbekende categorie {', '.join(unknown)}",
                     f"unknown category {', '.join(unknown)}")
    min_age, permanent, flag = (r.raw.get("min_age"), r.raw.get("permanent_contract"),
                                r.raw.get("flag"))
    if min_age is None and not permanent and flag is None:
        raise r.fail("min_age", "een bonus heeft een voorwaarde nodig (min_age, permanent_contract of flag)",
                     "a bonus needs a condition (min_age, permanent_contract or flag)")
    amount = r.amount("value_per_year")
    assert amount is not None
    return Bonus(id=r.ident("id"), name=r.text("name"), value_per_year=amount,
                 min_age=min_age, permanent_contract=permanent, flag=flag, applies_to=applies_to,
                 pro_rata=bool(r.raw.get("pro_rata", True)))


def _version(r: _Reader) -> TableVersion:
    categories: dict[str, Category] = {}
    for cr in r.tables("category"):
        category = _category(cr)
        if category.id in categories:
            raise cr.fail("id", "komt twee keer voor", "occurs twice")
        categories[category.id] = category
    if not categories:
        raise r.fail("category", "geen categorieën", "no categories")
    hours = r.amount("fulltime_hours_per_week")
    assert hours is not None
    return TableVersion(
        valid_from=r.day("valid_from"), source=r.text("source"), fulltime_hours_per_week=hours,
        categories=categories, bonuses=tuple(_bonus(b, categories) for b in r.tables("bonus")),
        cap_hours_at_fulltime=bool(r.raw.get("cap_hours_at_fulltime", True)),
        unconfirmed=bool(r.raw.get("unconfirmed", False)), note=r.raw.get("note", ""),
        notes=tuple(r.raw.get("notes", ())))


def parse_method(text: str, file: str) -> ValuationMethod:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise MethodFileError(file, "toml", f"ongeldige TOML ({error})", f"invalid TOML ({error})") from error
    r = _Reader(file, "", raw)
    method_id = r.ident("id")
    if file.endswith(".toml") and file.rsplit("/", 1)[-1] != f"{method_id}.toml":
        raise r.fail("id", f"moet gelijk zijn aan de bestandsnaam ({method_id}.toml)",
                     f"must match the file name ({method_id}.toml)")
    versions = sorted((_version(v) for v in r.tables("version")), key=lambda v: v.valid_from)
    if not versions:
        raise r.fail("version", "geen tabelversies", "no table versions")
    if len({v.valid_from for v in versions}) != len(versions):
        raise r.fail("version", "twee versies met dezelfde valid_from", "two versions with the same valid_from")
    return ValuationMethod(method_id, r.text("name"), r.text("region"), tuple(versions))


@cache
def load_methods() -> dict[str, ValuationMethod]:
    folder = files("werkbrug.data").joinpath("sroi")
    methods = [parse_method(p.read_text("utf-8"), p.name)
               for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".toml")]
    return {m.id: m for m in methods}


def get_method(method_id: str, methods: dict[str, ValuationMethod] | None = None) -> ValuationMethod:
    known = load_methods() if methods is None else methods
    if method_id not in known:
        issues = Issues()
        issues.add("method", "unknown", f"onbekende methode; kies uit {', '.join(sorted(known))}",
                   f"unknown method; choose from {', '.join(sorted(known))}")
        issues.raise_if_any()
    return known[method_id]
