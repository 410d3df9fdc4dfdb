"""Glue between Django objects and the pure decision in werkbrug.domain.authorisation.

``actor_for`` describes a user, ``resource_for`` describes an object, ``authorise`` decides and
records refusals, ``scope_queryset`` filters lists with the same rules (lists filtered; a single
object outside the grant is refused with 403 by the caller)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q, QuerySet
from django.utils import timezone

from werkbrug.domain import authorisation as policy
from werkbrug.domain.authorisation import Actor, Decision, Grant, Resource, Sharing
from werkbrug.security import audit
from werkbrug.security.models import DataSharingAgreement, Introduction, Membership

MFA_SESSION_KEY = "werkbrug_mfa"

# Where each kind keeps its tenants and its candidate (query paths; mirrored in resource_for).
ORGANISATION_PATHS: dict[str, tuple[str, ...]] = {
    "organisations": ("id",),
    "locations": ("organisation_id",),
    "work": ("employer_id", "executed_by_id"),
    "tasks": ("work__employer_id", "work__executed_by_id"),
    "candidates": ("organisation_id",),
    "placements": ("candidate__organisation_id", "employer_of_record_id", "inlener_id"),
    "introductions": ("organisation_id", "candidate__organisation_id"),
}
CANDIDATE_PATH = {"candidates": "", "placements": "candidate__", "introductions": "candidate__"}
MODEL_KINDS = {"organisation": "organisations", "location": "locations", "work": "work", "task": "tasks",
               "candidate": "candidates", "placement": "placements", "introduction": "introductions",
               "skill": "reference", "accommodationtype": "reference",
               # a match proposal and an employer's contact request are steps towards an introduction
               "matchproposal": "introductions", "contactrequest": "introductions",
               # a Social Return contract and its entries belong to its buyer and its supplier
               "contract": "sroi", "entry": "sroi"}
# Models whose tenants sit elsewhere than their kind's default paths.
MODEL_ORGANISATION_PATHS: dict[str, tuple[str, ...]] = {
    "matchproposal": ("candidate__organisation_id", "work__employer_id", "work__executed_by_id"),
    "contactrequest": ("employer_id", "candidate__organisation_id", "work__employer_id"),
    "contract": ("buyer_id", "supplier_id"),
    "entry": ("contract__buyer_id", "contract__supplier_id"),
}


def organisation_paths(model_name: str, kind: str) -> tuple[str, ...]:
    return MODEL_ORGANISATION_PATHS.get(model_name) or ORGANISATION_PATHS.get(kind, ())


def actor_for(user: Any, mfa_verified: bool = False, today: date | None = None) -> Actor:
    if user is None or not getattr(user, "is_authenticated", False):
        return Actor(user_id=None, active=False)
    today = today or timezone.localdate()
    grants = tuple(Grant(m.role, m.organisation_id, m.caseload_only) for m in Membership.objects.filter(user=user))
    orgs = {g.organisation_id for g in grants}
    agreements = DataSharingAgreement.objects.filter(recipient_id__in=orgs, valid_from__lte=today).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=today))
    sharing = tuple(Sharing(a.provider_id, a.recipient_id, frozenset(a.field_classes)) for a in agreements)
    return Actor(user.pk, grants, sharing, mfa_verified=mfa_verified, active=user.is_active)


def actor_for_request(request: Any) -> Actor:
    return actor_for(request.user, mfa_verified=bool(request.session.get(MFA_SESSION_KEY)))


def kind_of(obj_or_model: Any) -> str:
    return MODEL_KINDS.get(obj_or_model._meta.model_name, obj_or_model._meta.model_name)


def _value(obj: Any, path: str) -> Any:
    for part in path.split("__"):
        obj = getattr(obj, part, None) if obj is not None else None
    return obj


def _candidate_facts(candidate: Any) -> dict[str, Any]:
    introduced = Introduction.objects.filter(candidate=candidate, candidate_consent_at__isnull=False,
                                             consent_withdrawn_at__isnull=True)
    return {"consultant_id": candidate.consultant_id,
            "consented": candidate.visible_by_candidate and candidate.visible_by_consultant,
            "introduced_to": frozenset(introduced.values_list("organisation_id", flat=True))}


def resource_for(obj: Model) -> Resource:
    kind = kind_of(obj)
    paths = organisation_paths(obj._meta.model_name, kind)
    orgs = frozenset(v for p in paths if (v := _value(obj, p)) is not None)
    facts: dict[str, Any] = {}
    if kind in CANDIDATE_PATH:
        candidate = obj if kind == "candidates" else obj.candidate  # type: ignore[attr-defined]
        facts = _candidate_facts(candidate)
    return Resource(kind, orgs, **facts)


def _origin(request: Any) -> str:
    return str(request.META.get("REMOTE_ADDR", "")) if request is not None else "cli"


def authorise(actor: Actor, action: str, obj_or_resource: Model | Resource, fields: tuple[str, ...] = (), *,
              user: Any = None, purpose: str = "registratie", request: Any = None) -> Decision:
    """Decide; a refusal is recorded in the audit trail and raised as PermissionDenied (403)."""
    resource = obj_or_resource if isinstance(obj_or_resource, Resource) else resource_for(obj_or_resource)
    decision = policy.decide(actor, action, resource, fields)
    if not decision.allowed:
        object_id = "" if isinstance(obj_or_resource, Resource) else obj_or_resource.pk
        subject = object_id if resource.kind == "candidates" and object_id != "" else None
        audit.record(action, purpose=purpose, result="refused", actor=user, object_type=resource.kind,
                     object_id=object_id, subject_id=subject, origin=_origin(request),
                     organisation_id=next((g.organisation_id for g in actor.grants), None))
        raise PermissionDenied(str(decision.reason))
    return decision


def _scope_q(actor: Actor, grant: Grant, scope: str, kind: str, fields: frozenset[str],
             paths: tuple[str, ...] = ()) -> Q | None:
    candidate = CANDIDATE_PATH.get(kind)
    if scope == "organisation" and grant.caseload_only and kind in {"candidates", "placements"}:
        scope = "caseload"
    providers = [s.provider_id for s in actor.sharing
                 if s.recipient_id == grant.organisation_id and s.field_classes & fields]
    tenants = Q()
    for path in paths:
        tenants |= Q(**{f"{path}__in": [grant.organisation_id, *providers]})
    if scope == "organisation":
        return tenants if paths else None
    if candidate is None:
        return None
    if scope == "caseload":
        return tenants & Q(**{f"{candidate}consultant_id": actor.user_id})
    if scope == "consented" and kind == "candidates":
        return Q(visible_by_candidate=True, visible_by_consultant=True)
    if scope == "introduced":
        return Q(**{f"{candidate}introductions__organisation_id": grant.organisation_id,
                    f"{candidate}introductions__candidate_consent_at__isnull": False,
                    f"{candidate}introductions__consent_withdrawn_at__isnull": True})
    return None


def scope_queryset(actor: Actor, queryset: QuerySet[Any], action: str = "read") -> QuerySet[Any]:
    """The objects of ``queryset`` the actor may ``action`` for at least one field class."""
    kind = kind_of(queryset.model)
    paths = organisation_paths(queryset.model._meta.model_name, kind)
    if not actor.active or actor.user_id is None:
        return queryset.none()
    condition: Q | None = None
    for grant in actor.grants:
        role = policy.default_policy().roles.get(grant.role)
        if role is None or (role.mfa_required and not actor.mfa_verified):
            continue
        for permission in role.permissions:
            if action in permission.actions and kind in permission.resources:
                if permission.scope == "all":
                    return queryset.all()  # an empty Q would vanish when or-ed with others
                q = _scope_q(actor, grant, permission.scope, kind, permission.fields, paths)
                if q is not None:
                    condition = q if condition is None else condition | q
    return queryset.none() if condition is None else queryset.filter(condition).distinct()
