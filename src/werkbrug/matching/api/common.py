"""Helpers shared by the capability APIs (matching, proposals, calculators, carving): query
parsing with errors that name the parameter, and a schema that lists the extra problems."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.request import Request

from werkbrug.domain.errors import Message
from werkbrug.registry.api.problems import field_error
from werkbrug.registry.api.schema import ProblemAutoSchema

_TRUE, _FALSE = {"true", "1", "yes", "ja"}, {"false", "0", "no", "nee", ""}


class CapabilitySchema(ProblemAutoSchema):
    """ProblemAutoSchema plus the problem codes a view declares per action or method in
    ``extra_problem_codes`` (e.g. 400 on a GET with query parameters, 409/428 on a POST)."""

    def _problem_codes(self) -> list[str]:
        codes = super()._problem_codes()
        declared = getattr(self.view, "extra_problem_codes", {})
        extra = declared.get(getattr(self.view, "action", None) or self.method.lower(), ())
        return codes + [c for c in extra if c not in codes]

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        for code, text in getattr(self.view, "problem_descriptions", {}).items():
            if code in responses:
                responses[code]["description"] = text
        return responses


def query_int(request: Request, name: str, default: int | None = None, low: int = 1, high: int = 10**9) -> int:
    raw = request.query_params.get(name, "").strip()
    if not raw:
        if default is None:
            raise field_error(name, "required", Message("is verplicht", "is required"))
        return default
    # isdecimal() alone accepts non-ASCII digits such as '٣' that int() reads differently
    if not (raw.isascii() and raw.isdigit()) or not low <= int(raw) <= high:
        raise field_error(name, "invalid", Message(f"moet een geheel getal van {low} tot en met {high} zijn",
                                                   f"must be a whole number from {low} to {high}"))
    return int(raw)


def query_bool(request: Request, name: str) -> bool:
    raw = request.query_params.get(name, "").strip().lower()
    if raw not in _TRUE | _FALSE:
        raise field_error(name, "invalid", Message("moet true of false zijn", "must be true or false"))
    return raw in _TRUE


def int_param(name: str, description: str, required: bool = False) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.INT, OpenApiParameter.QUERY, required=required,
                            description=description)


def bool_param(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.BOOL, OpenApiParameter.QUERY, required=False,
                            description=description)
