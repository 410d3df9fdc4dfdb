"""Pseudonyms per context and BSN masking.

A pseudonym is an HMAC-SHA256 over (context, identifier) with a secret key kept outside the
database: the same person gets a stable pseudonym within one context (one employer, one
export) and unlinkable ones across contexts, and nobody without the key can reverse it."""

from __future__ import annotations

import hashlib
import hmac

DEVELOPMENT_KEY = "development-only-pseudonym-key"
PREFIX = "P-"


def pseudonym(key: str, context: str, identifier: str | int, length: int = 16) -> str:
    if not key:
        raise ValueError("pseudoniemsleutel ontbreekt / pseudonym key missing")
    message = f"{context}\x1f{identifier}".encode()
    digest = hmac.new(key.encode(), message, hashlib.sha256).hexdigest()
    return PREFIX + digest[:length].upper()


def mask_bsn(bsn: str | None) -> str:
    """Show only the last four digits (``*****2333``); anything not BSN-shaped is masked whole."""
    if not bsn:
        return ""
    digits = "".join(ch for ch in str(bsn) if ch.isdigit())
    if len(digits) != 9:
        return "*" * 9
    return "*" * 5 + digits[-4:]
