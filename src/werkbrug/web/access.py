"""The web app's one door to authorisation.

``can`` is the single hook every page asks; it hands the question to security's pure
``decide()`` (through werkbrug.security.access). Views never inspect roles themselves."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from django.db.models import Model, QuerySet
from django.http import HttpRequest

from werkbrug.domain.authorisation import Actor, Decision, Resource, decide
from werkbrug.security import access as security

ACTOR_ATTR = "_werkbrug_actor"
CONSULTANT_ROLES = frozenset({"consultant", "jobcoach", "functional_admin"})
EMPLOYER_ROLES = frozenset({"employer_hr"})


def actor(request: HttpRequest) -> Actor:
    """The signed-in user as the policy sees them; built once per request (two queries)."""
    cached = getattr(request, ACTOR_ATTR, None)
    if cached is None:
        cached = security.actor_for_request(request)
        setattr(request, ACTOR_ATTR, cached)
    return cached


def resource(obj_or_resource: Model | Resource, kind: str | None = None) -> Resource:
    described = obj_or_resource if isinstance(obj_or_resource, Resource) else security.resource_for(obj_or_resource)
    return replace(described, kind=kind) if kind else described


def can(request: HttpRequest, action: str, obj_or_resource: Model | Resource, fields: tuple[str, ...] = (),
        kind: str | None = None) -> Decision:
    """THE hook: may the signed-in user do ``action`` on this object (for these field classes)?"""
    return decide(actor(request), action, resource(obj_or_resource, kind), fields)


def require(request: HttpRequest, action: str, obj_or_resource: Model | Resource, fields: tuple[str, ...] = (),
            kind: str | None = None, purpose: str = "bemiddeling") -> Decision:
    """Like ``can`` but a refusal is audited and raised as PermissionDenied (403)."""
    return security.authorise(actor(request), action, resource(obj_or_resource, kind), fields,
                              user=request.user, purpose=purpose, request=request)


def scoped(request: HttpRequest, queryset: QuerySet[Any], action: str = "read") -> QuerySet[Any]:
    """The rows of ``queryset`` the user may ``action`` (lists are filtered, never refused)."""
    return security.scope_queryset(actor(request), queryset, action)


def roles(request: HttpRequest) -> frozenset[str]:
    if not request.user.is_authenticated:
        return frozenset()
    return frozenset(g.role for g in actor(request).grants)


def organisation_ids(request: HttpRequest, role_codes: frozenset[str] = CONSULTANT_ROLES) -> list[int]:
    return sorted({g.organisation_id for g in actor(request).grants if g.role in role_codes})
