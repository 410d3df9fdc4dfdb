"""Django's admin goes through the security login: /admin/login/ redirects there, and the admin
answers only to sessions that gave the second factor (staff accounts are administrators)."""

from __future__ import annotations

from typing import Any

from django.contrib.admin import AdminSite
from django.http import HttpRequest
from django.urls import URLPattern, path
from django.views.generic import RedirectView

from werkbrug.security.access import MFA_SESSION_KEY


def protect(site: AdminSite) -> list[URLPattern]:
    """Require the second factor on ``site``; answers the login redirect to put before its urls."""
    original = site.has_permission

    def has_permission(request: HttpRequest) -> bool:
        return bool(original(request) and request.session.get(MFA_SESSION_KEY))

    site.has_permission = has_permission  # type: ignore[method-assign]
    redirect: Any = RedirectView.as_view(pattern_name="security:login", query_string=True)
    return [path("admin/login/", redirect, name="admin-login-redirect")]
