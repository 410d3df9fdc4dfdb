"""The common shape of a registry record in the API."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from werkbrug.domain import schema
from werkbrug.registry.api.fields import CodeField, RefField

_INT_MAX = {"PositiveSmallIntegerField": 32767, "PositiveIntegerField": 2147483647}


class VersionField(serializers.IntegerField):
    """The record's version: rendered from the record (a task shows its work's version);
    sent back on PUT/PATCH for optimistic locking, ignored on create."""

    def __init__(self, via: str | None = None, **kwargs: Any):
        self.via = via
        kwargs.setdefault("required", False)
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("help_text", "Optimistic-locking version. Required on PUT/PATCH "
                                       "(or an If-Match header); a stale one gives 409.")
        super().__init__(**kwargs)

    def get_attribute(self, instance: Any) -> Any:
        owner = getattr(instance, self.via) if self.via else instance
        return owner.version


def ref(name: str, **kwargs: Any) -> RefField:
    return RefField(required=False, min_value=1,
                    help_text=f"Id of the {name}; unknown ids give 400 on this field.", **kwargs)


def ref_key(source: str) -> serializers.CharField:
    return serializers.CharField(source=f"{source}.external_key", read_only=True, allow_null=True,
                                 default=None, help_text="External key of the referenced record.")


class RecordSerializer(serializers.ModelSerializer):
    """Every writable field is optional at this level: the domain rules (domain/records.py)
    decide what is required, so their bilingual messages are what the client sees."""

    serializer_choice_field = CodeField
    serializer_related_field = RefField  # not used: references are declared explicitly
    kind: str = ""

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        loose = {c.name for c in schema.KINDS[self.kind].columns if c.type in {"postcode", "bsn"}}
        for name in loose & set(fields):
            # '3511 ab' or a BSN that lost its leading zero: the domain normalises these.
            fields[name] = serializers.CharField(required=False, allow_blank=True, max_length=20)
        for name, field in list(fields.items()):
            if type(field) is serializers.IntegerField and not field.read_only:
                fields[name] = self._portable_integer(name, field)
        for field in fields.values():
            if field.read_only:
                continue
            field.required = False
            if isinstance(field, serializers.CharField):
                field.allow_blank = True
        return fields

    def get_extra_kwargs(self) -> dict[str, Any]:
        extra = super().get_extra_kwargs()
        for name in ("id", "created_at", "updated_at"):
            extra.setdefault(name, {})["read_only"] = True
        return extra

    def _portable_integer(self, name: str, field: serializers.IntegerField) -> serializers.IntegerField:
        # Django derives integer bounds from the database backend; fix them so the
        # schema is the same on SQLite and PostgreSQL.
        model_field = self.Meta.model._meta.get_field(name)
        maximum = _INT_MAX.get(model_field.get_internal_type())
        return serializers.IntegerField(required=False, allow_null=field.allow_null, min_value=0,
                                        max_value=maximum, help_text=field.help_text)

    @classmethod
    def columns(cls) -> list[str]:
        return [c.name for c in schema.KINDS[cls.kind].columns]
