"""Serializer fields that parse loosely and leave judging to the domain rules, so that
every validation message is the domain's bilingual one; the schema still shows the types."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


class CodeField(serializers.ChoiceField):
    """A code from a code list: shown as an enum, checked by domain/records.py."""

    def to_internal_value(self, data: Any) -> Any:
        if data == "" and self.allow_blank:
            return ""
        if not isinstance(data, (str, int)) or isinstance(data, bool):
            self.fail("invalid_choice", input=data)
        return str(data)


class RefField(serializers.IntegerField):
    """A reference to another record by its numeric id; rendered from the ``*_id`` column
    so that no related row is loaded."""

    def get_attribute(self, instance: Any) -> Any:
        return getattr(instance, f"{self.source}_id")


@extend_schema_field({
    "type": "object",
    "description": "FML item code -> {level: 0|1|2, value?: number}; absent items are level 0.",
    "additionalProperties": {
        "type": "object",
        "properties": {"level": {"type": "integer", "enum": [0, 1, 2]},
                       "value": {"type": "number", "nullable": True}},
        "required": ["level"],
    },
    "example": {"IV.12": {"level": 1, "value": 5}},
})
class FmlProfileField(serializers.JSONField):
    """An FML profile; the domain checks items, levels and values."""


@extend_schema_field(OpenApiTypes.STR)
class MaskedBsnField(serializers.Field):
    """The last four digits only: '*****2333'."""

    def __init__(self, **kwargs: Any):
        kwargs.setdefault("source", "bsn")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value: str) -> str:
        return "*" * max(len(value) - 4, 0) + value[-4:]


def uris(**kwargs: Any) -> serializers.ListField:
    return serializers.ListField(child=serializers.CharField(max_length=200), required=False, **kwargs)


def codes(code_list: dict[str, Any] | None = None, **kwargs: Any) -> serializers.ListField:
    child = (CodeField(choices=list(code_list)) if code_list is not None
             else serializers.CharField(max_length=64))
    return serializers.ListField(child=child, required=False, **kwargs)
