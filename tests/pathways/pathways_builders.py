"""Shared builders of the pathways tests: a candidate in a caseload, a placement, accounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any


def candidate(key: str = "cand-1", consultant: Any = None, **overrides: Any) -> Any:
    from record_values import candidate_values
    from werkbrug.registry import services as registry
    from werkbrug.registry.models import Candidate

    bsn = {"cand-1": "111222333", "cand-2": "123456782", "cand-3": "100000009"}.get(key, "111222333")
    obj, _ = registry.save_record("candidates", candidate_values(key, bsn=bsn, **overrides))
    if consultant is not None:
        Candidate.objects.filter(pk=obj.pk).update(consultant=consultant)
    return Candidate.objects.get(pk=obj.pk)


def placement(cand: Any, start: date, end: date | None = None, reason: str = "", key: str = "pl-1") -> Any:
    from werkbrug.registry import services as registry

    values: dict[str, Any] = {"external_key": key, "candidate": cand.external_key, "work": "work-1",
                              "kind": "dienstverband", "employer_of_record": "emp-1",
                              "hours_per_week": Decimal("24"), "start_date": start}
    if end is not None:
        values |= {"end_date": end, "end_reason": reason}
    obj, _ = registry.save_record("placements", values)
    return obj


def account(name: str, role: str, organisation: Any) -> Any:
    from werkbrug.security.testing import user_with_role

    return user_with_role(name, role, organisation)
