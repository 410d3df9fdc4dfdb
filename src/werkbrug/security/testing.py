"""Helpers for tests (and only tests) that need a signed-in API client with a role: through the
real session (with the second factor recorded, as the TOTP step does) or a real API token.
No setting switches a check off; tests get their rights the way users do."""

from __future__ import annotations

import time
from typing import Any

from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from werkbrug.security.access import MFA_SESSION_KEY
from werkbrug.security.middleware import LOGIN_AT, SEEN_AT
from werkbrug.security.models import Membership
from werkbrug.security.tokens import create_token

PASSWORD = "proef-wachtwoord-voor-tests-7"
PURPOSE = "bemiddeling"


def user_with_role(username: str, role: str | None, organisation: Any = None, caseload_only: bool = False) -> Any:
    user = get_user_model().objects.create_user(username, password=PASSWORD)
    if role:
        Membership.objects.create(user=user, organisation=organisation, role=role, caseload_only=caseload_only)
    return user


def session_client(user: Any, mfa: bool = True, purpose: str | None = PURPOSE) -> APIClient:
    """A client logged in through a session; ``mfa``: the second factor was given."""
    client = APIClient()
    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = mfa
    session[LOGIN_AT] = session[SEEN_AT] = time.time()
    session.save()
    if purpose:
        client.credentials(HTTP_X_WERKBRUG_PURPOSE=purpose)
    return client


def token_client(user: Any, issued_by: Any = None, purpose: str | None = PURPOSE) -> APIClient:
    _, token = create_token(user, "test", issued_by=issued_by)
    client = APIClient()
    headers = {"HTTP_AUTHORIZATION": f"Token {token}"}
    if purpose:
        headers["HTTP_X_WERKBRUG_PURPOSE"] = purpose
    client.credentials(**headers)
    return client
