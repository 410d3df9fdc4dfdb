"""`werkbrug calc sroi`: the Social Return value of one fulfilment entry (bouwblokken)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import CommandParser

from werkbrug.calc.errors import CalculatorInputError
from werkbrug.calc.subcommands.quotum import as_input_error, decimal_option
from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.sroi.loader import get_method, load_methods
from werkbrug.domain.sroi.valuation import FulfilmentEntry, value_entry

HELP = "SROI-waarde van een inzet volgens een bouwblokkenmethode (--list toont methoden en categorieën)"

OPTIONS = {"method": "--method", "category": "--category", "hours_per_week": "--hours-per-week",
           "months": "--months", "age": "--age", "amount_eur": "--amount", "hours": "--hours",
           "days": "--days", "start_date": "--contract-start"}
DECIMALS = ("hours_per_week", "months", "amount", "hours", "days")


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("--list", action="store_true", help="list methods and categories")
    parser.add_argument("--method", help="valuation method id, e.g. haaglanden-2023")
    parser.add_argument("--category", help="category id, e.g. banenafspraak")
    parser.add_argument("--hours-per-week", help="hours per week of the placement")
    parser.add_argument("--months", help="duration in months")
    parser.add_argument("--age", type=int, help="age of the candidate (age bonuses)")
    parser.add_argument("--permanent-contract", action="store_true", help="vast contract (bonus)")
    parser.add_argument("--flag", action="append", default=[],
                        help="other bonus condition named by the method, e.g. statushouder-taalachterstand")
    parser.add_argument("--amount", help="costs categories: invoice value excl. btw")
    parser.add_argument("--hours", help="per-hour categories: number of hours")
    parser.add_argument("--days", help="per-day categories: number of days")
    parser.add_argument("--contract-start", help="YYYY-MM-DD: picks the table version (default: today)")


def _listing() -> dict[str, Any]:
    methods = []
    for method in load_methods().values():
        versions = [{"valid_from": v.valid_from.isoformat(), "source": v.source,
                     "unconfirmed": v.unconfirmed,
                     "categories": [{"id": c.id, "name": c.name, "kind": c.kind,
                                     "value_per_year": str(c.value_per_year or c.rate_eur or ""),
                                     "count_limit_months": c.count_limit}
                                    for c in v.categories.values()],
                     "bonuses": [{"id": b.id, "name": b.name, "value_per_year": str(b.value_per_year)}
                                 for b in v.bonuses]}
                    for v in method.versions]
        methods.append({"id": method.id, "name": method.name, "region": method.region,
                        "versions": versions})
    return {"methods": methods}


def _entry(options: dict[str, Any]) -> tuple[FulfilmentEntry, date | None]:
    values = {key: decimal_option(options, key, f"--{key.replace('_', '-')}") for key in DECIMALS}
    start = options.get("contract_start")
    try:
        on = date.fromisoformat(start) if start else None
    except ValueError as bad:
        raise CalculatorInputError("--contract-start", "is geen datum (JJJJ-MM-DD)",
                                   "is not a date (YYYY-MM-DD)") from bad
    entry = FulfilmentEntry(
        category=options["category"], hours_per_week=values["hours_per_week"],
        months=values["months"], age=options.get("age"),
        permanent_contract=bool(options.get("permanent_contract")),
        flags=frozenset(options.get("flag") or ()), amount_eur=values["amount"],
        hours=values["hours"], days=values["days"])
    return entry, on


def run(options: dict[str, Any]) -> dict[str, Any]:
    if options.get("list"):
        return _listing()
    for key in ("method", "category"):
        if not options.get(key):
            raise CalculatorInputError(f"--{key}", "is verplicht (behalve met --list)",
                                       "is required (unless --list)")
    entry, on = _entry(options)
    try:
        return value_entry(get_method(options["method"]), entry, on).as_dict()
    except DomainValidationError as error:
        raise as_input_error(error, OPTIONS) from error


def render(result: dict[str, Any]) -> str:
    if "methods" in result:
        lines = []
        for method in result["methods"]:
            lines.append(f"{method['id']}: {method['name']} ({method['region']})")
            for version in method["versions"]:
                lines.append(f"  tabel vanaf {version['valid_from']}"
                             + (" (ONBEVESTIGD)" if version["unconfirmed"] else ""))
                lines += [f"    {c['id']:<36} {c['kind']:<9} {c['value_per_year']}"
                          for c in version["categories"]]
                lines += [f"    + {b['id']:<34} bonus     {b['value_per_year']}" for b in version["bonuses"]]
        return "\n".join(lines)
    steps = result["computation"]
    lines = [f"{result['method']} / {result['category']} (tabel vanaf {result['table_valid_from']}): "
             f"€ {result['value_eur']}", f"  {steps['formula']}"]
    lines += [f"  ! {c}" for c in result["caveats"]]
    return "\n".join(lines)
