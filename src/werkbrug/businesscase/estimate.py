"""A rough loonwaarde estimate from the FML, for a business case without a measured loonwaarde.

A real loonwaarde is set by a loonwaardedeskundige on the workplace (Besluit loonkostensubsidie
Participatiewet 2021; rules-nl.md 8.1). This heuristic only gives a starting point: fewer and
lighter limitations give a higher estimate, and limitations on FML items the work asks for
weigh more. Its parameters are Werkbrug assumptions (parameters/businesscase.toml), always
flagged UNCONFIRMED, and the result is always labelled "schatting / estimate". Pure Python."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from werkbrug.domain.business.amounts import Lookup
from werkbrug.domain.errors import Message
from werkbrug.domain.parameters import ParameterVersion

NAMES = ("base_pct", "points_per_level", "demanded_factor", "min_pct", "max_pct", "step_pct")
LABEL = Message("schatting", "estimate")


@dataclass(frozen=True)
class LoonwaardeEstimate:
    pct: Decimal
    limited_items: int  # FML items with a limitation (level 1 or 2)
    demanded_items: int  # of which the work asks for the item
    parameters: tuple[ParameterVersion, ...]
    explanation: Message


def _level(entry: Any) -> int:
    level = entry.get("level") if isinstance(entry, dict) else None
    return level if isinstance(level, int) and not isinstance(level, bool) else 0


def demanded_items(task_demands: Iterable[dict[str, Any]]) -> set[str]:
    """FML items that at least one task asks for above the lightest level (or with a value)."""
    return {code for demand in task_demands for code, entry in (demand or {}).items()
            if _level(entry) > 0 or (isinstance(entry, dict) and entry.get("value") is not None)}


def _round_to_step(value: Decimal, step: Decimal) -> Decimal:
    return (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


def estimate_loonwaarde(capacity: dict[str, Any], task_demands: Iterable[dict[str, Any]],
                        on: date, lookup: Lookup | None = None) -> LoonwaardeEstimate:
    """Estimate = base − points × level per limited item (× factor where the work asks for it),
    kept between min and max and rounded to the step."""
    lookup = lookup or Lookup()
    p = {name: lookup.get(f"loonwaarde_estimate_{name}", on) for name in NAMES}
    wanted = demanded_items(task_demands)
    limited = {code: _level(entry) for code, entry in (capacity or {}).items() if _level(entry) > 0}
    points = sum(Decimal(level) * p["points_per_level"].decimal
                 * (p["demanded_factor"].decimal if code in wanted else 1)
                 for code, level in limited.items())
    raw = p["base_pct"].decimal - points
    low, high = p["min_pct"].decimal, p["max_pct"].decimal
    pct = min(max(_round_to_step(raw, p["step_pct"].decimal), low), high)
    hit = sum(1 for code in limited if code in wanted)
    explanation = Message(
        f"SCHATTING, geen meting: {p['base_pct'].value}% min {p['points_per_level'].value} punten per "
        f"niveau van beperking op {len(limited)} FML-items ({hit} daarvan vraagt het werk: "
        f"× {p['demanded_factor'].value}), begrensd op {low}–{high}% en afgerond op "
        f"{p['step_pct'].value}%. Alleen een loonwaardemeting op de werkplek geeft de echte loonwaarde.",
        f"ESTIMATE, not a measurement: {p['base_pct'].value}% minus {p['points_per_level'].value} points "
        f"per level of limitation on {len(limited)} FML items ({hit} of them asked for by the work: "
        f"× {p['demanded_factor'].value}), kept within {low}–{high}% and rounded to "
        f"{p['step_pct'].value}%. Only a loonwaarde assessment on the workplace gives the real value.")
    return LoonwaardeEstimate(pct, len(limited), hit, tuple(p.values()), explanation)
