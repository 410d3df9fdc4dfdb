"""The API's one door to authorisation: a DRF permission that asks the security decision for
every request, and the helpers views use to scope lists, strip fields, require a purpose and
write audit rows. Every view declares ``access_policy`` (DRF action or HTTP method -> Rule);
a view or method without one is refused (default deny) and fails the matrix coverage test."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Model, QuerySet
from rest_framework import exceptions
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from werkbrug.domain import authorisation as policy
from werkbrug.domain.authorisation import Actor, Decision, Resource
from werkbrug.domain.errors import Message
from werkbrug.domain.pseudonyms import pseudonym
from werkbrug.security import access, audit, fieldpolicy
from werkbrug.security.models import ApiToken

PURPOSE_HEADER = "X-Werkbrug-Purpose"
EXPLANATION_HEADER = "X-Werkbrug-Explanation"  # optional free text beside the purpose (X-Audit-Toelichting)
DEFAULT_PURPOSE = "registratie"
ACTIONS = {"list": "read", "retrieve": "read", "create": "create", "update": "update",
           "partial_update": "update", "destroy": "delete"}


@dataclass(frozen=True)
class Rule:
    """``action`` on ``kind`` for at least ``classes``. ``on="object"``: the view's object is
    decided (403 outside the grant); ``on="gate"``: the role needs the permission in some scope
    (kind-level operations; the view scopes what it returns). ``export``: needs a purpose."""

    kind: str
    action: str
    classes: tuple[str, ...] = ()
    on: str = "gate"
    export: bool = False

    def needs_purpose(self) -> bool:
        return self.export or fieldpolicy.needs_purpose(self.classes)


REFERENCE = Rule("reference", "read")
Policy = Mapping[str, Rule] | Callable[[Any, Request], Rule | None]


def record_policy(kind: str) -> dict[str, Rule]:
    """CRUD on a registry kind: lists scoped, single objects decided."""
    return {name: Rule(kind, action, on="gate" if name in {"list", "create"} else "object")
            for name, action in ACTIONS.items()}


def rule_for(view: Any, request: Request) -> Rule | None:
    declared: Policy | None = getattr(view, "access_policy", None)
    method = request.method.lower() if request.method else ""
    if method == "options":
        return REFERENCE  # metadata: field descriptions, no data
    key = getattr(view, "action", None) or ("get" if method == "head" else method)
    if callable(declared):
        return declared(view, request)
    return declared.get(key) if declared else None


def request_actor(request: Request) -> Actor:
    cached = getattr(request, "_werkbrug_actor", None)
    if cached is None:
        token = getattr(request, "auth", None)
        if isinstance(token, ApiToken):
            cached = access.actor_for(request.user, mfa_verified=token.approved_by_id is not None)
        else:
            cached = access.actor_for_request(request)
        request._werkbrug_actor = cached
    return cached


def _organisation(actor: Actor) -> int | None:
    return next((g.organisation_id for g in actor.grants), None)


def purpose(request: Request, required: bool = False) -> str:
    """The purpose code of X-Werkbrug-Purpose; a 400 naming the header when required and missing."""
    from werkbrug.registry.api.problems import (
        field_error,  # late: DRF loads this module from its settings
    )
    raw = request.headers.get(PURPOSE_HEADER, "").strip()
    if raw and raw not in policy.default_policy().purposes:
        raise field_error(PURPOSE_HEADER, "invalid", Message(
            f"onbekend doel; kies uit {', '.join(policy.default_policy().purposes)}",
            f"unknown purpose; choose from {', '.join(policy.default_policy().purposes)}"))
    if not raw and required:
        raise field_error(PURPOSE_HEADER, "required", Message(
            f"geef het doel van deze inzage in de header {PURPOSE_HEADER}",
            f"state the purpose of this access in the header {PURPOSE_HEADER}"))
    return raw or DEFAULT_PURPOSE


def explanation(request: Request) -> str:
    """The optional free text of X-Werkbrug-Explanation, for the audit row (cut at 500 characters)."""
    return request.headers.get(EXPLANATION_HEADER, "").strip()[:500]


def refuse(request: Request, rule: Rule | None, obj_id: object = "") -> None:
    actor = request_actor(request)
    audit.record(rule.action if rule else "request", purpose=purpose(request), result="refused",
                 actor=request.user, organisation_id=_organisation(actor),
                 object_type=rule.kind if rule else "", object_id=obj_id, origin=_origin(request),
                 explanation=request.path[:200])
    raise exceptions.PermissionDenied()


def _origin(request: Request) -> str:
    return str(request.META.get("REMOTE_ADDR", ""))


class DecisionPermission(BasePermission):
    """Default deny: no rule, or a rule the actor's roles do not grant, is a 403 with an audit row."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False  # DRF answers 401 with the authenticate header
        if request.method and request.method.lower() not in {"options", "head"} \
                and getattr(view, request.method.lower(), None) is None:
            return True  # no handler: DRF answers 405
        rule = rule_for(view, request)
        if rule is None or not fieldpolicy.gate(request_actor(request), rule.kind, rule.action, rule.classes):
            refuse(request, rule)
        purpose(request, required=bool(rule and rule.needs_purpose()))
        return True

    def has_object_permission(self, request: Request, view: Any, obj: Any) -> bool:
        rule = rule_for(view, request)
        if rule is None:
            refuse(request, rule)
            return False
        if rule.on != "object":
            return True  # kind-level rule (catalogues, runs): the gate decided
        target = view.access_resource(obj) if hasattr(view, "access_resource") else obj
        decide(request, rule.action, target, rule.classes)
        return True


def decide(request: Request, action: str, target: Model | Resource, classes: Iterable[str] = ()) -> Decision:
    """Decide one object; a refusal is audited and answered 403."""
    actor = request_actor(request)
    return access.authorise(actor, action, target, tuple(classes), user=request.user, purpose=purpose(request),
                            request=request)


def scoped(request: Request, queryset: QuerySet[Any], action: str = "read") -> QuerySet[Any]:
    return access.scope_queryset(request_actor(request), queryset, action)


def may(request: Request, action: str, target: Model | Resource, classes: Iterable[str] = ()) -> bool:
    resource = target if isinstance(target, Resource) else access.resource_for(target)
    return policy.decide(request_actor(request), action, resource, tuple(classes)).allowed


def shown(request: Request, kind: str, obj: Model, data: Mapping[str, Any]) -> dict[str, Any]:
    """One serialized record as this actor may see it (field classes, withheld fields, pseudonym)."""
    actor = request_actor(request)
    if kind not in policy.default_policy().fields_by_kind:
        return dict(data)
    classes = policy.permitted_classes(actor, "read", access.resource_for(obj))
    record = fieldpolicy.shown_fields(actor, kind, data, classes)
    if kind == "candidates" and "identifying" not in classes and "pseudonymised" in classes:
        record["pseudonym"] = pseudonym(settings.WERKBRUG_PSEUDONYM_KEY, f"org:{_organisation(actor)}", obj.pk)
    return record


def audit_reads(request: Request, kind: str, records: list[tuple[Model, Mapping[str, Any]]]) -> None:
    """One audit row per record that shows health/FML data or a BSN; a purpose is required then."""
    sensitive = [obj for obj, data in records if fieldpolicy.sensitive_fields(kind, data)]
    if not sensitive:
        return
    why = purpose(request, required=True)
    organisation = _organisation(request_actor(request))
    for obj in sensitive:
        audit.record("read", purpose=why, actor=request.user, organisation_id=organisation, object_type=kind,
                     object_id=obj.pk, subject_id=subject_of(obj), origin=_origin(request),
                     explanation=explanation(request))


def audit_event(request: Request, action: str, kind: str, obj: Any = None, subject_id: int | None = None,
                required: bool = False) -> None:
    """One row for a write, an export or a read of health data that is not a record."""
    audit.record(action, purpose=purpose(request, required=required), actor=request.user,
                 organisation_id=_organisation(request_actor(request)), object_type=kind,
                 object_id=getattr(obj, "pk", obj) if obj is not None else "",
                 subject_id=subject_id if subject_id is not None else subject_of(obj), origin=_origin(request),
                 explanation=explanation(request))


def subject_of(obj: Any) -> int | None:
    """The candidate a record is about (for the inzageverzoek), if any."""
    if obj is None or not hasattr(obj, "_meta"):
        return None
    if obj._meta.model_name == "candidate":
        return int(obj.pk)
    return getattr(obj, "candidate_id", None)


def classes_of(kind: str, names: Iterable[str]) -> tuple[str, ...]:
    """The field classes a write touches (unmapped fields count as general)."""
    found = {policy.default_policy().field_class(kind, n) or "general" for n in names if n != "version"}
    return tuple(sorted(found))
