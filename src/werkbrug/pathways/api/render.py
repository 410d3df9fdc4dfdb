"""Pathways rows as API bodies (what a view returns; no model is saved here)."""

from __future__ import annotations

from typing import Any

from werkbrug.domain.pathways import learning as learning_domain
from werkbrug.pathways import followup, learning, services
from werkbrug.registry.models import Candidate


def candidate_body(candidate: Candidate) -> dict[str, Any]:
    catalogue = learning_domain.load()
    routes = []
    for r in learning.routes_of(candidate):
        dossier = catalogue.dossiers.get(r.crebo)
        statuses = {p.werkproces: p.status for p in r.progress.all()}
        share = learning_domain.progress(dossier, r.target, statuses).share if dossier else None
        routes.append({"id": r.pk, "crebo": r.crebo, "level": r.level, "target": r.target, "status": r.status,
                       "leerbedrijf": r.leerbedrijf_id, "praktijkopleider": r.praktijkopleider,
                       "start_date": r.start_date, "completed_on": r.completed_on,
                       "certificate_code": r.certificate_code, "share_achieved": share,
                       "werkprocessen": [{"code": p.werkproces, "status": p.status, "evidence": p.evidence,
                                          "assessed_on": p.assessed_on} for p in r.progress.all()]})
    return {
        "candidate": candidate.pk,
        "trajectory": [{"id": p.pk, "situation": p.situation, "start_date": p.start_date, "end_date": p.end_date,
                        "transition_kind": p.transition_kind, "support": p.support}
                       for p in services.timeline(candidate)],
        "learning_routes": routes,
        "followup": [{"id": c.pk, "kind": c.kind, "placement": c.placement_id, "planned_on": c.planned_on,
                      "held_on": c.held_on, "outcome": c.outcome, "notes": c.notes}
                     for c in followup.contacts_of(candidate)],
    }


def reminder_body(reminder: followup.Reminder) -> dict[str, Any]:
    c = reminder.contact
    return {"contact": c.pk, "candidate": c.candidate_id, "kind": c.kind, "planned_on": c.planned_on,
            "state": reminder.state, "days": reminder.days, "placement": c.placement_id}
