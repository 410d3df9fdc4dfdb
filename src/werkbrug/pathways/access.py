"""How the pathways rows are described to the authorisation decision: a candidate's trajectory,
learning routes and follow-up contacts are the resource kind "pathways" (roles.toml), owned by the
candidate's organisation and following the candidate's consultant/jobcoach (caseload scope); the
outcome figures are the aggregate-only kind "pathway_outcomes"."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from werkbrug.domain.authorisation import Actor, Resource, decide
from werkbrug.registry.models import Candidate

KIND = "pathways"
OUTCOMES = Resource("pathway_outcomes")
FIELDS = ("general",)


def resource(candidate: Candidate) -> Resource:
    orgs = frozenset({candidate.organisation_id}) if candidate.organisation_id else frozenset()
    return Resource(KIND, orgs, consultant_id=candidate.consultant_id)


def permitted(actor: Actor, action: str, candidates: QuerySet[Candidate] | None = None) -> QuerySet[Candidate]:
    """The candidates whose pathways the actor may `action` (lists are filtered, never refused).
    Every pathways grant lies within the grant's organisation, so only those candidates are asked."""
    orgs = {g.organisation_id for g in actor.grants}
    base = (candidates if candidates is not None else Candidate.objects.all()).filter(organisation_id__in=orgs)
    rows: Any = base.only("id", "organisation_id", "consultant_id")
    ids = [c.pk for c in rows if decide(actor, action, resource(c), FIELDS).allowed]
    return Candidate.objects.filter(pk__in=ids)


def permitted_gate(actor: Actor, action: str = "update") -> bool:
    """Whether any of the actor's roles may `action` pathways in some scope (pages that list them)."""
    from werkbrug.security.fieldpolicy import gate

    return gate(actor, KIND, action, FIELDS)
