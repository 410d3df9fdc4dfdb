"""Security settings derived from WERKBRUG_* variables; imported by werkbrug.config.settings.
Kept here so the settings module stays short. Nothing here can switch a check off."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.core.exceptions import ImproperlyConfigured

DEVELOPMENT_SECRET_KEY = "development-only-secret-key-not-for-production"
DEVELOPMENT_PSEUDONYM_KEY = "development-only-pseudonym-key"


def is_production() -> bool:
    return os.environ.get("WERKBRUG_ENV", "development") == "production"


def refuse_default_secrets(secret_key: str, pseudonym_key: str, debug: bool) -> None:
    """In production, the shipped development keys are refused outright."""
    if not is_production():
        return
    if debug:
        raise ImproperlyConfigured("WERKBRUG_DEBUG=1 is niet toegestaan in productie / not allowed in production")
    if secret_key == DEVELOPMENT_SECRET_KEY or len(secret_key) < 50:
        raise ImproperlyConfigured("Zet WERKBRUG_SECRET_KEY (min. 50 tekens) / set WERKBRUG_SECRET_KEY (at least 50 characters)")
    if pseudonym_key == DEVELOPMENT_PSEUDONYM_KEY or len(pseudonym_key) < 32:
        raise ImproperlyConfigured("Zet WERKBRUG_PSEUDONYM_KEY (min. 32 tekens) / set WERKBRUG_PSEUDONYM_KEY (at least 32 characters)")


def audit_database(default: dict[str, Any]) -> dict[str, Any]:
    """The "audit" alias: the same PostgreSQL database, or a sibling SQLite file (see routers.py)."""
    audit = dict(default)
    if default["ENGINE"].endswith("sqlite3"):
        path = Path(default["NAME"])
        audit["NAME"] = str(path.with_name(f"{path.stem}-audit{path.suffix or '.sqlite3'}"))
        audit["OPTIONS"] = dict(default.get("OPTIONS", {}))
    return audit


PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",  # argon2id
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",  # only to read older hashes
]

# ASVS 6.2: at least 12 characters (15 recommended), at most 128, not a common or breached
# password, not close to the user's own data; no composition rules.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "werkbrug.security.passwords.MaximumLengthValidator", "OPTIONS": {"max_length": 128}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "werkbrug.security.passwords.LocalCommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
]

SECURITY_MIDDLEWARE = [
    "werkbrug.security.middleware.SecurityHeadersMiddleware",
    "werkbrug.security.middleware.SessionTimeoutMiddleware",
]

SESSION_IDLE_SECONDS = int(os.environ.get("WERKBRUG_SESSION_IDLE_SECONDS", "900"))
SESSION_MAX_SECONDS = int(os.environ.get("WERKBRUG_SESSION_MAX_SECONDS", str(8 * 3600)))
LOCKOUT_ACCOUNT_FAILURES = 5   # per account within the window
LOCKOUT_IP_FAILURES = 20       # per IP address within the window
LOCKOUT_WINDOW_SECONDS = 15 * 60

OIDC = {
    "issuer": os.environ.get("WERKBRUG_OIDC_ISSUER", ""),
    "client_id": os.environ.get("WERKBRUG_OIDC_CLIENT_ID", ""),
    "client_secret": os.environ.get("WERKBRUG_OIDC_CLIENT_SECRET", ""),
    "scope": "openid",
}


def logging_filters() -> dict[str, Any]:
    return {"scrub": {"()": "werkbrug.security.logfilter.ScrubFilter"}}
