"""The business case as readable text for the terminal (Dutch first, then English)."""

from __future__ import annotations

from typing import Any

from werkbrug.businesscase.labels import COMPONENT_LABELS, both, context_lines, label


def _year_lines(result: dict[str, Any]) -> list[str]:
    years = result["per_year"]
    width = max(len(label(n)) for n in COMPONENT_LABELS)
    head = f"{'€':<{width}}" + "".join(f"{y['year']:>14}" for y in years) + f"{'totaal/total':>14}"
    lines = [head]
    for name in COMPONENT_LABELS:
        cells = "".join(f"{y[name]:>14,.2f}" for y in years)
        lines.append(f"{label(name):<{width}}{cells}{result['totals'][name]:>14,.2f}")
    return lines


def render_text(result: dict[str, Any]) -> str:
    lines = [f"{k}: {v}" for k, v in context_lines(result)]
    lines += ["", result["summary"]["nl"], "", result["summary"]["en"], ""]
    if result["loonwaarde"]["kind"] == "estimate":
        lines += [both(result["loonwaarde"]["explanation"]), ""]
    lines += _year_lines(result)
    lines.append(f"netto per maand / net per month: € {result['per_month_average']['net_cost']:,.2f}")
    lines += [f"ONBEVESTIGD / UNCONFIRMED: {p['name']} = {p['value']} ({p['source']})"
              for p in result["unconfirmed"]]
    lines += ["", both(result["disclaimer"])]
    return "\n".join(lines)
