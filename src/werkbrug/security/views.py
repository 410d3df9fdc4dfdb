"""Login, second factor, OIDC callback, logout and the session-expiry warning endpoint.
Views parse, call the login services and render; nothing else."""

from __future__ import annotations

import time

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from werkbrug.security import audit
from werkbrug.security.login import local, oidc, registry
from werkbrug.security.login.sessions import (
    PENDING_METHOD,
    PENDING_USER,
    complete_login,
    end_session,
    mfa_required,
    origin,
)
from werkbrug.security.middleware import session_times

NEXT = "werkbrug_next"


def _next_url(request: HttpRequest) -> str:
    target = request.session.pop(NEXT, "/")
    return target if url_has_allowed_host_and_scheme(target, {request.get_host()}) else "/"


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    if "next" in request.GET:
        request.session[NEXT] = request.GET["next"]
    form = local.PasswordForm(request.POST or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        user, step = local.check_password(request, form.cleaned_data["username"], form.cleaned_data["password"])
        if user is not None:
            return redirect("security:totp" if step == "totp" else _next_url(request))
        errors.append(local.GENERIC_ERROR)
    elif request.method == "POST":
        errors.append("Vul gebruikersnaam en wachtwoord in.")
    methods = [m for m in registry.available() if m.code != "local"]
    return render(request, "security/login.html", {"form": form, "errors": errors, "methods": methods},
                  status=400 if errors else 200)


@require_http_methods(["GET", "POST"])
def totp_view(request: HttpRequest) -> HttpResponse:
    user = local.pending_user(request)
    if user is None:
        return redirect("security:login")
    device = local.device_for(user)
    form = local.TotpForm(request.POST or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        if local.check_totp(request, user, form.cleaned_data["code"]):
            return redirect(_next_url(request))
        errors.append("De code klopt niet of is verlopen.")
    enrol_uri = "" if device.confirmed else local.totp.provisioning_uri(device.secret, f"user:{user.pk}")
    return render(request, "security/totp.html", {"form": form, "errors": errors, "enrol_uri": enrol_uri,
                                                  "secret": "" if device.confirmed else device.secret},
                  status=400 if errors else 200)


def start_view(request: HttpRequest, code: str) -> HttpResponse:
    method = registry.get(code)
    if method is None:
        raise Http404("unknown login method")
    return method.start(request)


def oidc_callback(request: HttpRequest) -> HttpResponse:
    try:
        user, did_mfa = oidc.finish(request)
    except oidc.OidcError as exc:
        audit.record("login", purpose="aanmelding", result="failed", origin=origin(request), explanation=f"oidc: {exc}")
        return render(request, "security/login.html", {"form": local.PasswordForm(), "methods": [],
                                                       "errors": ["Aanmelden via uw organisatie is mislukt."]},
                      status=403)
    if did_mfa or not mfa_required(user):
        complete_login(request, user, "oidc", mfa_verified=did_mfa)
        return redirect(_next_url(request))
    request.session.cycle_key()  # provider did no second factor: ours is asked for
    request.session[PENDING_USER], request.session[PENDING_METHOD] = user.pk, "oidc"
    request.session[local.PENDING_AT] = time.time()
    return redirect("security:totp")


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    end_session(request)
    return render(request, "security/logged_out.html")


@require_http_methods(["GET", "POST"])
def session_view(request: HttpRequest) -> HttpResponse:
    """GET: seconds left (for the expiry warning, WCAG 2.2.1); POST: extend (the middleware already did)."""
    if not request.user.is_authenticated:
        return JsonResponse({"authenticated": False}, status=401)
    return JsonResponse({"authenticated": True, **{k: max(0, int(v)) for k, v in session_times(request, time.time()).items()}})
