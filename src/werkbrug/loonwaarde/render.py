"""The loonwaarde report as plain text (`werkbrug loonwaarde show`), Dutch with English where it matters."""

from __future__ import annotations

from typing import Any


def report_text(data: dict[str, Any]) -> str:
    lines = [f"Loonwaarde {data['id']} ({data['status']}): {data['loonwaarde_pct']}% "
             f"(onafgerond {data['unrounded_pct']}%), meting {data['measured_on']}, "
             f"herbeoordeling {data['reassess_on'] or '-'}",
             f"Normfunctie: {data['normfunctie']['name']} ({data['normfunctie'].get('source') or '-'})",
             f"Regel: {data['rule']['nl']} [{data['rule']['name']}]"]
    lines += [f"  {t['name']}: {t['hours_per_week']} uur, tijdsaandeel {t['time_share_pct']}%, "
              f"arbeidsprestatie {t['arbeidsprestatie_pct']}%" for t in data["hoofdtaken"]]
    lines += [f"Zienswijze {party}: {z['status']}" for party, z in data["zienswijzen"].items()]
    lines += [f"Nog niet definitief: {r['nl']}" for r in data["final_blocked_by"]]
    lines += [f"ONBEVESTIGD: {p['name']} = {p['value']} ({p['source']})" for p in data["unconfirmed"]]
    lines.append(data["notice"]["nl"])
    return "\n".join(lines)
