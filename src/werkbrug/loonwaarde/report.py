"""The loonwaarde report as data: what the HTML page, the PDF, the CLI and the API show.

It states the combination rule used (UNCONFIRMED, rules-nl.md 8.1) and that the college sets the
loonwaarde; the report supports the loonwaardedeskundige and decides nothing."""

from __future__ import annotations

from typing import Any

from werkbrug.domain.loonwaarde import compute_loonwaarde
from werkbrug.domain.loonwaarde.parse import measurement_from_dict
from werkbrug.domain.loonwaarde.rules import RULES
from werkbrug.loonwaarde import services
from werkbrug.loonwaarde.models import LoonwaardeMeasurement

COLLEGE = {"nl": "Dit rapport ondersteunt de loonwaardedeskundige. Het college stelt de loonwaarde vast.",
           "en": "This report supports the loonwaardedeskundige. The college sets the loonwaarde."}


def _pair(message: Any) -> dict[str, str]:
    return {"nl": message.nl, "en": message.en}


def report(row: LoonwaardeMeasurement) -> dict[str, Any]:
    data = services.as_input(row)
    result = compute_loonwaarde(measurement_from_dict(data), row.measured_on).as_dict()
    rule = RULES.get(row.combination_rule)
    placement = row.placement
    return {
        "id": row.pk, "status": row.status, "version": row.version, "placement": row.placement_id,
        "work": placement.work.title, "employer": placement.employer_of_record.name,
        "measured_on": data["measured_on"], "reassess_on": data["reassess_on"],
        "contract_hours": data["contract_hours"], "normfunctie": data["normfunctie"],
        "hoofdtaken": [task | detail for task, detail in zip(data["hoofdtaken"], result["hoofdtaken"], strict=True)],
        "deskundige": data["deskundige"], "zienswijzen": data["zienswijzen"],
        "loonwaarde_pct": row.loonwaarde_pct, "unrounded_pct": result["unrounded_pct"],
        "rule": {"name": row.combination_rule, **(_pair(rule.description) if rule else {"nl": "", "en": ""})},
        "parameters": result["parameters"], "unconfirmed": result["unconfirmed"],
        "finalised_at": row.finalised_at.isoformat() if row.finalised_at else None,
        "final_blocked_by": [_pair(m) for m in services.finality(row)] if row.status == "draft" else [],
        "notice": COLLEGE,
    }


def employer_view(row: LoonwaardeMeasurement) -> dict[str, Any]:
    """What an employer may see: the final percentage of their employee's placement, nothing measured."""
    return {"id": row.pk, "placement": row.placement_id, "status": row.status, "loonwaarde_pct": row.loonwaarde_pct,
            "measured_on": row.measured_on.isoformat(), "notice": COLLEGE}
