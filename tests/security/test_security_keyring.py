"""The key ring on its own: authenticated encryption, key ids, rotation, blind index, bad keys."""

from __future__ import annotations

import pytest

from werkbrug.security import keyring

OLD = f"old:{keyring.new_key()}"
NEW = f"new:{keyring.new_key()}"


def test_round_trip_and_fresh_nonce() -> None:
    ring = keyring.KeyRing.parse(NEW)
    first, second = ring.encrypt("111222333", "t.bsn"), ring.encrypt("111222333", "t.bsn")
    assert first != second and "111222333" not in first
    assert first.startswith("e1:new:")
    assert ring.decrypt(first, "t.bsn") == "111222333"


def test_tampering_or_another_column_is_refused() -> None:
    ring = keyring.KeyRing.parse(NEW)
    stored = ring.encrypt("111222333", "t.bsn")
    flipped = stored[:-2] + ("A" if stored[-2] != "A" else "B") + stored[-1]
    with pytest.raises(keyring.KeyRingError):
        ring.decrypt(flipped, "t.bsn")
    with pytest.raises(keyring.KeyRingError):
        ring.decrypt(stored, "t.support_notes")  # associated data binds the column
    with pytest.raises(keyring.KeyRingError):
        ring.decrypt("111222333", "t.bsn")  # plaintext is never accepted as a value


def test_old_keys_decrypt_the_first_encrypts() -> None:
    stored = keyring.KeyRing.parse(OLD).encrypt("geen tillen", "t.notes")
    rotated = keyring.KeyRing.parse(f"{NEW}\n# older keys below\n{OLD}")
    assert rotated.current == "new" and rotated.ids == ("new", "old")
    assert rotated.decrypt(stored, "t.notes") == "geen tillen"
    assert keyring.key_id_of(rotated.encrypt("x", "t.notes")) == "new"
    with pytest.raises(keyring.KeyRingError, match="unknown key id old"):
        keyring.KeyRing.parse(NEW).decrypt(stored, "t.notes")


@pytest.mark.parametrize("spec,problem", [
    ("", "no encryption keys"), ("k1:c2hvcnQ", "32 bytes"), ("bad id:" + keyring.new_key(), "id:base64key"),
    (f"{NEW},{NEW}", "unique"), ("k1:", "id:base64key")])
def test_bad_key_rings_are_refused(spec: str, problem: str) -> None:
    with pytest.raises(keyring.KeyRingError, match=problem):
        keyring.KeyRing.parse(spec)


def test_blind_index_is_keyed_and_per_context() -> None:
    a = keyring.blind_index(b"k" * 32, "t.bsn", "111222333")
    assert a == keyring.blind_index(b"k" * 32, "t.bsn", "111222333") and len(a) == 64
    assert a != keyring.blind_index(b"j" * 32, "t.bsn", "111222333")
    assert a != keyring.blind_index(b"k" * 32, "u.bsn", "111222333")
