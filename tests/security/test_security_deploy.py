"""Production settings: `check --deploy` is clean with them, and the development keys are refused
outside development (docs/settings.md#production-settings)."""

from __future__ import annotations

import base64
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from werkbrug.security import conf

GOOD = {"secret_key": secrets.token_urlsafe(60), "pseudonym_key": secrets.token_urlsafe(40),
        "encryption_keys": "k1:" + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        "blind_index_key": secrets.token_urlsafe(40)}


def production_env(tmp_path: Path, keys_file: bool = True) -> dict[str, str]:
    # the browser tests' conftest sets DJANGO_ALLOW_ASYNC_UNSAFE for Playwright: no deployment has it
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("WERKBRUG_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(WERKBRUG_ENV="production", WERKBRUG_SECRET_KEY=GOOD["secret_key"],
               WERKBRUG_PSEUDONYM_KEY=GOOD["pseudonym_key"], WERKBRUG_BLIND_INDEX_KEY=GOOD["blind_index_key"],
               WERKBRUG_ALLOWED_HOSTS="werkbrug.example.nl", WERKBRUG_DATA_DIR=str(tmp_path),
               WERKBRUG_TLS_PROXY_HEADER="1")
    if keys_file:
        (tmp_path / "keys").write_text(f"# newest first\n{GOOD['encryption_keys']}\n", "utf-8")
        env["WERKBRUG_ENCRYPTION_KEYS_FILE"] = str(tmp_path / "keys")
    return env


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "werkbrug.cli", *args], env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def test_check_deploy_is_clean_with_production_settings(tmp_path: Path) -> None:
    security = cli(production_env(tmp_path), "check", "--deploy", "--tag", "security", "--fail-level", "WARNING")
    assert security.returncode == 0, security.stdout + security.stderr
    assert "no issues" in security.stdout
    everything = cli(production_env(tmp_path), "check", "--deploy")  # no errors from any other check either
    assert everything.returncode == 0, everything.stdout + everything.stderr
    assert "security." not in everything.stdout + everything.stderr


def test_check_deploy_names_what_a_development_setup_lacks(tmp_path: Path) -> None:
    env = {k: v for k, v in production_env(tmp_path).items() if k != "WERKBRUG_ENV"}
    done = cli({**env, "WERKBRUG_ENV": "development"}, "check", "--deploy", "--tag", "security",
               "--fail-level", "WARNING")
    assert done.returncode != 0 and "security.W004" in done.stdout + done.stderr  # no HSTS outside production


def test_production_without_keys_does_not_start(tmp_path: Path) -> None:
    env = production_env(tmp_path, keys_file=False)
    del env["WERKBRUG_SECRET_KEY"]
    done = cli(env, "check")
    assert done.returncode != 0 and "WERKBRUG_SECRET_KEY" in done.stdout + done.stderr


@pytest.mark.parametrize("missing,named", [
    ("secret_key", "WERKBRUG_SECRET_KEY"), ("pseudonym_key", "WERKBRUG_PSEUDONYM_KEY"),
    ("encryption_keys", "WERKBRUG_ENCRYPTION_KEYS"), ("blind_index_key", "WERKBRUG_BLIND_INDEX_KEY")])
@pytest.mark.parametrize("environment", ["production", "acceptance"])
def test_each_development_default_is_refused(monkeypatch: pytest.MonkeyPatch, missing: str, named: str,
                                             environment: str) -> None:
    monkeypatch.setenv("WERKBRUG_ENV", environment)
    defaults = {"secret_key": conf.DEVELOPMENT_SECRET_KEY, "pseudonym_key": conf.DEVELOPMENT_PSEUDONYM_KEY,
                "encryption_keys": conf.DEVELOPMENT_ENCRYPTION_KEYS, "blind_index_key": conf.DEVELOPMENT_BLIND_INDEX_KEY}
    values = {**GOOD, missing: defaults[missing]}
    with pytest.raises(ImproperlyConfigured, match=named):
        conf.refuse_default_secrets(debug=False, **values)
    conf.refuse_default_secrets(debug=False, **GOOD)  # real keys pass


def test_defaults_only_in_development_or_with_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    development = {"secret_key": conf.DEVELOPMENT_SECRET_KEY, "pseudonym_key": conf.DEVELOPMENT_PSEUDONYM_KEY,
                   "encryption_keys": conf.DEVELOPMENT_ENCRYPTION_KEYS, "blind_index_key": conf.DEVELOPMENT_BLIND_INDEX_KEY}
    monkeypatch.setenv("WERKBRUG_ENV", "development")
    conf.refuse_default_secrets(debug=False, **development)
    monkeypatch.setenv("WERKBRUG_ENV", "acceptance")
    conf.refuse_default_secrets(debug=True, **development)
    monkeypatch.setenv("WERKBRUG_ENV", "production")
    with pytest.raises(ImproperlyConfigured, match="WERKBRUG_DEBUG"):
        conf.refuse_default_secrets(debug=True, **GOOD)


def test_a_broken_key_ring_is_refused_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WERKBRUG_ENV", "development")
    with pytest.raises(ImproperlyConfigured, match="32 bytes"):
        conf.refuse_default_secrets(debug=False, **{**GOOD, "encryption_keys": "k1:c2hvcnQ"})
