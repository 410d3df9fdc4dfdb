"""Text rendering of the full comparison and the why-not answer for the shell."""

from __future__ import annotations

from typing import Any

_RESULT = {"fits": ("past", "fits"), "at_limit": ("op de grens", "at the limit"),
           "fits_with_accommodation": ("past met voorziening", "fits with accommodation"),
           "task_dropped": ("taak vervalt", "task dropped"), "excluded": ("past niet", "does not fit")}


def _num(level: int, value: float | None) -> str:
    return f"{level}" + (f" ({value:g})" if value is not None else "")


def render_points(row: dict[str, Any], language: str = "nl") -> str:
    nl = language == "nl"
    lines = ["Per taak en FML-item:" if nl else "Per task and FML item:"]
    for r in row["items"]:
        result = _RESULT[r["result"]][0 if nl else 1]
        extra = f" [{', '.join(r['accommodations'])}]" if r["accommodations"] else ""
        lines.append(f"  {r['task']} {r['item']} {r['name']}: {'vraag' if nl else 'demand'} "
                     f"{_num(r['demand_level'], r['demand_value'])}, {'kan' if nl else 'capacity'} "
                     f"{_num(r['capacity_level'], r['capacity_value'])} -> {result}{extra}")
    points = row["beoordelingspunten"]
    lines.append(("Beoordelingspunten" if nl else "Beoordelingspunten (points to judge)")
                 + f" ({len(points)}, {'versie' if nl else 'version'} {row['points_version']}):")
    lines += [f"  ? {p['key']}: {p['text']}" for p in points] or ["  -"]
    return "\n".join(lines)


def render_why_not(row: dict[str, Any], language: str = "nl") -> str:
    nl = language == "nl"
    if row["in_list"]:
        return (f"{row['candidate']} staat op plaats {row['rank']} van {row['work']}" if nl
                else f"{row['candidate']} is at rank {row['rank']} for {row['work']}")
    head = (f"{row['candidate']} ontbreekt in de lijst van {row['work']}:" if nl
            else f"{row['candidate']} is missing from {row['work']}'s list:")
    return "\n".join([head, *(f"  - [{r['code']}] {r['text']}" for r in row["reasons"])])
