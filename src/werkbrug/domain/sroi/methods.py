"""A valuation method (bouwblokkenmethode) and its table versions (rules-nl.md 3.2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from werkbrug.domain.errors import Issues

KINDS = ("placement", "costs", "per_hour", "per_day")
ALWAYS = "always"      # counts for as long as the placement lasts (banenafspraak)
UNSTATED = "unstated"  # the source states no limit: no cap, shown as a caveat


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    kind: str = "placement"
    value_per_year: Decimal | None = None  # placement: full-time value per year
    rate_eur: Decimal | None = None        # per_hour / per_day
    count_limit: int | str = UNSTATED       # months, ALWAYS or UNSTATED


@dataclass(frozen=True)
class Bonus:
    id: str
    name: str
    value_per_year: Decimal
    min_age: int | None = None
    permanent_contract: bool | None = None
    flag: str | None = None
    applies_to: tuple[str, ...] = ()  # empty: every placement category
    pro_rata: bool = True

    def applies(self, category: str, age: int | None, permanent: bool,
                flags: frozenset[str]) -> bool:
        if self.applies_to and category not in self.applies_to:
            return False
        if self.min_age is not None and (age is None or age < self.min_age):
            return False
        if self.permanent_contract and not permanent:
            return False
        return self.flag is None or self.flag in flags


@dataclass(frozen=True)
class TableVersion:
    valid_from: date
    source: str
    fulltime_hours_per_week: Decimal
    categories: dict[str, Category]
    bonuses: tuple[Bonus, ...] = ()
    cap_hours_at_fulltime: bool = True
    unconfirmed: bool = False
    note: str = ""
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class ValuationMethod:
    id: str
    name: str
    region: str
    versions: tuple[TableVersion, ...]  # sorted by valid_from

    def version_on(self, on: date) -> TableVersion:
        """The table in force on a date: the latest valid_from not after it."""
        candidates = [v for v in self.versions if v.valid_from <= on]
        if not candidates:
            first = self.versions[0].valid_from
            issues = Issues()
            issues.add("start_date", "no-table",
                       f"methode {self.id} heeft geen tabel vóór {first:%d-%m-%Y} (gevraagd: {on:%d-%m-%Y})",
                       f"method {self.id} has no table before {first.isoformat()} (asked: {on.isoformat()})")
            issues.raise_if_any()
        return candidates[-1]

    def category_ids(self) -> list[str]:
        return sorted({c for v in self.versions for c in v.categories})
