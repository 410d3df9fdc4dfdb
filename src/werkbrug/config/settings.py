"""Django settings. Everything a deployer sets comes from WERKBRUG_* environment variables
(documented in docs/settings.md; a test fails when one is undocumented)."""

from __future__ import annotations

import os
from pathlib import Path

from werkbrug.config.database import database_from_url

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
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

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

# Import files larger than this are refused before parsing (bytes).
WERKBRUG_IMPORT_MAX_BYTES = int(os.environ.get("WERKBRUG_IMPORT_MAX_BYTES", str(50 * 1024 * 1024)))

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.BasicAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
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
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("WERKBRUG_LOG_LEVEL", "WARNING")},
}
