"""Starting and ending sessions: the one place every login method finishes through."""

from __future__ import annotations

import time
from typing import Any

from django.contrib.auth import login, logout
from django.contrib.sessions.models import Session
from django.db import transaction
from django.http import HttpRequest

from werkbrug.domain.authorisation import default_policy
from werkbrug.security import audit
from werkbrug.security.access import MFA_SESSION_KEY
from werkbrug.security.middleware import LOGIN_AT, SEEN_AT
from werkbrug.security.models import Membership, UserSession

PENDING_USER, PENDING_METHOD = "werkbrug_pending_user", "werkbrug_pending_method"


def mfa_required(user: Any) -> bool:
    roles = default_policy().roles
    codes = Membership.objects.filter(user=user).values_list("role", flat=True)
    return user.is_superuser or any(roles[c].mfa_required for c in codes if c in roles)


def origin(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR", ""))


def complete_login(request: HttpRequest, user: Any, method: str, mfa_verified: bool) -> None:
    """Log in (Django cycles the session id), remember the second factor, track the session."""
    if mfa_required(user) and not mfa_verified:
        raise PermissionError("tweede factor vereist / second factor required")
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    request.session.pop(PENDING_USER, None)
    request.session.pop(PENDING_METHOD, None)
    request.session[MFA_SESSION_KEY] = mfa_verified
    request.session[LOGIN_AT] = request.session[SEEN_AT] = time.time()
    request.session.save()
    UserSession.objects.get_or_create(user=user, session_key=request.session.session_key)
    audit.record("login", purpose="aanmelding", actor=user, origin=origin(request), explanation=method)


def end_session(request: HttpRequest) -> None:
    user = request.user if request.user.is_authenticated else None
    if user is not None:
        UserSession.objects.filter(session_key=request.session.session_key).delete()
        audit.record("logout", purpose="aanmelding", actor=user, origin=origin(request))
    logout(request)  # flushes the session data and cycles the key


def end_all_sessions(user: Any) -> int:
    keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=keys).delete()
    UserSession.objects.filter(user=user).delete()
    return len(keys)


@transaction.atomic
def deactivate(user: Any, by: Any = None) -> int:
    """Deactivating an account ends every session it has."""
    user.is_active = False
    user.save(update_fields=["is_active"])
    ended = end_all_sessions(user)
    audit.record("deactivate", purpose="beheer", actor=by, object_type="accounts", object_id=user.pk)
    return ended
