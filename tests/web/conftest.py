"""Fixtures for the web pages: a consultant (signed in with a second factor) with a caseload,
an employer HR officer, and the registry base (a gemeente, an employer, an open work item)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from web_builders import build_world


def sign_in(client: Client, user: Any, mfa: bool = True) -> Client:
    from werkbrug.security.access import MFA_SESSION_KEY

    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = mfa
    session.save()
    return client


@pytest.fixture
def world(registry_base: dict[str, Any], catalogues: None) -> dict[str, Any]:
    return build_world(registry_base)


@pytest.fixture
def consultant_client(world: dict[str, Any]) -> Client:
    return sign_in(Client(), world["consultant"])


@pytest.fixture
def hr_client(world: dict[str, Any]) -> Client:
    return sign_in(Client(), world["hr"], mfa=False)
