"""The one authorisation decision: may this actor do this action on this resource, for these
field classes? Pure: the caller describes the actor and the resource; roles are data
(``werkbrug/data/roles.toml``). Anything not granted is refused (default deny).

Views, API endpoints, exports and CLI paths call :func:`decide` (through
``werkbrug.security.access``); no setting turns it off."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Message

SCOPES = ("all", "organisation", "caseload", "consented", "introduced")
# Scopes that follow a candidate (and what hangs off a candidate, like placements).
CANDIDATE_SCOPES = ("caseload", "consented", "introduced")


@dataclass(frozen=True)
class Permission:
    resources: frozenset[str]
    actions: frozenset[str]
    scope: str
    fields: frozenset[str]


@dataclass(frozen=True)
class Role:
    code: str
    label: Message
    mfa_required: bool
    permissions: tuple[Permission, ...]


@dataclass(frozen=True)
class Policy:
    roles: Mapping[str, Role]
    field_classes: tuple[str, ...]
    actions: tuple[str, ...]
    resources: tuple[str, ...]
    fields_by_kind: Mapping[str, Mapping[str, str]]  # kind -> field name -> class
    purposes: Mapping[str, Message]

    def field_class(self, kind: str, name: str) -> str | None:
        """The class of a field; None (never shown) for an unmapped field of a mapped kind."""
        mapping = self.fields_by_kind.get(kind)
        if mapping is None:
            return "general"
        return mapping.get(name)


@dataclass(frozen=True)
class Grant:
    """A membership: a role in an organisation, optionally limited to the own caseload."""

    role: str
    organisation_id: int
    caseload_only: bool = False


@dataclass(frozen=True)
class Sharing:
    """A recorded data-sharing agreement: provider shares these field classes with recipient."""

    provider_id: int
    recipient_id: int
    field_classes: frozenset[str]


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    grants: tuple[Grant, ...] = ()
    sharing: tuple[Sharing, ...] = ()
    mfa_verified: bool = False
    active: bool = True


@dataclass(frozen=True)
class Resource:
    """What is acted on, described by the facts the policy looks at (never its contents)."""

    kind: str
    organisation_ids: frozenset[int] = frozenset()
    consultant_id: int | None = None
    consented: bool = False
    introduced_to: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: Message
    field_classes: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return self.allowed


def _permission(raw: Mapping[str, Any]) -> Permission:
    scope = str(raw["scope"])
    if scope not in SCOPES:
        raise ValueError(f"roles.toml: unknown scope {scope!r}")
    return Permission(frozenset(raw["resources"]), frozenset(raw["actions"]), scope, frozenset(raw["fields"]))


def policy_from_toml(text: str) -> Policy:
    raw = tomllib.loads(text)
    roles = {
        code: Role(code, Message(spec["label_nl"], spec["label_en"]), bool(spec["mfa_required"]),
                   tuple(_permission(p) for p in spec["permissions"]))
        for code, spec in raw["roles"].items()
    }
    fields_by_kind = {
        kind: {name: cls for cls, names in classes.items() for name in names}
        for kind, classes in raw.get("field_classes_by_kind", {}).items()
    }
    purposes = {code: Message(p["nl"], p["en"]) for code, p in raw["audit_purposes"].items()}
    return Policy(roles, tuple(raw["field_classes"]), tuple(raw["actions"]), tuple(raw["resources"]),
                  fields_by_kind, purposes)


@cache
def default_policy() -> Policy:
    return policy_from_toml(files("werkbrug.data").joinpath("roles.toml").read_text("utf-8"))


def _organisation_classes(actor: Actor, grant: Grant, resource: Resource) -> frozenset[str] | None:
    """Field classes reachable through the grant's tenant: all when the object is the tenant's
    own, the shared classes when a provider shares with the tenant, None otherwise."""
    if grant.organisation_id in resource.organisation_ids:
        return frozenset(default_policy().field_classes)
    shared: set[str] = set()
    for agreement in actor.sharing:
        if agreement.recipient_id == grant.organisation_id and agreement.provider_id in resource.organisation_ids:
            shared |= agreement.field_classes
    return frozenset(shared) if shared else None


def _scope_classes(actor: Actor, grant: Grant, scope: str, resource: Resource) -> frozenset[str] | None:
    everything = frozenset(default_policy().field_classes)
    if scope == "organisation" and grant.caseload_only and resource.kind in {"candidates", "placements"}:
        scope = "caseload"
    if scope == "all":
        return everything
    if scope == "organisation":
        return _organisation_classes(actor, grant, resource)
    if scope == "caseload":
        if actor.user_id is None or resource.consultant_id != actor.user_id:
            return None
        return _organisation_classes(actor, grant, resource)
    if scope == "consented":
        return everything if resource.kind == "candidates" and resource.consented else None
    if scope == "introduced":
        return everything if grant.organisation_id in resource.introduced_to else None
    return None


def permitted_classes(actor: Actor, action: str, resource: Resource, policy: Policy | None = None
                      ) -> frozenset[str]:
    """Every field class the actor may act on for this resource (empty: no access at all)."""
    policy = policy or default_policy()
    if not actor.active or actor.user_id is None:
        return frozenset()
    classes: set[str] = set()
    for grant in actor.grants:
        role = policy.roles.get(grant.role)
        if role is None or (role.mfa_required and not actor.mfa_verified):
            continue
        for permission in role.permissions:
            if action not in permission.actions or resource.kind not in permission.resources:
                continue
            reachable = _scope_classes(actor, grant, permission.scope, resource)
            if reachable:
                classes |= permission.fields & reachable
    return frozenset(classes)


def _refusal(actor: Actor, policy: Policy) -> Message:
    if not actor.active or actor.user_id is None:
        return Message("geen actief account", "no active account")
    if any(policy.roles.get(g.role) and policy.roles[g.role].mfa_required for g in actor.grants) \
            and not actor.mfa_verified:
        return Message("tweestapsverificatie vereist", "two-factor authentication required")
    return Message("geen recht op deze handeling voor dit object", "no permission for this action on this object")


def decide(actor: Actor, action: str, resource: Resource, fields: Iterable[str] = (),
           policy: Policy | None = None) -> Decision:
    """Allow when the actor may do ``action`` on ``resource`` for every requested field class
    (for at least one class when none is requested)."""
    policy = policy or default_policy()
    if action not in policy.actions or resource.kind not in policy.resources:
        return Decision(False, Message(f"onbekende handeling of soort: {action} {resource.kind}",
                                       f"unknown action or kind: {action} {resource.kind}"))
    classes = permitted_classes(actor, action, resource, policy)
    if not classes:
        return Decision(False, _refusal(actor, policy))
    missing = sorted(set(fields) - classes)
    if missing:
        names = ", ".join(missing)
        return Decision(False, Message(f"geen recht op veldklasse(n) {names}", f"no permission for field class(es) {names}"),
                        classes)
    return Decision(True, Message("toegestaan", "allowed"), classes)


def filter_record(kind: str, record: Mapping[str, Any], classes: Iterable[str],
                  policy: Policy | None = None) -> dict[str, Any]:
    """Keep only the fields whose class is permitted; unmapped fields of mapped kinds are dropped."""
    policy = policy or default_policy()
    allowed = set(classes)
    return {name: value for name, value in record.items() if policy.field_class(kind, name) in allowed}


def fields_of_classes(kind: str, classes: Iterable[str], policy: Policy | None = None) -> frozenset[str]:
    policy = policy or default_policy()
    allowed = set(classes)
    return frozenset(name for name, cls in policy.fields_by_kind.get(kind, {}).items() if cls in allowed)
