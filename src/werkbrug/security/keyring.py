"""Encryption at rest: a key ring of AES-256-GCM keys and a blind index (HMAC-SHA256).

No Django here, so it can be tested on its own. A stored value reads ``e1:<key id>:<base64url
(nonce + ciphertext + tag)>``: the key id makes rotation possible (old keys keep decrypting, the
first key of the ring encrypts), and the associated data binds a value to its column and key id,
so a ciphertext copied into another column does not decrypt."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT = "e1"
PREFIX = f"{FORMAT}:"
_KEY_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_NONCE_BYTES = 12


class KeyRingError(ValueError):
    """A key ring that cannot be used, or a stored value that does not decrypt (tampered, wrong key)."""


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_key() -> str:
    """A fresh 256-bit key, base64url: for `werkbrug keys generate` and the docs."""
    return _b64encode(os.urandom(32))


@dataclass(frozen=True)
class KeyRing:
    """Key ids and raw keys, newest (the one that encrypts) first."""

    keys: tuple[tuple[str, bytes], ...]
    _ciphers: dict[str, AESGCM] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def parse(cls, spec: str) -> KeyRing:
        """``id:base64key`` entries separated by commas or newlines; '#' starts a comment line."""
        entries = [e.strip() for line in spec.splitlines() if not line.strip().startswith("#")
                   for e in line.split(",") if e.strip()]
        keys: list[tuple[str, bytes]] = []
        for entry in entries:
            kid, _, encoded = entry.partition(":")
            if not _KEY_ID.match(kid) or not encoded:
                raise KeyRingError("key entry must read 'id:base64key' (id: letters, digits, - and _)")
            try:
                raw = _b64decode(encoded.strip())
            except ValueError as exc:
                raise KeyRingError(f"key {kid}: not base64") from exc
            if len(raw) != 32:
                raise KeyRingError(f"key {kid}: must be 32 bytes (AES-256), is {len(raw)}")
            keys.append((kid, raw))
        if not keys:
            raise KeyRingError("no encryption keys configured")
        if len({kid for kid, _ in keys}) != len(keys):
            raise KeyRingError("key ids must be unique")
        return cls(tuple(keys))

    @property
    def current(self) -> str:
        return self.keys[0][0]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(kid for kid, _ in self.keys)

    def _cipher(self, kid: str) -> AESGCM:
        cipher = self._ciphers.get(kid)
        if cipher is None:
            raw = dict(self.keys).get(kid)
            if raw is None:
                raise KeyRingError(f"unknown key id {kid}")
            cipher = self._ciphers[kid] = AESGCM(raw)
        return cipher

    def encrypt(self, plaintext: str, context: str) -> str:
        kid = self.current
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._cipher(kid).encrypt(nonce, plaintext.encode("utf-8"), _aad(kid, context))
        return f"{PREFIX}{kid}:{_b64encode(nonce + sealed)}"

    def decrypt(self, stored: str, context: str) -> str:
        kid, body = split(stored)
        data = _b64decode(body)
        try:
            plain = self._cipher(kid).decrypt(data[:_NONCE_BYTES], data[_NONCE_BYTES:], _aad(kid, context))
        except InvalidTag as exc:
            raise KeyRingError(f"value in {context} does not decrypt with key {kid} (changed or wrong key)") from exc
        return plain.decode("utf-8")


def _aad(kid: str, context: str) -> bytes:
    return f"{FORMAT}:{kid}:{context}".encode()


def split(stored: str) -> tuple[str, str]:
    """(key id, body) of a stored value; refuses anything that is not ciphertext."""
    if not stored.startswith(PREFIX):
        raise KeyRingError("stored value is not encrypted")
    kid, _, body = stored[len(PREFIX):].partition(":")
    if not kid or not body:
        raise KeyRingError("stored value is malformed")
    return kid, body


def key_id_of(stored: str) -> str | None:
    """The key id of a stored value, None when it is not ciphertext (e.g. a row not yet migrated)."""
    try:
        return split(stored)[0]
    except KeyRingError:
        return None


def blind_index(key: bytes, context: str, value: str) -> str:
    """A keyed, deterministic digest for equality lookups and uniqueness without the plaintext."""
    return hmac.new(key, f"{context}:{value}".encode(), hashlib.sha256).hexdigest()
