"""schemathesis against the committed OpenAPI document (docs/api/openapi.yaml), per role, calling the
Django WSGI application in-process: no operation answers with a 5xx (schemathesis'
not_a_server_error) and every 4xx is application/problem+json. Users sign in the way the browser
does: a real session cookie, a CSRF cookie and token for writes, and the X-Werkbrug-Purpose header.
A few derandomised examples per operation keep the run short (docs/security.md#api-robustness)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.http import HttpRequest
from django.middleware.csrf import get_token
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

from werkbrug.security.testing import PURPOSE, session_client, user_with_role

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.yaml"
ROLES = ("anonymous", "consultant", "jobcoach", "employer_hr", "inkoper", "policy_analyst", "functional_admin")
SCHEMA = schemathesis.openapi.from_path(str(OPENAPI))
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]
EXAMPLES = 2  # per operation and role: about 90 s for all roles on two cores


@cache
def strategies() -> dict[str, Any]:
    """One case strategy per operation, built once for all roles."""
    return {op.label: op.as_strategy() for op in OPERATIONS}


@pytest.fixture
def wsgi_app() -> Iterator[Any]:
    """The real WSGI handler; like Django's test client it keeps the test's connection open
    between requests, so the requests see (and roll back with) the test transaction."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def world(tenants: dict[str, Any]) -> dict[str, Any]:
    from record_values import candidate_values
    from werkbrug.registry import services

    users = {role: user_with_role(f"st-{role}", role, tenants["employer" if role == "employer_hr" else "gemeente"])
             for role in ROLES if role != "anonymous"}
    candidate, _ = services.save_record("candidates", candidate_values("st-cand", consultant=None))
    candidate.consultant = users["consultant"]
    candidate.save()
    return {"users": users}


def _credentials(world: dict[str, Any], role: str) -> tuple[dict[str, str], dict[str, str]]:
    """Cookies and headers of a signed-in browser: session, CSRF pair, purpose of processing."""
    if role == "anonymous":
        return {}, {}
    session = session_client(world["users"][role]).cookies[django_settings.SESSION_COOKIE_NAME].value
    request = HttpRequest()
    token = get_token(request)  # the masked token for the header; the cookie holds its secret
    cookies = {django_settings.SESSION_COOKIE_NAME: session,
               django_settings.CSRF_COOKIE_NAME: request.META["CSRF_COOKIE"]}
    return cookies, {"X-CSRFToken": token, "X-Werkbrug-Purpose": PURPOSE}


def _content_type(response: Any) -> str:
    for name, values in response.headers.items():
        if name.lower() == "content-type":
            return values[0] if isinstance(values, list) else values
    return ""


@pytest.mark.parametrize("role", ROLES)
def test_schemathesis_finds_no_server_error_and_only_problem_json_errors(
        world: dict[str, Any], wsgi_app: Any, role: str) -> None:
    assert len(OPERATIONS) > 50  # the committed document really describes the API
    cookies, headers = _credentials(world, role)

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(st.data())
    def walk(data: st.DataObject) -> None:
        failures = []
        for label, strategy in strategies().items():
            case = data.draw(strategy, label=label)
            response = case.call(app=wsgi_app, cookies=cookies, headers=headers)
            try:
                case.validate_response(response, checks=[not_a_server_error], headers=headers)
            except schemathesis.errors.FailureGroup as group:
                failures.append(f"{label}: {group.message.strip()}")
            kind = _content_type(response)
            if 400 <= response.status_code < 500 and not kind.startswith("application/problem+json"):
                failures.append(f"{label} -> {response.status_code} as {kind!r}, not problem+json")
        assert not failures, "\n".join(failures)

    walk()
