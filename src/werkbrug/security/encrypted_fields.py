"""Model fields that keep BSN and health data encrypted at rest (keys: werkbrug.security.keyring).

Values are encrypted when written (save, bulk_create, update) and decrypted when read (also in
``values()``/``values_list()``), so callers see plaintext. Columns are text. The only lookups are
``isnull`` and, on a field with a blind index (the BSN), ``exact`` and ``in``, which compare the
HMAC column instead: ``Candidate.objects.filter(bsn=...)`` keeps working and stays unique."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.core.signals import setting_changed
from django.db import models
from django.db.models.expressions import Col
from django.db.models.lookups import Lookup

from werkbrug.security import keyring

_cache: dict[str, Any] = {}


def ring() -> keyring.KeyRing:
    """The configured key ring (settings.WERKBRUG_ENCRYPTION_KEYS), parsed once."""
    found = _cache.get("ring")
    if found is None:
        from django.conf import settings
        found = _cache["ring"] = keyring.KeyRing.parse(settings.WERKBRUG_ENCRYPTION_KEYS)
    return found


def _blind_key() -> bytes:
    found = _cache.get("blind")
    if found is None:
        from django.conf import settings
        found = _cache["blind"] = settings.WERKBRUG_BLIND_INDEX_KEY.encode()
    return found


def _forget(setting: str, **_: Any) -> None:
    if setting in {"WERKBRUG_ENCRYPTION_KEYS", "WERKBRUG_BLIND_INDEX_KEY"}:
        _cache.clear()


setting_changed.connect(_forget)


class EncryptedMixin:
    """Shared by the encrypted fields: text column, sealed on the way in, opened on the way out."""

    model: type[models.Model]
    column: str

    @property
    def context(self) -> str:
        """Associated data: a value only decrypts in the column it was written to."""
        return f"{self.model._meta.db_table}.{self.column}"

    def get_internal_type(self) -> str:
        return "TextField"

    def serialise(self, value: Any) -> str:
        return str(value)

    def deserialise(self, text: str) -> Any:
        return text

    def seal(self, value: Any) -> str | None:
        """The stored form of a Python value (None stays NULL); also used by bulk loaders."""
        return None if value is None else ring().encrypt(self.serialise(value), self.context)

    def open(self, stored: str | None) -> Any:
        return None if stored is None else self.deserialise(ring().decrypt(stored, self.context))

    def get_db_prep_value(self, value: Any, connection: Any, prepared: bool = False) -> Any:
        if hasattr(value, "as_sql"):
            return value
        return self.seal(value)

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        return self.open(value)

    def get_transform(self, name: str) -> Any:
        return None  # no key or substring lookups into ciphertext

    def get_lookup(self, lookup_name: str) -> Any:
        if lookup_name == "isnull":
            return super().get_lookup(lookup_name)  # type: ignore[misc]
        return None


class EncryptedTextField(EncryptedMixin, models.TextField):  # type: ignore[misc]
    pass


class EncryptedJSONField(EncryptedMixin, models.JSONField):  # type: ignore[misc]
    def serialise(self, value: Any) -> str:
        return json.dumps(value, cls=self.encoder)

    def deserialise(self, text: str) -> Any:
        return json.loads(text, cls=self.decoder)


class EncryptedCharField(EncryptedMixin, models.CharField):  # type: ignore[misc]
    """``max_length`` validates the plaintext; the column is text. ``blind_index`` names the
    BlindIndexField that makes equality lookups and uniqueness possible."""

    def __init__(self, *args: Any, blind_index: str = "", **kwargs: Any) -> None:
        self.blind_index = blind_index
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        if self.blind_index:
            kwargs["blind_index"] = self.blind_index
        return name, path, args, kwargs

    def get_lookup(self, lookup_name: str) -> Any:
        if self.blind_index and lookup_name in _BLIND_LOOKUPS:
            return _BLIND_LOOKUPS[lookup_name]
        return super().get_lookup(lookup_name)


class BlindIndexField(models.CharField):  # type: ignore[type-arg]
    """HMAC-SHA256 of another field's plaintext, computed on every save and bulk insert."""

    def __init__(self, *args: Any, source: str = "", **kwargs: Any) -> None:
        self.source = source
        kwargs.setdefault("max_length", 64)
        kwargs["editable"] = False
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        kwargs.pop("editable", None)
        if kwargs.get("max_length") == 64:
            kwargs.pop("max_length")
        return name, path, args, kwargs

    def index_of(self, value: Any) -> str | None:
        if value is None:
            return None
        return keyring.blind_index(_blind_key(), f"{self.model._meta.db_table}.{self.source}", str(value))

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        digest = self.index_of(getattr(model_instance, self.source))
        setattr(model_instance, self.attname, digest)
        return digest


def _index_column(lookup: Lookup[Any], compiler: Any) -> tuple[str, list[Any], BlindIndexField]:
    if not isinstance(lookup.lhs, Col) or hasattr(lookup.rhs, "as_sql"):
        raise ValueError("blind-index lookups compare a column with plain values only")
    field = lookup.lhs.target
    index = field.model._meta.get_field(field.blind_index)
    sql, params = compiler.compile(Col(lookup.lhs.alias, index))
    return sql, list(params), index


class BlindIndexExact(Lookup):  # type: ignore[type-arg]
    lookup_name = "exact"
    prepare_rhs = False

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list[Any]]:
        sql, params, index = _index_column(self, compiler)
        return f"{sql} = %s", [*params, index.index_of(self.rhs)]


class BlindIndexIn(Lookup):  # type: ignore[type-arg]
    lookup_name = "in"
    prepare_rhs = False

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list[Any]]:
        sql, params, index = _index_column(self, compiler)
        values = [index.index_of(v) for v in dict.fromkeys(self.rhs) if v is not None]
        if not values:
            raise EmptyResultSet
        return f"{sql} IN ({', '.join(['%s'] * len(values))})", [*params, *values]


_BLIND_LOOKUPS: dict[str, type[Lookup[Any]]] = {"exact": BlindIndexExact, "in": BlindIndexIn}


def encrypted_fields(model: type[models.Model]) -> list[EncryptedMixin]:
    return [f for f in model._meta.concrete_fields if isinstance(f, EncryptedMixin)]
