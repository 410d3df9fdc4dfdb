"""Who is asking, for whom: built once per request and handed to services.

Authorisation (issue: security) will scope reads and writes by ``organisation`` and the
actor's roles; until then any authenticated user may do everything."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from werkbrug.registry.models import Organisation


@dataclass(frozen=True)
class RequestContext:
    actor: Any  # the authenticated django user
    organisation: Organisation | None = None
    language: str = "nl"

    @property
    def actor_id(self) -> int | None:
        return getattr(self.actor, "pk", None)
