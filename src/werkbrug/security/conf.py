"""Security settings derived from WERKBRUG_* variables; imported by werkbrug.config.settings.
Kept here so the settings module stays short. Nothing here can switch a check off."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.core.exceptions import ImproperlyConfigured

DEVELOPMENT_SECRET_KEY = "development-only-secret-key-not-for-production"
DEVELOPMENT_PSEUDONYM_KEY = "development-only-pseudonym-key"
# Encryption at rest (werkbrug.security.keyring): a fixed key so a checkout works out of the box;
# refused outside development like the other defaults.
DEVELOPMENT_ENCRYPTION_KEYS = "dev:ZGV2ZWxvcG1lbnQtb25seS1rZXktbm90LWZvci11c2U"
DEVELOPMENT_BLIND_INDEX_KEY = "development-only-blind-index-key"


def environment() -> str:
    return os.environ.get("WERKBRUG_ENV", "development")


def is_production() -> bool:
    return environment() == "production"


def defaults_allowed(debug: bool) -> bool:
    """Development defaults for secrets only with DEBUG on or in the development environment
    (the default of a checkout); any other WERKBRUG_ENV (production, acceptance, ...) refuses them."""
    return (debug or environment() == "development") and not is_production()


def encryption_keys() -> str:
    """The key ring spec from WERKBRUG_ENCRYPTION_KEYS or the file WERKBRUG_ENCRYPTION_KEYS_FILE."""
    inline = os.environ.get("WERKBRUG_ENCRYPTION_KEYS", "")
    path = os.environ.get("WERKBRUG_ENCRYPTION_KEYS_FILE", "")
    if inline and path:
        raise ImproperlyConfigured("Zet WERKBRUG_ENCRYPTION_KEYS of WERKBRUG_ENCRYPTION_KEYS_FILE, niet beide / "
                                   "set WERKBRUG_ENCRYPTION_KEYS or WERKBRUG_ENCRYPTION_KEYS_FILE, not both")
    if path:
        try:
            return Path(path).read_text("utf-8")
        except OSError as exc:
            raise ImproperlyConfigured(f"WERKBRUG_ENCRYPTION_KEYS_FILE kan niet gelezen worden / cannot be read: {exc.strerror}") from exc
    return inline or DEVELOPMENT_ENCRYPTION_KEYS


def check_encryption_keys(spec: str) -> None:
    from werkbrug.security.keyring import KeyRing, KeyRingError
    try:
        KeyRing.parse(spec)
    except KeyRingError as exc:
        raise ImproperlyConfigured(f"WERKBRUG_ENCRYPTION_KEYS: {exc}") from exc


def refuse_default_secrets(secret_key: str, pseudonym_key: str, debug: bool,
                           encryption_keys: str = "", blind_index_key: str = "") -> None:
    """Outside development the shipped development keys are refused outright."""
    check_encryption_keys(encryption_keys or DEVELOPMENT_ENCRYPTION_KEYS)
    if is_production() and debug:
        raise ImproperlyConfigured("WERKBRUG_DEBUG=1 is niet toegestaan in productie / not allowed in production")
    if defaults_allowed(debug):
        return
    if secret_key == DEVELOPMENT_SECRET_KEY or len(secret_key) < 50:
        raise ImproperlyConfigured("Zet WERKBRUG_SECRET_KEY (min. 50 tekens) / set WERKBRUG_SECRET_KEY (at least 50 characters)")
    if pseudonym_key == DEVELOPMENT_PSEUDONYM_KEY or len(pseudonym_key) < 32:
        raise ImproperlyConfigured("Zet WERKBRUG_PSEUDONYM_KEY (min. 32 tekens) / set WERKBRUG_PSEUDONYM_KEY (at least 32 characters)")
    if DEVELOPMENT_ENCRYPTION_KEYS.split(":")[1] in encryption_keys or not encryption_keys:
        raise ImproperlyConfigured("Zet WERKBRUG_ENCRYPTION_KEYS of WERKBRUG_ENCRYPTION_KEYS_FILE (niet de ontwikkelsleutel) / "
                                   "set WERKBRUG_ENCRYPTION_KEYS or WERKBRUG_ENCRYPTION_KEYS_FILE (not the development key)")
    if blind_index_key == DEVELOPMENT_BLIND_INDEX_KEY or len(blind_index_key) < 32:
        raise ImproperlyConfigured("Zet WERKBRUG_BLIND_INDEX_KEY (min. 32 tekens) / set WERKBRUG_BLIND_INDEX_KEY (at least 32 characters)")


def proxy_ssl_header() -> tuple[str, str] | None:
    """Trust X-Forwarded-Proto only when told a TLS-terminating proxy sets it."""
    return ("HTTP_X_FORWARDED_PROTO", "https") if os.environ.get("WERKBRUG_TLS_PROXY_HEADER") == "1" else None


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
