"""Local accounts (development and break-glass): password with argon2id, then TOTP where required."""

from __future__ import annotations

import time
from typing import Any

from django import forms
from django.contrib.auth import authenticate, get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from werkbrug.domain import totp
from werkbrug.security import audit
from werkbrug.security.login import registry, throttle
from werkbrug.security.login.sessions import (
    PENDING_METHOD,
    PENDING_USER,
    complete_login,
    mfa_required,
    origin,
)
from werkbrug.security.models import TotpDevice

PENDING_AT = "werkbrug_pending_at"
PENDING_SECONDS = 300
GENERIC_ERROR = "Aanmelden mislukt. Controleer gebruikersnaam en wachtwoord, of probeer het later opnieuw."


class PasswordForm(forms.Form):
    username = forms.CharField(label="Gebruikersnaam", max_length=150,
                               widget=forms.TextInput(attrs={"autocomplete": "username"}))
    password = forms.CharField(label="Wachtwoord", max_length=128, strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))


class TotpForm(forms.Form):
    code = forms.CharField(label="Code uit uw authenticator-app", max_length=8,
                           widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}))


class LocalLogin(registry.LoginMethod):
    def start(self, request: HttpRequest) -> HttpResponse:
        return redirect("security:login")


registry.register(LocalLogin("local", "Gebruikersnaam en wachtwoord", "User name and password"))


def check_password(request: HttpRequest, username: str, password: str) -> tuple[Any, str | None]:
    """(user, next step) on success: next step "totp" or None (logged in). (None, None) on failure.
    Failures and lockouts answer the same generic message; unknown users cost a hash too (ModelBackend)."""
    ip = origin(request) or None
    if throttle.is_locked(username, ip):
        audit.record("login", purpose="aanmelding", result="refused", origin=origin(request), explanation="locked")
        return None, None
    user = authenticate(request, username=username, password=password)
    if user is None:
        throttle.register_failure(username, ip)
        audit.record("login", purpose="aanmelding", result="failed", origin=origin(request), explanation="password")
        return None, None
    throttle.clear(username)
    if mfa_required(user) or TotpDevice.objects.filter(user=user, confirmed=True).exists():
        request.session.cycle_key()
        request.session[PENDING_USER], request.session[PENDING_METHOD] = user.pk, "local"
        request.session[PENDING_AT] = time.time()
        return user, "totp"
    complete_login(request, user, "local", mfa_verified=False)
    return user, None


def pending_user(request: HttpRequest) -> Any:
    started = request.session.get(PENDING_AT, 0)
    pk = request.session.get(PENDING_USER)
    if pk is None or time.time() - started > PENDING_SECONDS:
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first()


def device_for(user: Any) -> TotpDevice:
    device, _ = TotpDevice.objects.get_or_create(user=user, defaults={"secret": totp.new_secret()})
    return device


def check_totp(request: HttpRequest, user: Any, code: str, now: float | None = None) -> bool:
    device = device_for(user)
    name_key = f"user:{user.pk}"
    if throttle.is_locked(name_key, origin(request) or None):
        return False
    step = totp.verify(device.secret, code, time.time() if now is None else now, device.last_used_step)
    if step is None:
        throttle.register_failure(name_key, origin(request) or None)
        audit.record("login", purpose="aanmelding", result="failed", actor=user, origin=origin(request),
                     explanation="totp")
        return False
    device.last_used_step, device.confirmed = step, True
    device.save(update_fields=["last_used_step", "confirmed"])
    method = request.session.get(PENDING_METHOD, "local")
    complete_login(request, user, f"{method}+totp", mfa_verified=True)
    return True
