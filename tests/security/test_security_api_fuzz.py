"""Every operation of the committed OpenAPI document, per role, with generated parameters and
bodies (hypothesis, mixing values that break the schema; test_security_schemathesis.py sends
schemathesis' own cases): never a 5xx, and every error is
application/problem+json. One example walks all operations once; two examples per role keep the
run at about two minutes on a quiet machine (docs/security.md#api-robustness)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any
from urllib.parse import urlencode

import pytest
from api_fuzz_strategies import load, parameters, value
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from werkbrug.security.testing import session_client, user_with_role

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
ROLES = ("anonymous", "consultant", "jobcoach", "employer_hr", "inkoper", "policy_analyst", "functional_admin")
DOCUMENT, OPERATIONS = load()
PURPOSES = st.sampled_from([None, "bemiddeling", "verantwoording", "geen-doel"])


@pytest.fixture
def world(tenants: dict[str, Any]) -> dict[str, Any]:
    from record_values import candidate_values
    from werkbrug.registry import services

    users = {role: user_with_role(f"fuzz-{role}", role, tenants["employer" if role == "employer_hr" else "gemeente"])
             for role in ROLES if role != "anonymous"}
    candidate, _ = services.save_record("candidates", candidate_values("fuzz-cand", consultant=None))
    candidate.consultant = users["consultant"]
    candidate.save()
    services.save_record("placements", {
        "external_key": "fuzz-pl", "candidate": "fuzz-cand", "work": "work-1", "kind": "dienstverband",
        "employer_of_record": "emp-1", "hours_per_week": 24, "start_date": date(2025, 3, 1)})
    ids = sorted({1, 2, candidate.pk, tenants["work"].pk, tenants["employer"].pk, tenants["gemeente"].pk})
    return {"users": users, "ids": ids}


def _client(world: dict[str, Any], role: str, purpose: str | None) -> APIClient:
    if role == "anonymous":
        return APIClient()
    return session_client(world["users"][role], purpose=purpose)


def _send(client: APIClient, method: str, url: str, query: dict[str, str], body: Any) -> Any:
    target = f"{url}?{urlencode(query)}" if query else url
    if method in {"get", "delete"}:
        return getattr(client, method)(target)
    return client.generic(method.upper(), target, json.dumps(body), content_type="application/json")


def _problem(op: Any, url: str, query: dict[str, str], response: Any) -> str | None:
    if response.status_code >= 500:
        return f"{op} -> {response.status_code} ({url} {query})"
    kind = response.get("Content-Type", "")
    if response.status_code >= 400 and not kind.startswith("application/problem+json"):
        return f"{op} -> {response.status_code} as {kind!r}, not problem+json ({url} {query})"
    return None


@pytest.mark.parametrize("role", ROLES)
def test_every_operation_answers_without_5xx_and_errors_as_problems(world: dict[str, Any], role: str) -> None:
    assert len(OPERATIONS) > 50  # the walk really covers the API

    @settings(max_examples=2, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def walk(data: st.DataObject) -> None:
        client = _client(world, role, data.draw(PURPOSES, label="purpose"))
        problems = []
        for op in OPERATIONS:
            url, query = data.draw(parameters(DOCUMENT, op, world["ids"]), label=str(op))
            body = data.draw(value(DOCUMENT, op.body), label="body") if op.body else None
            found = _problem(op, url, query, _send(client, op.method, url, query, body))
            if found:
                problems.append(found)
        assert not problems, "\n".join(problems)

    walk()
