"""Matrix cells of the pathways API: outcomes are aggregates (pathway_outcomes), a candidate's
trajectory, learning routes and follow-up contacts are decided per candidate (kind pathways)."""

from __future__ import annotations

from matrix_cells import Cell
from matrix_world import World

from werkbrug.domain.authorisation import Actor, decide
from werkbrug.pathways.access import FIELDS, OUTCOMES, resource
from werkbrug.security.fieldpolicy import gate


def _no_personal_rows(body: object) -> list[str]:
    text = str(body)
    return [f"outcomes mention {word}" for word in ("Persoon", "MX-C-", "bsn") if word in text]


def cells(world: World, actor: Actor) -> list[Cell]:
    out = [Cell("pathways outcomes", "get", "/api/v1/pathways/outcomes/",
                gate(actor, "pathway_outcomes", "read", FIELDS) and decide(actor, "read", OUTCOMES, FIELDS).allowed,
                check=_no_personal_rows),
           Cell("pathways reminders", "get", "/api/v1/pathways/reminders/?all=true",
                gate(actor, "pathways", "read", FIELDS))]
    for relation, cand in world.candidates.items():
        res = resource(cand)
        base = f"/api/v1/pathways/candidates/{cand.pk}/"
        out += [
            Cell(f"pathways candidate {relation}", "get", base,
                 gate(actor, "pathways", "read", FIELDS) and decide(actor, "read", res, FIELDS).allowed),
            Cell(f"pathways transition {relation}", "post", base + "transitions/",
                 gate(actor, "pathways", "create", FIELDS) and decide(actor, "create", res, FIELDS).allowed,
                 body={"situation": "dagbesteding", "start_date": "2025-01-01"}),
            Cell(f"pathways contact {relation}", "post", base + "contacts/",
                 gate(actor, "pathways", "update", FIELDS) and decide(actor, "update", res, FIELDS).allowed,
                 body={"kind": "contact", "held_on": "2025-01-01", "outcome": "going_well"}),
        ]
    return out
