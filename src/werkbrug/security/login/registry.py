"""Login methods are plugins behind one registry, so DigiD/eHerkenning brokers or other
identity providers can be added without touching the views."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse


@dataclass(frozen=True)
class LoginMethod:
    """A way to sign in. ``start`` answers the request that begins it (a form or a redirect)."""

    code: str
    label_nl: str
    label_en: str

    def is_available(self) -> bool:
        return True

    def start(self, request: HttpRequest) -> HttpResponse:
        raise NotImplementedError


_METHODS: dict[str, LoginMethod] = {}


def register(method: LoginMethod) -> LoginMethod:
    if method.code in _METHODS:
        raise ValueError(f"login method {method.code!r} registered twice")
    _METHODS[method.code] = method
    return method


def available() -> list[LoginMethod]:
    _load_builtin()
    return [m for m in _METHODS.values() if m.is_available()]


def get(code: str) -> LoginMethod | None:
    _load_builtin()
    method = _METHODS.get(code)
    return method if method is not None and method.is_available() else None


def _load_builtin() -> Any:
    from werkbrug.security.login import local, oidc  # noqa: F401 - registering is the side effect

    return None
