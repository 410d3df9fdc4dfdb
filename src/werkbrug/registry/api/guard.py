"""What a registry write is about, before it exists: the tenants and the candidate named in
the request, so that creating (or moving) a record is decided like reading it."""

from __future__ import annotations

from typing import Any

from werkbrug.domain.authorisation import Resource
from werkbrug.registry.models import Candidate, Work
from werkbrug.security import access

# request fields that name a tenant, per kind
TENANT_FIELDS = {"locations": ("organisation",), "candidates": ("organisation",),
                 "work": ("employer", "executed_by"), "placements": ("employer_of_record", "inlener")}


def moves(kind: str, data: dict[str, Any]) -> bool:
    """Does the request name a tenant or candidate (so the new state must be decided too)?"""
    return any(k in data for k in (*TENANT_FIELDS.get(kind, ()), "candidate", "work"))


def resource_from_data(kind: str, data: dict[str, Any]) -> Resource:
    orgs = {data[name] for name in TENANT_FIELDS.get(kind, ()) if data.get(name)}
    facts: dict[str, Any] = {}
    if kind == "tasks" and data.get("work"):
        work = Work.objects.filter(pk=data["work"]).first()
        if work is not None:
            orgs |= access.resource_for(work).organisation_ids
    if kind == "placements" and data.get("candidate"):
        candidate = Candidate.objects.filter(pk=data["candidate"]).first()
        if candidate is not None:
            described = access.resource_for(candidate)
            orgs |= described.organisation_ids
            facts = {"consultant_id": described.consultant_id, "consented": described.consented,
                     "introduced_to": described.introduced_to}
    return Resource(kind, frozenset(int(o) for o in orgs), **facts)
