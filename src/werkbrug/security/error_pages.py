"""Error answers outside the API views (URL not matched, an unhandled error): a generic page, or
for /api/ paths application/problem+json like every other API error (docs/api.md)."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.views import defaults

from werkbrug.domain.errors import Message

_API = "/api/"
_PROBLEMS = {
    400: ("bad-request", Message("Ongeldig verzoek", "Bad request"),
          Message("Het verzoek kan niet verwerkt worden", "The request cannot be processed")),
    403: ("permission-denied", Message("Geen toegang", "Permission denied"),
          Message("U mag dit niet doen", "You may not do this")),
    404: ("not-found", Message("Niet gevonden", "Not found"),
          Message("Dit adres bestaat niet in de API", "This address does not exist in the API")),
    500: ("server-error", Message("Fout in de server", "Server error"),
          Message("Er ging iets mis; het is vastgelegd", "Something went wrong; it has been logged")),
}


def _problem(status: int) -> HttpResponse:
    slug, title, detail = _PROBLEMS[status]
    language = translation.get_language() or "nl"
    body = {"type": f"urn:werkbrug:problem:{slug}", "status": status, "title": title.text(language),
            "detail": detail.text(language), "title_nl": title.nl, "title_en": title.en,
            "detail_nl": detail.nl, "detail_en": detail.en}
    return HttpResponse(json.dumps(body), status=status, content_type="application/problem+json")


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith(_API)


def bad_request(request: HttpRequest, exception: Any = None) -> HttpResponse:
    return _problem(400) if _is_api(request) else defaults.bad_request(request, exception)


def permission_denied(request: HttpRequest, exception: Any = None) -> HttpResponse:
    return _problem(403) if _is_api(request) else defaults.permission_denied(request, exception)


def page_not_found(request: HttpRequest, exception: Any = None) -> HttpResponse:
    return _problem(404) if _is_api(request) else defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    return _problem(500) if _is_api(request) else defaults.server_error(request)
