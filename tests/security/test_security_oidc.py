"""A real OIDC redirect flow against a tiny provider on 127.0.0.1: PKCE, state, nonce, JWKS."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from django.test import Client

from werkbrug.security import conf
from werkbrug.security.models import OidcIdentity

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
CLIENT_ID = "werkbrug-test"


class Provider:
    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.codes: dict[str, dict[str, str]] = {}
        self.claims: dict[str, Any] = {"sub": "medewerker-7"}
        self.sign_with = self.key
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler())
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"

    def jwks(self) -> dict[str, Any]:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return {"keys": [{**jwk, "kid": "k1", "use": "sig", "alg": "RS256"}]}

    def token(self, nonce: str) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": CLIENT_ID, "iat": now, "exp": now + 300, "nonce": nonce, **self.claims}
        return jwt.encode(claims, self.sign_with, algorithm="RS256", headers={"kid": "k1"})

    def handler(self) -> type[BaseHTTPRequestHandler]:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _json(self, body: dict[str, Any], status: int = 200) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                url = urllib.parse.urlparse(self.path)
                if url.path == "/.well-known/openid-configuration":
                    return self._json({"issuer": provider.issuer, "jwks_uri": provider.issuer + "/jwks",
                                       "authorization_endpoint": provider.issuer + "/authorize",
                                       "token_endpoint": provider.issuer + "/token"})
                if url.path == "/jwks":
                    return self._json(provider.jwks())
                query = dict(urllib.parse.parse_qsl(url.query))  # /authorize: the user "signs in" at once
                code = f"code-{len(provider.codes)}"
                provider.codes[code] = query
                target = f"{query['redirect_uri']}?{urllib.parse.urlencode({'code': code, 'state': query['state']})}"
                self.send_response(302)
                self.send_header("Location", target)
                self.end_headers()

            def do_POST(self) -> None:
                form = dict(urllib.parse.parse_qsl(self.rfile.read(int(self.headers["Content-Length"])).decode()))
                asked = provider.codes.pop(form.get("code", ""), None)
                challenge = base64.urlsafe_b64encode(
                    hashlib.sha256(form.get("code_verifier", "").encode()).digest()).decode().rstrip("=")
                if asked is None or asked["code_challenge"] != challenge or asked["client_id"] != form["client_id"]:
                    return self._json({"error": "invalid_grant"}, 400)
                self._json({"access_token": "at", "token_type": "Bearer", "id_token": provider.token(asked["nonce"])})

        return Handler


@pytest.fixture
def provider(monkeypatch: pytest.MonkeyPatch) -> Iterator[Provider]:
    p = Provider()
    thread = threading.Thread(target=p.server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setitem(conf.OIDC, "issuer", p.issuer)
    monkeypatch.setitem(conf.OIDC, "client_id", CLIENT_ID)
    monkeypatch.setitem(conf.OIDC, "client_secret", "s")
    yield p
    p.server.shutdown()
    p.server.server_close()


def run_flow(client: Client) -> Any:
    """Browser steps: start at Werkbrug, follow the provider's redirect back to the callback."""
    import urllib.request

    start = client.get("/auth/login/oidc/")
    assert start.status_code == 302
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(start["Location"]).query))
    assert query["code_challenge_method"] == "S256" and query["state"] and query["nonce"]

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(start["Location"])
    except urllib.error.HTTPError as answer:
        callback = urllib.parse.urlparse(answer.headers["Location"])
    return client.get(f"{callback.path}?{callback.query}")


def test_oidc_login_by_subject(provider: Provider, tenants: Any, make_user: Any) -> None:
    user = make_user("coach", "jobcoach", tenants["gemeente"])
    OidcIdentity.objects.create(user=user, issuer=provider.issuer, subject="medewerker-7")
    client = Client()
    assert b"/auth/login/oidc/" in client.get("/auth/login/").content  # offered on the login page
    response = run_flow(client)
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(user.pk)


def test_unknown_subject_is_refused_even_with_a_known_email(provider: Provider, tenants: Any, make_user: Any) -> None:
    user = make_user("coach", "jobcoach", tenants["gemeente"])
    OidcIdentity.objects.create(user=user, issuer=provider.issuer, subject="someone-else")
    provider.claims = {"sub": "medewerker-7", "email": "coach@example.nl"}
    client = Client()
    assert run_flow(client).status_code == 403 and "_auth_user_id" not in client.session


def test_token_signed_by_another_key_is_refused(provider: Provider, tenants: Any, make_user: Any) -> None:
    user = make_user("coach", "jobcoach", tenants["gemeente"])
    OidcIdentity.objects.create(user=user, issuer=provider.issuer, subject="medewerker-7")
    provider.sign_with = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    client = Client()
    assert run_flow(client).status_code == 403 and "_auth_user_id" not in client.session


def test_forged_state_is_refused(provider: Provider, db: None) -> None:
    client = Client()
    client.get("/auth/login/oidc/")
    assert client.get("/auth/oidc/callback/?code=code-0&state=forged").status_code == 403


def test_consultant_via_oidc_without_provider_mfa_still_needs_totp(provider: Provider, tenants: Any,
                                                                   make_user: Any) -> None:
    user = make_user("consulent", "consultant", tenants["gemeente"])
    OidcIdentity.objects.create(user=user, issuer=provider.issuer, subject="medewerker-7")
    client = Client()
    response = run_flow(client)
    assert response["Location"] == "/auth/login/totp/" and "_auth_user_id" not in client.session
    provider.claims = {"sub": "medewerker-7", "amr": ["pwd", "otp"]}
    other = Client()
    assert run_flow(other)["Location"] == "/" and other.session["werkbrug_mfa"] is True
