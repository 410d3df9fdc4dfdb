"""Django settings. Everything a deployer sets comes from WERKBRUG_* environment variables
(documented in docs/settings.md; a test fails when one is undocumented)."""

from __future__ import annotations

import os
from pathlib import Path

from werkbrug.config.database import database_from_url
from werkbrug.security import conf as security

PROJECT_DIR = Path(__file__).resolve().parents[3]
DATA_DIR = Path(os.environ.get("WERKBRUG_DATA_DIR", PROJECT_DIR / "var"))

DEBUG = os.environ.get("WERKBRUG_DEBUG", "0") == "1"
SECRET_KEY = os.environ.get("WERKBRUG_SECRET_KEY", "development-only-secret-key-not-for-production")
ALLOWED_HOSTS = [h for h in os.environ.get("WERKBRUG_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

DATABASES = {
    "default": database_from_url(
        os.environ.get("WERKBRUG_DATABASE_URL", f"sqlite:///{DATA_DIR / 'werkbrug.sqlite3'}"),
        PROJECT_DIR,
    )
}
DATABASES["audit"] = security.audit_database(DATABASES["default"])  # audit rows commit on their own
DATABASE_ROUTERS = ["werkbrug.security.routers.AuditRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Pseudonyms per context (HMAC key); production refuses the development defaults.
WERKBRUG_PSEUDONYM_KEY = os.environ.get("WERKBRUG_PSEUDONYM_KEY", security.DEVELOPMENT_PSEUDONYM_KEY)
# Encryption at rest of BSN and health fields (key ring, newest first) and the BSN blind index.
WERKBRUG_ENCRYPTION_KEYS = security.encryption_keys()
WERKBRUG_BLIND_INDEX_KEY = os.environ.get("WERKBRUG_BLIND_INDEX_KEY", security.DEVELOPMENT_BLIND_INDEX_KEY)
security.refuse_default_secrets(SECRET_KEY, WERKBRUG_PSEUDONYM_KEY, DEBUG,
                                WERKBRUG_ENCRYPTION_KEYS, WERKBRUG_BLIND_INDEX_KEY)
PASSWORD_HASHERS = security.PASSWORD_HASHERS
AUTH_PASSWORD_VALIDATORS = security.AUTH_PASSWORD_VALIDATORS
LOGIN_URL = "security:login"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = security.is_production()
SECURE_HSTS_SECONDS = 31536000 if security.is_production() else 0
# Production serves HTTPS only: plain HTTP is redirected (behind a TLS-terminating proxy set
# WERKBRUG_TLS_PROXY_HEADER=1 so X-Forwarded-Proto is trusted; the proxy must set it).
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = SECURE_SSL_REDIRECT = security.is_production()
SECURE_PROXY_SSL_HEADER = security.proxy_ssl_header()
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "werkbrug.registry",
    "werkbrug.transfer",
    "werkbrug.demo",
    "werkbrug.calc",
    "werkbrug.matching",
    "werkbrug.trust",
    "werkbrug.carving",
    "werkbrug.banenafspraak",
    "werkbrug.security",
    "werkbrug.businesscase",
    "werkbrug.web",
    "werkbrug.sroi",
    "werkbrug.pathways",
    "werkbrug.vum",
    "werkbrug.loonwaarde",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    *security.SECURITY_MIDDLEWARE,
]

ROOT_URLCONF = "werkbrug.config.urls"
WSGI_APPLICATION = "werkbrug.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
# Front-end assets installed from npm by `make setup` (package.json); served as static files.
NODE_MODULES = PROJECT_DIR / "node_modules"
STATICFILES_DIRS = [
    ("vendor/utrecht", NODE_MODULES / "@utrecht" / "component-library-css" / "dist"),
    ("vendor/theme", NODE_MODULES / "@nl-design-system-unstable" / "voorbeeld-design-tokens" / "dist"),
    ("vendor/htmx", NODE_MODULES / "htmx.org" / "dist"),
]
LOCALE_PATHS = [Path(__file__).resolve().parents[1] / "locale"]

# Import files larger than this are refused before parsing (bytes).
WERKBRUG_IMPORT_MAX_BYTES = int(os.environ.get("WERKBRUG_IMPORT_MAX_BYTES", str(50 * 1024 * 1024)))

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # the session comes from the security login (password, TOTP where the role requires it);
        # no Basic authentication: it would skip lockout and the second factor
        "rest_framework.authentication.SessionAuthentication",
        "werkbrug.security.tokens.TokenAuthentication",
    ],
    # every view asks the security decision through its access_policy (default deny)
    "DEFAULT_PERMISSION_CLASSES": ["werkbrug.security.api.DecisionPermission"],
    "DEFAULT_PAGINATION_CLASS": "werkbrug.registry.api.pagination.Pagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "werkbrug.registry.api.problems.problem_exception_handler",
    "DEFAULT_FILTER_BACKENDS": [],
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Werkbrug API",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "DESCRIPTION": "Registry of candidates, employers, work and placements for the Dutch inclusive labour market.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # One schema name for a code list used by several fields.
    "ENUM_NAME_OVERRIDES": {"DayPartEnum": "werkbrug.domain.vocabulary.DAY_PARTS"},
    # X-Werkbrug-Purpose / X-Werkbrug-Explanation on every operation (audit trail, docs/security.md)
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums",
                             "werkbrug.security.api_schema.purpose_headers"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": security.logging_filters(),  # scrubs BSN, e-mail, tokens from every record
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["scrub"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("WERKBRUG_LOG_LEVEL", "WARNING")},
}
