"""Every URL pattern is covered: each API route's view declares a rule for every action it
answers, and the matrix sends at least one request to it. A new endpoint without a policy, or
one the matrix does not exercise, fails here. Routes outside the API belong to a declared area."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from matrix_world import build
from test_security_matrix_api import all_cells

API = "api/v1/"
PUBLIC_API = {"api/v1/schema/", "api/v1/docs/", "api/v1/redoc/"}  # the OpenAPI description, no data
# Routes whose views are default-deny until they declare access_policy (none left: the SROI
# ledger joined the matrix in tests/security_matrix/matrix_cells_sroi.py).
PENDING: tuple[str, ...] = ()
# Outside the API: the web app (pages decide through werkbrug.web.access), the security login
# pages (public by nature) and Django's admin (security login with second factor).
AREAS = ("admin/", "auth/", "")
HANDLERS = ("get", "post", "put", "patch", "delete")


def patterns(resolver: URLResolver | None = None, prefix: str = "") -> list[tuple[str, Any]]:
    found = []
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            found += patterns(entry, route)
        elif isinstance(entry, URLPattern):
            found.append((route, entry.callback))
    return found


def normal(route: str) -> str:
    """'api/v1/^work/(?P<pk>[^/.]+)/$' and 'api/v1/work/<int:pk>' -> 'api/v1/work/<pk>'."""
    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", route).replace("^", "").replace("$", "")
    return re.sub(r"<\w+:(\w+)>", r"<\1>", route).rstrip("/")


def api_routes() -> list[tuple[str, Any]]:
    found = [(normal(r), cb) for r, cb in patterns() if "(?P<format>" not in r and "<drf_format_suffix" not in r]
    return [(r, cb) for r, cb in found if r.startswith(API) and f"{r}/" not in PUBLIC_API
            and not r.startswith(PENDING)]


def _view(callback: Any) -> Any:
    return getattr(callback, "cls", None) or getattr(callback, "view_class", None)


def _actions(callback: Any) -> list[str]:
    actions = getattr(callback, "actions", None)
    if actions:
        return sorted(set(actions.values()))
    view = _view(callback)
    return [m for m in HANDLERS if hasattr(view, m)]


def test_every_api_view_declares_a_rule_for_every_action() -> None:
    missing = []
    for route, callback in api_routes():
        view = _view(callback)
        policy = getattr(view, "access_policy", None)
        if isinstance(policy, property):
            policy = policy.fget(view.__new__(view))  # type: ignore[union-attr]
        if policy is None:
            missing.append(f"{route}: no access_policy")
        elif not callable(policy):
            missing += [f"{route} {a}: no rule" for a in _actions(callback) if a not in policy]
    assert not missing, "\n".join(missing)


@pytest.mark.django_db(databases=["default", "audit"])
def test_the_matrix_exercises_every_api_route() -> None:
    world = build("functional_admin")
    hit = {normal(resolve(cell.path.split("?")[0]).route) for cell in all_cells(world, "functional_admin")}
    # the alias without a trailing slash answers with the same view as the documented route
    unexercised = sorted({r for r, _ in api_routes()} - hit)
    assert not unexercised, "routes the matrix never calls: " + ", ".join(unexercised)


def test_every_route_outside_the_api_belongs_to_a_declared_area() -> None:
    outside = [r for r, _ in patterns() if not r.startswith(API)]
    assert outside
    for route in outside:
        assert route.startswith(AREAS), route
    assert any(r.startswith("admin/login") for r in outside), "admin login must redirect to the security login"


@pytest.mark.django_db(databases=["default", "audit"])
def test_pending_routes_are_refused_until_they_declare_a_policy() -> None:
    """Default deny: SROI routes answer 403 even to a functional administrator for now."""
    from werkbrug.security.testing import session_client

    world = build("functional_admin")
    client = session_client(world.users["functional_admin"])
    for route, callback in patterns():
        if normal(route).startswith(PENDING) and getattr(_view(callback), "access_policy", None) is None:
            assert client.get("/api/v1/sroi/workflow/").status_code == 403
            return
