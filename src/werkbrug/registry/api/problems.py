"""Errors as application/problem+json (RFC 9457), field by field, in Dutch and English.

Every problem carries ``title`` and ``detail`` in the language the client asked for
(``Accept-Language: nl`` or ``en``; Dutch by default) and ``title_nl``/``title_en``,
``detail_nl``/``detail_en`` with both. Field errors are listed in ``invalid_params`` as
``{name, code, reason, reason_nl, reason_en}``."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.db import IntegrityError
from django.http import Http404
from django.utils import translation
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from werkbrug.domain.errors import DeletionRefused, DomainValidationError, Message, VersionConflict
from werkbrug.registry.services import UnknownReference

PROBLEM_CONTENT_TYPE = "application/problem+json"
_TYPE = "urn:werkbrug:problem:"

TITLES = {
    400: Message("Ongeldige invoer", "Invalid input"),
    401: Message("Niet ingelogd", "Not authenticated"),
    403: Message("Geen toegang", "Permission denied"),
    404: Message("Niet gevonden", "Not found"),
    405: Message("Methode niet toegestaan", "Method not allowed"),
    406: Message("Formaat niet beschikbaar", "Not acceptable"),
    409: Message("Conflict", "Conflict"),
    415: Message("Mediatype niet ondersteund", "Unsupported media type"),
    428: Message("Versie ontbreekt", "Version required"),
    429: Message("Te veel verzoeken", "Too many requests"),
}
_DETAILS = {
    exceptions.NotAuthenticated: Message("Log in om de API te gebruiken", "Log in to use the API"),
    exceptions.AuthenticationFailed: Message("Inloggen mislukt", "Authentication failed"),
    exceptions.PermissionDenied: Message("U mag dit niet doen", "You may not do this"),
    exceptions.NotFound: Message("Dit gegeven bestaat niet", "This record does not exist"),
    exceptions.ParseError: Message("De inhoud van het verzoek is geen geldige JSON",
                                   "The request body is not valid JSON"),
}


class ProblemError(exceptions.APIException):
    """An API error with a bilingual detail and optionally field-level issues."""

    def __init__(self, status_code: int, slug: str, detail: Message,
                 invalid_params: list[dict[str, str]] | None = None):
        self.status_code, self.slug, self.message = status_code, slug, detail
        self.invalid_params = invalid_params or []
        super().__init__(str(detail))


def field_error(name: str, code: str, message: Message) -> ProblemError:
    """A 400 naming one field."""
    return ProblemError(400, "validation", Message("Eén of meer velden zijn ongeldig",
                                                   "One or more fields are invalid"),
                        [_param(name, code, message)])


def _param(name: str, code: str, message: Message) -> dict[str, str]:
    return {"name": name, "code": code, "reason": message.text(translation.get_language() or "nl"),
            "reason_nl": message.nl, "reason_en": message.en}


def _flatten(prefix: str, detail: Any) -> list[dict[str, str]]:
    """DRF's nested error structure -> [{name: "tasks[1].name", ...}]."""
    if isinstance(detail, dict):
        return [p for key, value in detail.items()
                for p in _flatten(f"{prefix}.{key}" if prefix else str(key), value)]
    if isinstance(detail, list) and any(isinstance(d, (dict, list)) for d in detail):
        return [p for i, value in enumerate(detail) for p in _flatten(f"{prefix}[{i}]", value)]
    reasons = detail if isinstance(detail, list) else [detail]
    # DRF messages come translated into the request language only.
    return [{"name": prefix or "non_field_errors", "code": getattr(r, "code", "invalid"),
             "reason": str(r), "reason_nl": str(r), "reason_en": str(r)} for r in reasons]


def _translate(exc: Exception) -> Exception:
    """Domain and storage exceptions -> ProblemError; others unchanged."""
    if isinstance(exc, DomainValidationError):
        return ProblemError(400, "validation", Message("Eén of meer velden zijn ongeldig",
                                                       "One or more fields are invalid"),
                            [_param(i.field, i.code, i.message) for i in exc.issues])
    if isinstance(exc, UnknownReference):
        return field_error(exc.field, "unknown_reference", Message(
            "verwijst naar een gegeven dat niet bestaat", "refers to a record that does not exist"))
    if isinstance(exc, VersionConflict):
        return ProblemError(409, "version-conflict", exc.message)
    if isinstance(exc, DeletionRefused):
        return ProblemError(409, "deletion-refused", exc.message)
    if isinstance(exc, (Http404, ObjectDoesNotExist)):
        return ProblemError(404, "not-found", _DETAILS[exceptions.NotFound])
    if isinstance(exc, IntegrityError):
        return ProblemError(409, "integrity", Message(
            "De wijziging botst met een ander gegeven (bijvoorbeeld een dubbele sleutel)",
            "The change clashes with another record (for example a duplicate key)"))
    return exc


def _body(exc: Exception, status_code: int, data: Any) -> dict[str, Any]:
    language = translation.get_language() or "nl"
    title = TITLES.get(status_code, Message("Fout", "Error"))
    if isinstance(exc, ProblemError):
        detail, slug, params = exc.message, exc.slug, exc.invalid_params
    else:
        detail = _DETAILS.get(type(exc)) or Message(str(getattr(exc, "detail", exc)),
                                                    str(getattr(exc, "detail", exc)))
        slug = getattr(exc, "default_code", "error")
        params = _flatten("", data) if isinstance(exc, exceptions.ValidationError) else []
        if params:
            detail = Message("Eén of meer velden zijn ongeldig", "One or more fields are invalid")
    body: dict[str, Any] = {
        "type": _TYPE + str(slug).replace("_", "-"), "status": status_code,
        "title": title.text(language), "detail": detail.text(language),
        "title_nl": title.nl, "title_en": title.en, "detail_nl": detail.nl, "detail_en": detail.en,
    }
    if params:
        body["invalid_params"] = params
    return body


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    exc = _translate(exc)
    response = exception_handler(exc, context)
    if response is None:
        return None
    if response.status_code == status.HTTP_401_UNAUTHORIZED and "WWW-Authenticate" not in response:
        response["WWW-Authenticate"] = 'Token realm="api"'
    response.data = _body(exc, response.status_code, response.data)
    response.content_type = PROBLEM_CONTENT_TYPE
    return response
