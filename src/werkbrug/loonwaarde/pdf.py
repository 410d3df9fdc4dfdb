"""The loonwaarde report as a PDF (reportlab): measurement per hoofdtaak, the combination rule used,
the zienswijzen, the loonwaardedeskundige, UNCONFIRMED parameters, and that the college decides.

``compress=False`` writes readable page streams, so tests can find the text without a PDF parser."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table

from werkbrug.pdf_basics import GRID, SMALL, STYLES, paragraph

STATUS = {"draft": "CONCEPT / DRAFT", "final": "DEFINITIEF / FINAL"}
ZIENSWIJZE = {"pending": "nog niet gegeven / not given yet", "recorded": "vastgelegd / recorded",
              "waived": "afgezien / waived"}
DEGREES = {"hbo": "hbo", "wo": "wo", "equivalent": "gelijkwaardig / equivalent", "": "-"}


def _task_table(data: dict[str, Any]) -> Table:
    rows: list[list[Any]] = [["Hoofdtaak", "Uur/week / h/week", "Min./dag / min/day", "Tempo %", "Kwaliteit %",
                              "Netto werktijd %", "Tijdsaandeel / share %", "Arbeidsprestatie %"]]
    for t in data["hoofdtaken"]:
        rows.append([paragraph(t["name"], SMALL), t["hours_per_week"], paragraph(", ".join(t["minutes_per_day"]), SMALL),
                     t.get("tempo") or f"{t.get('measured_output')}/{t.get('norm_output')}", t["kwaliteit"],
                     t["netto_werktijd"], t["time_share_pct"], t["arbeidsprestatie_pct"]])
    table = Table(rows, colWidths=[3.4 * cm, 1.8 * cm, 2.6 * cm, 1.6 * cm, 1.8 * cm, 2 * cm, 2 * cm, 2.2 * cm],
                  repeatRows=1)
    table.setStyle(GRID)
    return table


def _people(data: dict[str, Any]) -> list[Flowable]:
    expert = data["deskundige"]
    lines = [f"Loonwaardedeskundige: {expert['name']} ({expert['organisation'] or '-'}); opleiding / degree "
             f"{DEGREES.get(expert['degree'], expert['degree'])}; {expert['years_experience']} jaar ervaring / years "
             f"of experience; kennis wet en arbeidsmarkt / knows law and labour market: "
             f"{'ja / yes' if expert['knows_law_and_labour_market'] else 'nee / no'}; houdt kennis bij / keeps "
             f"knowledge current: {'ja / yes' if expert['keeps_knowledge_current'] else 'nee / no'}"]
    for party, label in (("employee", "werknemer / employee"), ("employer", "werkgever / employer")):
        z = data["zienswijzen"][party]
        lines.append(f"Zienswijze {label}: {ZIENSWIJZE[z['status']]}{' (' + z['on'] + ')' if z['on'] else ''}"
                     f"{': ' + z['text'] if z['text'] else ''}")
    return [paragraph(line) for line in lines]


def _story(data: dict[str, Any]) -> list[Flowable]:
    norm = data["normfunctie"]
    story: list[Flowable] = [
        paragraph(f"Loonwaarderapport / Loonwaarde report - {STATUS[data['status']]}", STYLES["Title"]),
        paragraph(f"{data['work']} - {data['employer']}; meting / measured {data['measured_on']}; "
                  f"herbeoordeling / re-assessment {data['reassess_on'] or '-'}"),
        paragraph(f"Normfunctie: {norm['name']} ({norm.get('source') or '-'}); normloon "
                  f"{norm.get('normloon_hourly') or '-'} per uur / an hour; voltijd / full time "
                  f"{norm.get('fulltime_hours') or '-'} uur / hours. Arbeidsduur / contract hours: "
                  f"{data['contract_hours']}"),
        Spacer(1, 0.2 * cm), _task_table(data), Spacer(1, 0.3 * cm),
        paragraph(f"Loonwaarde: {data['loonwaarde_pct']}% (onafgerond / unrounded {data['unrounded_pct']}%)",
                  STYLES["Heading2"]),
        paragraph(f"Gebruikte regel / Rule used: {data['rule']['name']} - {data['rule']['nl']} / {data['rule']['en']}"),
    ]
    story += _people(data)
    story += [paragraph(f"ONBEVESTIGD / UNCONFIRMED: {p['name']} = {p['value']} ({p['source']})", SMALL)
              for p in data["unconfirmed"]]
    story += [paragraph(f"Nog niet definitief / Not final yet: {r['nl']} / {r['en']}", SMALL)
              for r in data["final_blocked_by"]]
    story += [Spacer(1, 0.3 * cm), paragraph(f"{data['notice']['nl']} / {data['notice']['en']}", STYLES["Heading3"])]
    return story


def report_pdf(data: dict[str, Any], compress: bool = True) -> bytes:
    out = BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, title="Loonwaarderapport", author="Werkbrug",
                                 leftMargin=1.5 * cm, rightMargin=1.5 * cm, invariant=True, pageCompression=compress)
    document.build(_story(data))
    return out.getvalue()
