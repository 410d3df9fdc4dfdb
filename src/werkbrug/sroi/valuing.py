"""Value a stored entry with its contract's valuation method (werkbrug.domain.sroi).

The table is the one in force on the contract's start date (for the whole contract). A
placement's months are those of the entry's period; the method's count limit applies per
candidate per contract, across that candidate's entries in date order (``used_months``).
Each valuation also says in which months its value accrues: a placement month by month over
its counted months, a purchase, activity or PSO discount in the month of its date."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from werkbrug.domain.errors import DomainValidationError, Issue, Message
from werkbrug.domain.sroi.loader import get_method
from werkbrug.domain.sroi.methods import ALWAYS, UNSTATED, TableVersion
from werkbrug.domain.sroi.obligation import obligation
from werkbrug.domain.sroi.valuation import CENT, FulfilmentEntry, value_entry
from werkbrug.sroi import categories
from werkbrug.sroi.models import PLACEMENT_KINDS, Contract, Entry
from werkbrug.sroi.periods import month_fractions, month_key, months_between


@dataclass(frozen=True)
class Result:
    value_eur: Decimal
    category: str
    counted_months: Decimal
    detail: dict[str, Any]


def gross_obligation(contract: Contract) -> Decimal:
    base_amount = contract.contract_value_eur if contract.base == "contract_value" else contract.wage_sum_eur
    return obligation(Decimal(base_amount or 0), Decimal(contract.sroi_percentage), contract.base).amount_eur


def table_of(contract: Contract) -> TableVersion:
    return get_method(contract.method).version_on(contract.start_date)


def resolve_category(entry: Entry, table: TableVersion) -> str:
    """The explicit category, else the documented mapping (categories.py)."""
    if entry.category_overridden and entry.category:
        return entry.category
    if entry.kind in PLACEMENT_KINDS:
        candidate = entry.candidate
        doelgroep = benefit = None
        if candidate is not None:
            registration = candidate.doelgroep.filter(valid_from__lte=entry.period_start).exclude(
                valid_to__lt=entry.period_start).order_by("-valid_from").first()
            doelgroep = registration.category if registration else None
            benefit = candidate.benefit
        placement_kind = entry.placement.kind if entry.placement_id else None
        options = categories.placement_candidates(entry.kind, placement_kind, doelgroep, benefit)
    else:
        options = categories.other_candidates(entry.kind, table)
    found = categories.pick(table, options)
    if found is None and entry.kind not in ("purchase", "activity", "pso_discount"):
        raise DomainValidationError([categories.no_category(entry.contract.method)])
    return found or ""


def _accrual_placement(entry: Entry, counted: Decimal, value: Decimal) -> list[list[str]]:
    """Value per month over the counted months; cumulative rounding keeps the sum exact."""
    assert entry.period_end is not None
    rows, used, booked = [], Decimal(0), Decimal(0)
    for key, fraction in month_fractions(entry.period_start, entry.period_end):
        part = min(fraction, max(counted - used, Decimal(0)))
        used += part
        if part > 0:
            cumulative = (value * used / counted).quantize(CENT)
            rows.append([key, str(cumulative - booked)])
            booked = cumulative
    return rows


def _placement(entry: Entry, contract: Contract, category: str, limit: int | str,
               used_months: Decimal) -> Result:
    assert entry.period_end is not None
    months = months_between(entry.period_start, entry.period_end)
    counted = months
    if limit not in (ALWAYS, UNSTATED):
        counted = max(Decimal(0), min(months, Decimal(limit) - used_months))
    detail: dict[str, Any] = {"months_in_period": str(months), "months_already_counted": str(used_months),
                              "count_limit_months": limit, "counted_months": str(counted)}
    if counted <= 0:
        detail["note"] = ("de maximale telduur voor deze kandidaat is al bereikt / "
                          "the candidate's count limit is already used up")
        return Result(Decimal("0.00"), category, counted, {**detail, "accrual": []})
    valuation = value_entry(get_method(contract.method), FulfilmentEntry(
        category=category, hours_per_week=entry.hours_per_week, months=counted, age=entry.age,
        permanent_contract=bool(entry.permanent_contract), flags=frozenset(entry.flags or ())),
        contract_start=contract.start_date)
    detail.update(valuation.as_dict())
    detail["accrual"] = _accrual_placement(entry, counted, valuation.value_eur)
    return Result(valuation.value_eur, category, counted, detail)


def _direct(value: Decimal, formula: str, entry: Entry, caveat: str) -> dict[str, Any]:
    return {"value_eur": str(value), "computation": {"formula": formula}, "caveats": [caveat],
            "accrual": [[month_key(entry.period_start), str(value)]]}


def _other(entry: Entry, contract: Contract, category: str) -> Result:
    if entry.kind == "pso_discount":
        if not contract.pso_discount_percent:
            raise DomainValidationError([Issue("kind", "no_pso_terms", Message(
                "het contract kent geen PSO-korting (pso_discount_percent is 0)",
                "the contract has no PSO discount (pso_discount_percent is 0)"))])
        value = (gross_obligation(contract) * contract.pso_discount_percent / 100).quantize(CENT)
        return Result(value, "", Decimal(0), _direct(
            value, f"obligation × {contract.pso_discount_percent}% (contract term)", entry,
            "PSO-korting volgens contract; percentage ONBEVESTIGD per regio / PSO discount per contract term"))
    if not category:
        return _fallback(entry, contract)
    valuation = value_entry(get_method(contract.method), FulfilmentEntry(
        category=category, amount_eur=entry.amount_eur, hours=entry.hours, days=entry.days),
        contract_start=contract.start_date)
    detail = {**valuation.as_dict(), "accrual": [[month_key(entry.period_start), str(valuation.value_eur)]]}
    return Result(valuation.value_eur, category, Decimal(0), detail)


def _fallback(entry: Entry, contract: Contract) -> Result:
    """The table has no block for a purchase or an activity: the general rules apply."""
    if entry.kind == "purchase":
        if entry.amount_eur is None or entry.amount_eur < 0:
            raise DomainValidationError([Issue("amount_eur", "required", Message(
                "factuurwaarde excl. btw is verplicht (niet negatief)", "invoice value excl. btw is required"))])
        value = Decimal(entry.amount_eur).quantize(CENT)
        return Result(value, "", Decimal(0), _direct(value, "invoice value excl. btw", entry,
                      f"{contract.method} heeft geen inkoopblok; factuurwaarde excl. btw geteld (rules-nl.md 3.2)"))
    quantity = entry.hours if entry.hours is not None else entry.days
    if entry.rate_eur is None or quantity is None or quantity < 0:
        raise DomainValidationError([Issue("rate_eur", "required", Message(
            f"{contract.method} heeft geen blok voor maatschappelijke activiteit; geef rate_eur en uren of dagen",
            f"{contract.method} has no block for a social activity; give rate_eur and hours or days"))])
    value = (entry.rate_eur * quantity).quantize(CENT)
    return Result(value, "", Decimal(0), _direct(value, "rate_eur × hours or days (agreed rate)", entry,
                  "tarief afgesproken in het contract / rate agreed in the contract"))


def valuate(entry: Entry, contract: Contract, used_months: Decimal) -> Result:
    table = table_of(contract)
    category = resolve_category(entry, table)
    if entry.kind in PLACEMENT_KINDS:
        if category not in table.categories or table.categories[category].kind != "placement":
            raise DomainValidationError([Issue("category", "unknown_code", Message(
                f"geen plaatsingsblok '{category}' in {contract.method} (tabel {table.valid_from})",
                f"no placement block '{category}' in {contract.method} (table {table.valid_from})"))])
        return _placement(entry, contract, category, table.categories[category].count_limit, used_months)
    return _other(entry, contract, category)
