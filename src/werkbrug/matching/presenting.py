"""A pair's verdict as a plain dict a consultant can read (Dutch or English) and JSON can carry."""

from __future__ import annotations

from typing import Any

from werkbrug.domain.errors import Message
from werkbrug.domain.matching.evaluate import PairResult
from werkbrug.domain.matching.specs import CandidateSpec, WorkSpec

VERDICT_TEXT = {
    "fits": Message("past", "fits"),
    "fits_with_accommodations": Message("past met voorzieningen", "fits with accommodations"),
    "fits_without_tasks": Message("past zonder taak", "fits without task"),
    "excluded": Message("past niet", "does not fit"),
}
COMPONENT_TEXT = {
    "skills": Message("vaardigheden (overlap)", "skills (overlap)"),
    "experience": Message("ervaring in het beroep", "experience in the occupation"),
    "preference": Message("wensen (uren, dagdelen, beroep, sector)", "wishes (hours, day parts, occupation, sector)"),
    "travel": Message("reisafstand", "travel distance"),
    "waiting": Message("wachttijd", "waiting time"),
    "support": Message("begeleiding bij de werkgever", "support at the employer"),
    "accommodation_cost": Message("kosten voorzieningen", "cost of accommodations"),
}


def _summary(result: PairResult, language: str) -> str:
    text = VERDICT_TEXT[result.verdict].text(language)
    if result.carving:
        names = ", ".join(f"'{n}'" for n in result.carving.dropped_names)
        hours = f"{result.carving.dropped_hours:g}"
        text += (f" {names} ({hours} uur; blijft {result.carving.remaining_hours:g} uur)" if language == "nl"
                 else f" {names} ({hours} hours; {result.carving.remaining_hours:g} hours remain)")
    return text


def pair_dict(result: PairResult, candidate: CandidateSpec, work: WorkSpec, language: str = "nl") -> dict[str, Any]:
    return {
        "candidate": candidate.key, "work": work.key, "verdict": result.verdict,
        "summary": _summary(result, language), "score": result.score,
        "components": [{"name": name, "label": COMPONENT_TEXT[name].text(language), "value": value,
                        "contribution": result.contributions[name]} for name, value in result.components.items()],
        "conflicts": [{"kind": c.kind, "item": c.item, "task": c.task, "demand": c.demand, "capacity": c.capacity,
                       "text": c.message.text(language)} for c in result.conflicts],
        "accommodations": [{"code": a.code, "name": a.name.text(language), "cost": str(a.cost),
                            "cost_period": a.cost_period, "funding_route": a.funding_route,
                            "relieves": list(a.relieves)} for a in result.accommodations],
        "carving": None if result.carving is None else {
            "dropped_tasks": list(result.carving.dropped), "dropped_hours": result.carving.dropped_hours,
            "remaining_hours": result.carving.remaining_hours},
    }


def render_pair(row: dict[str, Any], language: str = "nl") -> str:
    nl = language == "nl"
    score = "-" if row["score"] is None else f"{row['score']:.2f}"
    lines = [f"{row['candidate']} × {row['work']}: {row['summary']} (score {score})"]
    lines += [f"  + {c['label']}: {c['contribution']:+.2f}" for c in row["components"]]
    lines += [f"  ! {c['text']}" for c in row["conflicts"]]
    lines += [f"  > {a['name']}: € {a['cost']} ({a['cost_period']}, {a['funding_route']})"
              + (f" {'verlicht' if nl else 'relieves'} {', '.join(a['relieves'])}" if a["relieves"] else "")
              for a in row["accommodations"]]
    return "\n".join(lines)
