"""A matching row as the actor may see it: the candidate's identity only with the identifying
class, FML conflicts, accommodations, carving and support only with the health_fml class
(an employer sees the verdict, the score and the health-free components)."""

from __future__ import annotations

from typing import Any

from rest_framework.request import Request

from werkbrug.domain.authorisation import permitted_classes
from werkbrug.matching.presenting import VERDICT_TEXT
from werkbrug.registry.models import Candidate
from werkbrug.security import access
from werkbrug.security.api import request_actor

HEALTH_FREE_COMPONENTS = {"skills", "experience", "preference", "travel", "waiting"}


def classes_for(request: Request, candidate: Candidate | None) -> frozenset[str]:
    if candidate is None:
        return frozenset()
    return permitted_classes(request_actor(request), "read", access.resource_for(candidate))


def _components(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if k in HEALTH_FREE_COMPONENTS}
    return [c for c in value or [] if isinstance(c, dict) and c.get("name") in HEALTH_FREE_COMPONENTS]


def redact(row: dict[str, Any], classes: frozenset[str], language: str = "nl") -> dict[str, Any]:
    out = dict(row)
    if "identifying" not in classes:
        for name in ("candidate", "candidate_key"):
            if name in out:
                out[name] = None
    if "health_fml" not in classes:
        for name, empty in (("conflicts", []), ("accommodations", []), ("carving", None), ("explanation", {})):
            if name in out:
                out[name] = empty
        if "components" in out:
            out["components"] = _components(out["components"])
        if "summary" in out and out.get("verdict") in VERDICT_TEXT:
            out["summary"] = VERDICT_TEXT[out["verdict"]].text(language)
    return out
