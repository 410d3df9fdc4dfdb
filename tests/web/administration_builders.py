"""Builders for the functional administrator's page tests."""

from __future__ import annotations

from typing import Any

from web_builders import PASSWORD


def make_admin(organisation: Any, username: str = "beheerder") -> Any:
    from django.contrib.auth import get_user_model

    from werkbrug.security.models import Membership

    user = get_user_model().objects.create_user(username, password=PASSWORD)
    Membership.objects.create(user=user, organisation=organisation, role="functional_admin")
    return user


def signed_in(user: Any, mfa: bool = True) -> Any:
    """A test client with a session for ``user`` (as after password and second factor)."""
    from django.test import Client

    from werkbrug.security.access import MFA_SESSION_KEY

    client = Client()
    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = mfa
    session.save()
    return client


def audit_rows(action: str, object_type: str) -> list[Any]:
    from werkbrug.security.models import AuditEvent

    rows = AuditEvent.objects.using("audit").filter(object_type=object_type)
    return list(rows.filter(action=action) if action else rows)
