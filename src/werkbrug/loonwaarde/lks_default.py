"""`werkbrug calc lks --placement ID`: the placement's latest FINAL loonwaarde as the default.

Command line only, run as a named operator (``--as``): the calculators are also served over HTTP
without authorisation, so this lookup is never offered there (calc/subcommands/lks.py adds the option
only to the command-line parser)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from werkbrug.calc.errors import CalculatorInputError
from werkbrug.loonwaarde import services
from werkbrug.registry.models import Placement
from werkbrug.security import operator


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("--placement", default=None, metavar="ID",
                        help="use this placement's latest final loonwaarde when --loonwaarde is not given "
                             "(command line only; needs --as USER)")
    operator.add_arguments(parser, purpose="bemiddeling")


def default_for(options: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The loonwaarde (as text, like --loonwaarde) and where it came from; refused without a final one."""
    raw = str(options.get("placement") or "").strip()
    placement = Placement.objects.filter(pk=int(raw)).first() if raw.isascii() and raw.isdigit() else None
    if placement is None:
        raise CalculatorInputError("--placement", "plaatsing niet gevonden", "placement not found")
    who = operator.operator_for(options)
    operator.authorise(who, "read", placement, ("financial",))
    found = services.latest_final(placement.pk)
    if found is None:
        raise CalculatorInputError("--placement", "deze plaatsing heeft geen definitieve loonwaardemeting; "
                                   "geef --loonwaarde", "this placement has no final loonwaarde measurement; "
                                   "give --loonwaarde")
    operator.record(who, "read", "loonwaarde", object_id=found.pk, subject_id=placement.candidate_id,
                    explanation="calc lks default")
    return str(found.loonwaarde_pct), {"placement": placement.pk, "measurement": found.pk,
                                       "measured_on": found.measured_on.isoformat()}
