"""Keyed pseudonyms for payroll persons: the BSN is never stored.

pseudonym = the first 8 bytes (signed 64-bit integer) of HMAC-SHA256(key, "bsn:<BSN>") or
HMAC-SHA256(key, "key:<person key>"); key = SHA-256 of a fixed label and settings.WERKBRUG_PSEUDONYM_KEY (settings.SECRET_KEY when that
setting is absent).
Keyed, because the BSN space is small enough to hash exhaustively without a key. 64 bits keep
the fact table small; the chance of any collision among 250.000 persons is about 2 × 10⁻⁹.
Changing the key changes every pseudonym: re-import payroll files afterwards."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from functools import cache

from django.conf import settings

LABEL = b"werkbrug:payroll-pseudonym:v1:"


@cache
def _key(secret: str) -> bytes:
    return hashlib.sha256(LABEL + secret.encode("utf-8")).digest()


def pseudonymiser() -> Callable[[str, str], int]:
    """``pseudonym`` with the key looked up once (an import pseudonymises 250.000 persons)."""
    key = _key(getattr(settings, "WERKBRUG_PSEUDONYM_KEY", None) or settings.SECRET_KEY)

    def make(kind: str, value: str) -> int:
        return int.from_bytes(hmac.digest(key, f"{kind}:{value}".encode(), "sha256")[:8], "big", signed=True)
    return make


def pseudonym(kind: str, value: str) -> int:
    """kind 'bsn' (a normalised, valid BSN) or 'key' (a person key of the source system)."""
    return pseudonymiser()(kind, value)
