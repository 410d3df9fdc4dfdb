"""Command-line paths that read or export personal data run as a named operator: ``--as USER``
(or the WERKBRUG_OPERATOR environment variable). The same decision function decides and the
same audit rows are written as for the API, with origin ``cli``.

Someone at the server's command line has passed the server's own access control, so an
operator counts as having given a second factor; the operator's roles still limit what they may do."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import CommandError, CommandParser
from django.db.models import Model, QuerySet

from werkbrug.domain import authorisation as policy
from werkbrug.domain.authorisation import Actor, Decision, Resource
from werkbrug.security import access, audit, fieldpolicy

ENV = "WERKBRUG_OPERATOR"


@dataclass(frozen=True)
class Operator:
    user: Any
    actor: Actor
    purpose: str

    @property
    def organisation_id(self) -> int | None:
        return next((g.organisation_id for g in self.actor.grants), None)


def add_arguments(parser: CommandParser, purpose: str = "registratie") -> None:
    parser.add_argument("--as", dest="operator", default=None, metavar="USER",
                        help=f"run as this named operator (or set {ENV}); their role decides what is allowed")
    parser.add_argument("--purpose", default=purpose, choices=sorted(policy.default_policy().purposes),
                        help=f"why (audit purpose; default {purpose})")


def operator_for(options: dict[str, Any]) -> Operator:
    name = options.get("operator") or os.environ.get(ENV, "")
    if not name:
        raise CommandError(f"geef een operator op met --as USER of {ENV} / name an operator with --as USER or {ENV}")
    user = get_user_model().objects.filter(username=name, is_active=True).first()
    if user is None:
        audit.record("cli", purpose="beheer", result="refused", origin="cli", explanation="unknown operator")
        raise CommandError("onbekende of inactieve operator / unknown or inactive operator")
    return Operator(user, access.actor_for(user, mfa_verified=True), options.get("purpose") or "registratie")


def authorise(operator: Operator, action: str, target: Model | Resource, classes: tuple[str, ...] = ()) -> Decision:
    try:
        return access.authorise(operator.actor, action, target, classes, user=operator.user,
                                purpose=operator.purpose)
    except PermissionDenied as refused:
        raise CommandError(f"geweigerd / refused: {refused}") from refused


def require(operator: Operator, kind: str, action: str, classes: tuple[str, ...] = ()) -> None:
    """A kind-level operation (all candidates of a region, the retention run): the role must grant it."""
    if not fieldpolicy.gate(operator.actor, kind, action, classes):
        audit.record(action, purpose=operator.purpose, result="refused", actor=operator.user,
                     organisation_id=operator.organisation_id, object_type=kind, origin="cli")
        raise CommandError(f"geweigerd / refused: {action} {kind}")


def permitted(operator: Operator, obj: Model, action: str = "read") -> frozenset[str]:
    return policy.permitted_classes(operator.actor, action, access.resource_for(obj))


def scoped(operator: Operator, queryset: QuerySet[Any], action: str) -> QuerySet[Any]:
    return access.scope_queryset(operator.actor, queryset, action)


def record(operator: Operator, action: str, kind: str, object_id: object = "", subject_id: int | None = None,
           explanation: str = "") -> None:
    audit.record(action, purpose=operator.purpose, actor=operator.user, organisation_id=operator.organisation_id,
                 object_type=kind, object_id=object_id, subject_id=subject_id, origin="cli", explanation=explanation)
