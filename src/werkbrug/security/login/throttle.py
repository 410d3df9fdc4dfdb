"""Lockout per account and throttling per IP address after repeated failed logins."""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from werkbrug.security import conf
from werkbrug.security.models import LoginFailure


def username_key(username: str) -> str:
    """Failures are counted per account without storing the name typed (it may be anything)."""
    return hmac.new(settings.SECRET_KEY.encode(), username.strip().lower().encode(), hashlib.sha256).hexdigest()


def _since() -> object:
    return timezone.now() - timedelta(seconds=conf.LOCKOUT_WINDOW_SECONDS)


def is_locked(username: str, ip: str | None) -> bool:
    recent = LoginFailure.objects.filter(at__gte=_since())
    if recent.filter(username_key=username_key(username)).count() >= conf.LOCKOUT_ACCOUNT_FAILURES:
        return True
    return bool(ip) and recent.filter(ip=ip).count() >= conf.LOCKOUT_IP_FAILURES


def register_failure(username: str, ip: str | None) -> None:
    LoginFailure.objects.create(username_key=username_key(username), ip=ip or None, at=timezone.now())


def clear(username: str) -> None:
    LoginFailure.objects.filter(username_key=username_key(username)).delete()
