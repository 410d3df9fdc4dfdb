"""Signing a user in on a web client with the second factor given (for tests outside fixtures)."""

from __future__ import annotations

from typing import Any

from django.test import Client


def signed_in(user: Any) -> Client:
    from werkbrug.security.access import MFA_SESSION_KEY

    client = Client()
    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = True
    session.save()
    return client
