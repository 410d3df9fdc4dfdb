"""OpenID Connect login against the organisation's identity provider: authorisation code flow
with PKCE (S256), state and nonce; the ID token's RS256 signature is checked against the
provider's JWKS; the account is found by (issuer, sub), never by e-mail."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import urllib.parse
import urllib.request
from typing import Any

import jwt
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from werkbrug.security import conf
from werkbrug.security.login import registry
from werkbrug.security.models import OidcIdentity

SESSION_KEY = "werkbrug_oidc"
TIMEOUT = 10
# amr values that mean the provider already did a second factor (RFC 8176)
MFA_AMR = {"mfa", "otp", "hwk", "swk", "sms", "fpt", "face", "pin"}


class OidcError(Exception):
    """The provider's answer cannot be trusted; the message names the check, never a token."""


def _get_json(url: str, data: dict[str, str] | None = None) -> dict[str, Any]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise OidcError("provider must use https")
    with urllib.request.urlopen(urllib.request.Request(url, data=body), timeout=TIMEOUT) as response:  # noqa: S310 - scheme checked above  # nosec B310
        return dict(json.loads(response.read().decode()))


def discovery(issuer: str) -> dict[str, Any]:
    return _get_json(issuer.rstrip("/") + "/.well-known/openid-configuration")


def _challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


class OidcLogin(registry.LoginMethod):
    def is_available(self) -> bool:
        return bool(conf.OIDC["issuer"] and conf.OIDC["client_id"])

    def start(self, request: HttpRequest) -> HttpResponse:
        config = discovery(conf.OIDC["issuer"])
        state, nonce, verifier = (secrets.token_urlsafe(32) for _ in range(3))
        request.session[SESSION_KEY] = {"state": state, "nonce": nonce, "verifier": verifier}
        query = urllib.parse.urlencode({
            "response_type": "code", "client_id": conf.OIDC["client_id"], "scope": conf.OIDC["scope"],
            "redirect_uri": request.build_absolute_uri(reverse("security:oidc-callback")),
            "state": state, "nonce": nonce, "code_challenge": _challenge(verifier), "code_challenge_method": "S256",
        })
        return HttpResponseRedirect(f"{config['authorization_endpoint']}?{query}")


registry.register(OidcLogin("oidc", "Inloggen via uw organisatie", "Sign in through your organisation"))


def _exchange(request: HttpRequest, config: dict[str, Any], code: str, verifier: str) -> dict[str, Any]:
    return _get_json(config["token_endpoint"], {
        "grant_type": "authorization_code", "code": code, "code_verifier": verifier,
        "redirect_uri": request.build_absolute_uri(reverse("security:oidc-callback")),
        "client_id": conf.OIDC["client_id"], "client_secret": conf.OIDC["client_secret"],
    })


def _verify_id_token(config: dict[str, Any], id_token: str, nonce: str) -> dict[str, Any]:
    try:
        key = jwt.PyJWKClient(config["jwks_uri"], timeout=TIMEOUT).get_signing_key_from_jwt(id_token)
        claims = jwt.decode(id_token, key.key, algorithms=["RS256"], audience=conf.OIDC["client_id"],
                            issuer=config["issuer"], options={"require": ["exp", "iat", "sub", "nonce"]})
    except jwt.PyJWTError as exc:
        raise OidcError(f"ID token refused: {type(exc).__name__}") from None
    if not secrets.compare_digest(str(claims["nonce"]), nonce):
        raise OidcError("nonce mismatch")
    return dict(claims)


def finish(request: HttpRequest) -> tuple[Any, bool]:
    """Check the callback; return (user, provider did MFA). Raises OidcError on any doubt."""
    expected = request.session.pop(SESSION_KEY, None)
    if not expected or not secrets.compare_digest(request.GET.get("state", ""), expected["state"]):
        raise OidcError("state mismatch")
    if "error" in request.GET or not request.GET.get("code"):
        raise OidcError("provider returned no code")
    config = discovery(conf.OIDC["issuer"])
    tokens = _exchange(request, config, request.GET["code"], expected["verifier"])
    claims = _verify_id_token(config, str(tokens.get("id_token", "")), expected["nonce"])
    identity = OidcIdentity.objects.select_related("user").filter(
        issuer=config["issuer"], subject=str(claims["sub"])).first()
    if identity is None or not identity.user.is_active:
        raise OidcError("no active account for this subject")
    did_mfa = bool(MFA_AMR & set(claims.get("amr") or []))
    return identity.user, did_mfa
