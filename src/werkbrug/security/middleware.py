"""Security headers on every response, and idle/absolute session timeouts."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse

from werkbrug.security import conf

# No inline scripts (ASVS 3.4, 50.x): only same-origin scripts. Swagger UI/Redoc are served from
# the sidecar package (same origin); inline styles stay allowed for them.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

LOGIN_AT, SEEN_AT = "werkbrug_login_at", "werkbrug_seen_at"
STATUS_PATH = "/auth/session/"


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.setdefault("Referrer-Policy", "same-origin")
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("X-Content-Type-Options", "nosniff")
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            # personal data must not stay in browser or proxy caches
            response["Cache-Control"] = "no-store"
        return response


def session_times(request: Any, now: float) -> dict[str, float]:
    """Seconds left before the idle and absolute limits (for the 'extend session' warning)."""
    session = request.session
    idle_left = session.get(SEEN_AT, now) + conf.SESSION_IDLE_SECONDS - now
    max_left = session.get(LOGIN_AT, now) + conf.SESSION_MAX_SECONDS - now
    return {"idle_left": idle_left, "absolute_left": max_left}


class SessionTimeoutMiddleware:
    """Ends a session idle for WERKBRUG_SESSION_IDLE_SECONDS or older than WERKBRUG_SESSION_MAX_SECONDS."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and hasattr(request, "session"):
            now = time.time()
            left = session_times(request, now)
            if left["idle_left"] <= 0 or left["absolute_left"] <= 0:
                from werkbrug.security import audit

                user = request.user
                logout(request)
                audit.record("session_expired", purpose="aanmelding", actor=user,
                             origin=str(request.META.get("REMOTE_ADDR", "")))
            else:
                request.session.setdefault(LOGIN_AT, now)
                if not (request.method == "GET" and request.path.endswith(STATUS_PATH)):
                    request.session[SEEN_AT] = now  # asking how long is left must not extend it
        return self.get_response(request)


