"""Security headers, no-store on authenticated responses, refusing default secrets, log scrubbing."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from typing import Any

import pytest
from django.test import Client
from security_builders import PASSWORD

from werkbrug.security.keyring import new_key

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def test_security_headers_on_every_response(db: None) -> None:
    response = Client().get("/auth/login/")
    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    assert "frame-ancestors 'none'" in csp and response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin" and "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" not in response.get("Cache-Control", "")


def test_authenticated_responses_are_not_stored(tenants: Any, make_user: Any) -> None:
    make_user("coach", "jobcoach", tenants["gemeente"])
    client = Client()
    client.post("/auth/login/", {"username": "coach", "password": PASSWORD})
    assert client.get("/auth/session/")["Cache-Control"] == "no-store"


def test_login_form_has_csrf_and_labels(db: None) -> None:
    html = Client().get("/auth/login/").content.decode()
    assert "csrfmiddlewaretoken" in html and '<label for="id_username">' in html
    assert 'autocomplete="current-password"' in html and "onpaste" not in html  # pasting allowed


def _settings_in(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WERKBRUG_")}
    code = "import werkbrug.config.settings"
    return subprocess.run([sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True, check=False)


def test_production_refuses_the_default_secrets() -> None:
    refused = _settings_in({"WERKBRUG_ENV": "production"})
    assert refused.returncode != 0 and "ImproperlyConfigured" in refused.stderr
    no_pseudonym_key = _settings_in({"WERKBRUG_ENV": "production", "WERKBRUG_SECRET_KEY": "s" * 60})
    assert "WERKBRUG_PSEUDONYM_KEY" in no_pseudonym_key.stderr
    no_encryption_keys = _settings_in({"WERKBRUG_ENV": "production", "WERKBRUG_SECRET_KEY": "s" * 60,
                                       "WERKBRUG_PSEUDONYM_KEY": "p" * 40})
    assert "WERKBRUG_ENCRYPTION_KEYS" in no_encryption_keys.stderr
    fine = _settings_in({"WERKBRUG_ENV": "production", "WERKBRUG_SECRET_KEY": "s" * 60,
                         "WERKBRUG_PSEUDONYM_KEY": "p" * 40, "WERKBRUG_BLIND_INDEX_KEY": "b" * 40,
                         "WERKBRUG_ENCRYPTION_KEYS": f"k1:{new_key()}"})
    assert fine.returncode == 0, fine.stderr
    assert _settings_in({}).returncode == 0  # development keeps working with the defaults


def test_every_log_record_is_scrubbed(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("werkbrug.test")
    with caplog.at_level(logging.INFO):
        logger.info("kandidaat %s met e-mail %s", "111222333", "sanne.jansen@example.nl")
        try:
            raise ValueError("bsn 111222333 ongeldig")
        except ValueError:
            logger.exception("fout bij %s", "token=abc123")
    text = caplog.text
    assert "111222333" not in text and "sanne.jansen@example.nl" not in text and "abc123" not in text
    assert "[bsn?]" in text and "ValueError" in text
