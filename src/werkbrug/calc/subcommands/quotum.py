"""`werkbrug calc quotum`: is an employer liable for the quotumheffing, and for how much?"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.management.base import CommandParser

from werkbrug.calc.errors import CalculatorInputError
from werkbrug.domain.banenafspraak.quotum import SECTORS, assess_quotum
from werkbrug.domain.errors import DomainValidationError

HELP = "quotumtekort en quotumheffing: (A × B − C) / D banen × € 5.000 (Wfsv 38g, 38h)"

OPTIONS = {"year": "--year", "sector": "--sector", "hours_per_year": "--hours-per-year",
           "doelgroep_hours_per_year": "--doelgroep-hours-per-year",
           "previous_year_hours": "--previous-year-hours"}


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("--year", required=True, type=int, help="calendar year of the levy")
    parser.add_argument("--sector", required=True, choices=SECTORS, help="markt or overheid")
    parser.add_argument("--hours-per-year", required=True,
                        help="A: verloonde uren of all werknemers in the year")
    parser.add_argument("--doelgroep-hours-per-year", required=True,
                        help="C: verloonde uren of arbeidsbeperkten (doelgroep) in the year")
    parser.add_argument("--previous-year-hours", default=None,
                        help="verloonde uren in the previous year (liability test; default: A)")


def decimal_option(options: dict[str, Any], key: str, option: str) -> Decimal | None:
    raw = options.get(key)
    if raw is None:
        return None
    try:
        return Decimal(str(raw).replace(",", "."))
    except InvalidOperation as bad:
        raise CalculatorInputError(option, "is geen getal", "is not a number") from bad


def as_input_error(error: DomainValidationError, options: dict[str, str]) -> CalculatorInputError:
    issue = error.issues[0]
    option = options.get(issue.field, issue.field)
    return CalculatorInputError(option, issue.message.nl, issue.message.en)


def run(options: dict[str, Any]) -> dict[str, Any]:
    hours = decimal_option(options, "hours_per_year", "--hours-per-year")
    doelgroep = decimal_option(options, "doelgroep_hours_per_year", "--doelgroep-hours-per-year")
    previous = decimal_option(options, "previous_year_hours", "--previous-year-hours")
    assert hours is not None and doelgroep is not None
    try:
        result = assess_quotum(options["year"], options["sector"], hours, doelgroep, previous)
    except DomainValidationError as error:
        raise as_input_error(error, OPTIONS) from error
    return result.as_dict()


def render(result: dict[str, Any]) -> str:
    lines = [f"Quotum {result['year']} sector {result['sector']}: "
             + ("quotumplichtig / liable" if result["liable"] else "vrijgesteld / exempt")
             + f" (drempel {result['threshold_hours']} verloonde uren)"]
    if result["liable"]:
        lines.append(f"Quotumtekort: {result['shortfall_banen']} banen "
                     f"({result['shortfall_banen_unrounded']} onafgerond); "
                     f"quotumheffing € {result['levy_eur']}")
    lines += [f"! {c['nl']} ({c['source']})" for c in result["caveats"]]
    return "\n".join(lines)
