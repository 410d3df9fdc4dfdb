"""The value of one SROI fulfilment entry under a valuation method (rules-nl.md 3.2).

placement: value_per_year × min(hours ÷ full-time hours, 1) × counted months ÷ 12, where counted
months are capped by the category's count limit; each applicable bonus is pro-rated the same way.
costs: the invoice value excl. btw as given. per_hour / per_day: rate × hours or days.

The table version is the one in force on the CONTRACT's start date, for the whole contract: a
contract that started before a region changed its table keeps the old values (the tables are
announced "for contracts from" their date)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.domain.errors import Issues
from werkbrug.domain.sroi.methods import ALWAYS, UNSTATED, Category, TableVersion, ValuationMethod

CENT = Decimal("0.01")


@dataclass(frozen=True)
class FulfilmentEntry:
    category: str
    hours_per_week: Decimal | None = None
    months: Decimal | None = None
    age: int | None = None
    permanent_contract: bool = False
    flags: frozenset[str] = frozenset()
    amount_eur: Decimal | None = None  # costs: invoice value excl. btw
    hours: Decimal | None = None       # per_hour
    days: Decimal | None = None        # per_day
    start_date: date | None = None


@dataclass(frozen=True)
class Valuation:
    value_eur: Decimal
    method: str
    table_valid_from: date
    category: str
    kind: str
    steps: dict[str, Any]
    caveats: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        return {"value_eur": str(self.value_eur), "method": self.method,
                "table_valid_from": self.table_valid_from.isoformat(), "category": self.category,
                "kind": self.kind, "computation": self.steps, "caveats": list(self.caveats)}


def _require(issues: Issues, name: str, value: Decimal | None, positive: bool = False) -> None:
    if value is None:
        issues.add(name, "missing", "is verplicht voor deze categorie", "is required for this category")
    elif value < 0 or (positive and value == 0):
        word = ("groter dan 0", "greater than 0") if positive else ("niet negatief", "not negative")
        issues.add(name, "range", f"moet {word[0]} zijn", f"must be {word[1]}")


def _check(category: Category, entry: FulfilmentEntry) -> None:
    issues = Issues()
    if category.kind == "placement":
        _require(issues, "hours_per_week", entry.hours_per_week)
        _require(issues, "months", entry.months, positive=True)
        if entry.age is not None and entry.age < 0:
            issues.add("age", "range", "mag niet negatief zijn", "must not be negative")
    else:
        needed = {"costs": "amount_eur", "per_hour": "hours", "per_day": "days"}[category.kind]
        _require(issues, needed, getattr(entry, needed))
    issues.raise_if_any()


def _counted_months(category: Category, months: Decimal) -> Decimal:
    if category.count_limit in (ALWAYS, UNSTATED):
        return months
    return min(months, Decimal(category.count_limit))


def _placement(version: TableVersion, category: Category, entry: FulfilmentEntry) -> tuple[Decimal, dict[str, Any]]:
    assert entry.hours_per_week is not None and entry.months is not None
    assert category.value_per_year is not None
    fte = entry.hours_per_week / version.fulltime_hours_per_week
    if version.cap_hours_at_fulltime:
        fte = min(fte, Decimal(1))
    counted = _counted_months(category, entry.months)
    factor = fte * counted / 12
    base = category.value_per_year * factor
    bonuses = [{"id": b.id, "value_per_year": str(b.value_per_year),
                "value_eur": str(((b.value_per_year * factor) if b.pro_rata else b.value_per_year).quantize(CENT))}
               for b in version.bonuses
               if b.applies(category.id, entry.age, entry.permanent_contract, entry.flags)]
    total = base + sum((Decimal(b["value_eur"]) for b in bonuses), Decimal(0))
    return total, {
        "formula": "value_per_year × min(hours_per_week ÷ fulltime_hours, 1) × counted_months ÷ 12 + bonuses",
        "value_per_year": str(category.value_per_year),
        "fulltime_hours_per_week": str(version.fulltime_hours_per_week),
        "fte_factor": str(fte.quantize(Decimal("0.0001"))),
        "capped_at_fulltime": version.cap_hours_at_fulltime and entry.hours_per_week > version.fulltime_hours_per_week,
        "months": str(entry.months), "count_limit_months": category.count_limit,
        "counted_months": str(counted), "base_value_eur": str(base.quantize(CENT)), "bonuses": bonuses,
    }


def _other(category: Category, entry: FulfilmentEntry) -> tuple[Decimal, dict[str, Any]]:
    if category.kind == "costs":
        assert entry.amount_eur is not None
        return entry.amount_eur, {"formula": "invoice value excl. btw / factuurwaarde excl. btw",
                                  "amount_eur": str(entry.amount_eur)}
    quantity = entry.hours if category.kind == "per_hour" else entry.days
    assert quantity is not None and category.rate_eur is not None
    unit = "hours" if category.kind == "per_hour" else "days"
    return category.rate_eur * quantity, {"formula": f"rate_eur × {unit}",
                                          "rate_eur": str(category.rate_eur), unit: str(quantity)}


def _category(method: ValuationMethod, version: TableVersion, category_id: str) -> Category:
    if category_id not in version.categories:
        valid = ", ".join(sorted(version.categories))
        issues = Issues()
        issues.add("category", "unknown",
                   f"onbekende categorie voor {method.id} (tabel {version.valid_from:%d-%m-%Y}); kies uit {valid}",
                   f"unknown category for {method.id} (table {version.valid_from.isoformat()}); choose from {valid}")
        issues.raise_if_any()
    return version.categories[category_id]


def _caveats(version: TableVersion, category: Category) -> tuple[str, ...]:
    caveats = list(version.notes)
    if version.unconfirmed:
        caveats.append(f"UNCONFIRMED: {version.note}")
    if category.kind == "placement" and category.count_limit == UNSTATED:
        caveats.append("the source states no count limit; all months counted / "
                       "de bron noemt geen maximale telduur; alle maanden geteld")
    return tuple(caveats)


def value_entry(method: ValuationMethod, entry: FulfilmentEntry,
                contract_start: date | None = None) -> Valuation:
    """Value one entry; the table is chosen by contract_start, else the entry's start, else today."""
    on = contract_start or entry.start_date or date.today()
    version = method.version_on(on)
    category = _category(method, version, entry.category)
    _check(category, entry)
    if category.kind == "placement":
        value, steps = _placement(version, category, entry)
    else:
        value, steps = _other(category, entry)
    return Valuation(value.quantize(CENT), method.id, version.valid_from, category.id,
                     category.kind, {"table_source": version.source, **steps},
                     _caveats(version, category))
