"""Plain-text rendering of a banenafspraak report (the JSON form is the report dict itself)."""

from __future__ import annotations

from typing import Any


def _employer(detail: dict[str, Any]) -> list[str]:
    lines = [f"{detail['name']} ({detail['employer']}), sector {detail['sector']}, regio {detail['region'] or '-'}"]
    for year in detail["years"]:
        line = f"  {year['year']}: {year['banen']} banen ({year['doelgroep_hours']} doelgroepuren; bron {year['source']})"
        ambition = year["baanambitie"]
        if ambition:
            line += (f"; baanambitie {ambition['goal']}: {ambition['realised']} in {ambition['measured_quarter']}"
                     f" = {ambition['percent']}%")
        lines.append(line)
    lines += [f"    {q['quarter']}: {q['banen']} banen ({q['source']})" for q in detail["quarters"]]
    return lines


def _sector(line: dict[str, Any]) -> str:
    text = f"  {line['year']} {line['sector']}: {line['banen']} banen"
    if line["extra_banen"] is not None:
        text += f", {line['extra_banen']} extra t.o.v. nulmeting"
    goal = line["target"]
    if goal:
        text += f"; doelstelling {goal['extra_banen']} extra" + (" (ONBEVESTIGD)" if goal["unconfirmed"] else "")
    return text


def render_report(result: dict[str, Any]) -> str:
    lines = [f"Banenafspraak — {result['unit']['rule']}"]
    if "employer" in result:
        return "\n".join(lines + _employer(result["employer"]))
    lines.append("Per jaar en sector / per year and sector:")
    lines += [_sector(line) for line in result["sectors"]]
    lines.append("Per jaar en arbeidsmarktregio / per year and region:")
    lines += [f"  {r['year']} {r['region'] or '-'}: {r['banen']} banen" for r in result["regions"]]
    if not result["sectors"]:
        lines.append("  (geen gegevens / no data)")
    return "\n".join(lines)
