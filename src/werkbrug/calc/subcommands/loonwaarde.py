"""`werkbrug calc loonwaarde FILE`: loonwaarde by the uniform method from a JSON file of hoofdtaken.

FILE is a positional argument on purpose: the HTTP API only exposes options, so it can never be
made to read a file on the server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser

from werkbrug.calc.errors import CalculatorInputError
from werkbrug.calc.subcommands._business_input import day
from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.loonwaarde import compute_loonwaarde
from werkbrug.domain.loonwaarde.parse import measurement_from_dict

HELP = "loonwaarde volgens de uniforme methode (Besluit LKS Pw 2021) uit een JSON-bestand met hoofdtaken"


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("file", nargs="?", default=None,
                        help="JSON file: contract_hours, hoofdtaken[] (see docs/loonwaarde-income-vum.md)")
    parser.add_argument("--date", default=None, help="YYYY-MM-DD: parameters in force (default: today)")


def _read(path: Any) -> Any:
    if not path:
        raise CalculatorInputError("FILE", "geef een JSON-bestand met hoofdtaken (alleen op de opdrachtregel)",
                                   "give a JSON file of hoofdtaken (command line only)")
    try:
        return json.loads(Path(path).read_text("utf-8"))
    except OSError as error:
        raise CalculatorInputError("FILE", "kan het bestand niet lezen", "cannot read the file") from error
    except json.JSONDecodeError as error:
        raise CalculatorInputError("FILE", f"geen geldige JSON (regel {error.lineno})",
                                   f"not valid JSON (line {error.lineno})") from error


def run(options: dict[str, Any]) -> dict[str, Any]:
    on = day(options.get("date"), "--date")
    assert on is not None
    data = _read(options.get("file"))
    try:
        result = compute_loonwaarde(measurement_from_dict(data), on)
    except DomainValidationError as error:
        nl = "; ".join(i.message.nl for i in error.issues)
        en = "; ".join(i.message.en for i in error.issues)
        raise CalculatorInputError("FILE", nl, en) from error
    return {"date": on.isoformat(), **result.as_dict()}


def render(result: dict[str, Any]) -> str:
    lines = [f"Loonwaarde: {result['loonwaarde_pct']}% (onafgerond {result['unrounded_pct']}%)",
             f"Regel: {result['rule']['nl']} [{result['rule']['name']}]"]
    lines += [f"  {t['name']}: tijdsaandeel {t['time_share_pct']}%, arbeidsprestatie {t['arbeidsprestatie_pct']}%"
              for t in result["hoofdtaken"]]
    lines += [f"ONBEVESTIGD: {p['name']} = {p['value']} ({p['source']})" for p in result["unconfirmed"]]
    lines.append(result["notice"]["nl"])
    return "\n".join(lines)
