"""Query-string filters declared per view: one list that both filters and documents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import QuerySet
from rest_framework.filters import BaseFilterBackend
from rest_framework.request import Request

from werkbrug.domain.errors import Message
from werkbrug.registry.api.problems import field_error

_OPENAPI_TYPES = {"integer": {"type": "integer"}, "string": {"type": "string"},
                  "date": {"type": "string", "format": "date"}}


@dataclass(frozen=True)
class Filter:
    name: str
    type: str  # integer, string, date
    description: str
    apply: Callable[[QuerySet[Any], Any], QuerySet[Any]]
    codes: tuple[str, ...] = ()

    def parse(self, raw: str) -> Any:
        if self.type == "integer":
            if not raw.isdigit():
                raise field_error(self.name, "invalid", Message("moet een id (geheel getal) zijn",
                                                                "must be an id (an integer)"))
            return int(raw)
        if self.type == "date":
            try:
                return date.fromisoformat(raw)
            except ValueError:
                raise field_error(self.name, "invalid", Message(
                    "moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)")) from None
        if self.codes and raw not in self.codes:
            allowed = ", ".join(self.codes)
            raise field_error(self.name, "unknown_code", Message(
                f"onbekende code (kies uit: {allowed})", f"unknown code (choose from: {allowed})"))
        return raw

    def openapi(self) -> dict[str, Any]:
        schema = dict(_OPENAPI_TYPES[self.type])
        if self.codes:
            schema["enum"] = list(self.codes)
        return {"name": self.name, "in": "query", "required": False,
                "description": self.description, "schema": schema}


def exact(name: str, lookup: str, type_: str, description: str, codes: Any = ()) -> Filter:
    return Filter(name, type_, description, lambda qs, v: qs.filter(**{lookup: v}), tuple(codes))


class DeclaredFilters(BaseFilterBackend):
    """Applies the view's ``query_filters``; an unparsable value is a 400 naming the parameter."""

    def filter_queryset(self, request: Request, queryset: QuerySet[Any], view: Any) -> QuerySet[Any]:
        for flt in getattr(view, "query_filters", ()):
            raw = request.query_params.get(flt.name)
            if raw not in (None, ""):
                queryset = flt.apply(queryset, flt.parse(raw.strip()))
        return queryset

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [flt.openapi() for flt in getattr(view, "query_filters", ())]
