"""What an API, export or CLI path may show, on top of the decision: pure functions over
roles.toml (no Django), so the authorisation matrix test computes its expectation from them.

- ``gate``: may the actor do ``action`` on ``kind`` in at least one scope, for these classes?
  (kind-level operations without one object: region reports, catalogues, calculators)
- ``shown_fields``: a serialized record reduced to the permitted classes, minus the fields
  withheld from the actor's roles ([withheld_fields]).
- ``needs_purpose``: whether a read returning these fields needs a purpose ([purpose_required])."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.authorisation import Actor, default_policy, filter_record


@dataclass(frozen=True)
class Extras:
    purpose_classes: frozenset[str]
    purpose_fields: frozenset[str]
    withheld: Mapping[str, Mapping[str, frozenset[str]]]  # role -> kind -> fields


@cache
def extras() -> Extras:
    raw = tomllib.loads(files("werkbrug.data").joinpath("roles.toml").read_text("utf-8"))
    required = raw.get("purpose_required", {})
    withheld = {role: {kind: frozenset(names) for kind, names in kinds.items()}
                for role, kinds in raw.get("withheld_fields", {}).items()}
    return Extras(frozenset(required.get("field_classes", ())), frozenset(required.get("fields", ())), withheld)


def _roles(actor: Actor) -> list[Any]:
    """The roles that count: an inactive actor has none, an MFA role needs the second factor."""
    if not actor.active or actor.user_id is None:
        return []
    roles = default_policy().roles
    found = [roles[g.role] for g in actor.grants if g.role in roles]
    return [r for r in found if actor.mfa_verified or not r.mfa_required]


def gate(actor: Actor, kind: str, action: str, classes: Iterable[str] = ()) -> bool:
    needed = set(classes)
    return any(action in p.actions and kind in p.resources and needed <= p.fields
               for role in _roles(actor) for p in role.permissions)


def withheld(actor: Actor, kind: str) -> frozenset[str]:
    """Fields withheld from every role of the actor for this kind (a field shown to any role is shown)."""
    roles = [r.code for r in _roles(actor)]
    if not roles:
        return frozenset()
    sets = [extras().withheld.get(code, {}).get(kind, frozenset()) for code in roles]
    return frozenset.intersection(*sets)


def shown_fields(actor: Actor, kind: str, record: Mapping[str, Any], classes: Iterable[str]) -> dict[str, Any]:
    hidden = withheld(actor, kind)
    return {k: v for k, v in filter_record(kind, record, classes).items() if k not in hidden}


def sensitive_fields(kind: str, names: Iterable[str]) -> list[str]:
    """The fields among ``names`` whose read needs a purpose and an audit row."""
    policy, extra = default_policy(), extras()
    return [n for n in names if n in extra.purpose_fields or policy.field_class(kind, n) in extra.purpose_classes]


def needs_purpose(classes: Iterable[str]) -> bool:
    return bool(set(classes) & extras().purpose_classes)
