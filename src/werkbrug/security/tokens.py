"""Personal API tokens (``Authorization: Token …``).

Only the sha256 of a token is stored. A token of a user whose role requires two-factor
authentication may only be issued by a functional administrator of one of the user's
organisations (the decision function, resource ``accounts``, action ``create``); such a token
counts as the second factor, because issuing it was a controlled, audited act. Every issued
token is recorded in the audit trail."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.utils import timezone
from rest_framework import authentication, exceptions
from rest_framework.request import Request

from werkbrug.domain.authorisation import Resource, decide
from werkbrug.domain.errors import Message
from werkbrug.security import audit
from werkbrug.security.access import actor_for
from werkbrug.security.login.sessions import mfa_required
from werkbrug.security.models import ApiToken, Membership

PREFIX = "wbt_"
DEFAULT_DAYS = 90
MAX_DAYS = 366


class TokenRefused(Exception):
    def __init__(self, message: Message):
        self.message = message
        super().__init__(str(message))


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _may_issue(issuer: Any, user: Any) -> bool:
    """A functional administrator allowed to create accounts in one of the user's organisations."""
    if issuer is None or not issuer.is_active:
        return False
    if not Membership.objects.filter(user=issuer, role="functional_admin").exists():
        return False
    orgs = frozenset(Membership.objects.filter(user=user).values_list("organisation_id", flat=True))
    return bool(decide(actor_for(issuer, mfa_verified=True), "create", Resource("accounts", orgs)))


def create_token(user: Any, name: str, days: int = DEFAULT_DAYS, issued_by: Any = None) -> tuple[ApiToken, str]:
    """Issue a token; answers (stored row, the token). The token is never retrievable again."""
    if not user.is_active:
        raise TokenRefused(Message("account is niet actief", "account is not active"))
    if not 1 <= days <= MAX_DAYS:
        raise TokenRefused(Message(f"geldigheid moet 1 tot {MAX_DAYS} dagen zijn",
                                   f"validity must be 1 to {MAX_DAYS} days"))
    admin = issued_by if _may_issue(issued_by, user) else None
    if mfa_required(user) and admin is None:
        audit.record("token_create", purpose="beheer", result="refused", actor=issued_by, object_type="accounts",
                     object_id=user.pk, origin="cli")
        raise TokenRefused(Message(
            "voor deze rol met tweestapsverificatie mag alleen een functioneel beheerder een token uitgeven (--as)",
            "for this role with two-factor authentication only a functional administrator may issue a token (--as)"))
    token = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken.objects.create(user=user, name=name[:100], key_hash=digest(token), approved_by=admin,
                                  expires_at=timezone.now() + timedelta(days=days))
    audit.record("token_create", purpose="beheer", actor=issued_by or user, object_type="accounts",
                 object_id=user.pk, origin="cli", explanation=f"token {row.pk}")
    return row, token


def revoke(user: Any, by: Any = None) -> int:
    count, _ = ApiToken.objects.filter(user=user).delete()
    audit.record("token_revoke", purpose="beheer", actor=by, object_type="accounts", object_id=user.pk,
                 origin="cli", explanation=f"{count} token(s)")
    return int(count)


class TokenAuthentication(authentication.BaseAuthentication):
    """``Authorization: Token <token>``; an unknown, expired or inactive token is a 401."""

    keyword = "Token"

    def authenticate(self, request: Request) -> tuple[Any, ApiToken] | None:
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed()
        try:
            token = parts[1].decode()
        except UnicodeError:
            raise exceptions.AuthenticationFailed() from None
        row = ApiToken.objects.select_related("user").filter(key_hash=digest(token)).first()
        now = timezone.now()
        if row is None or row.expires_at <= now or not row.user.is_active:
            raise exceptions.AuthenticationFailed()
        if row.last_used_at is None or now - row.last_used_at > timedelta(minutes=1):
            ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
        return row.user, row

    def authenticate_header(self, request: Request) -> str:
        return f'{self.keyword} realm="api"'
