"""Pure helpers: TOTP against the RFC vectors, pseudonyms, BSN masking, log scrubbing, hash chain."""

from __future__ import annotations

import base64
from datetime import date

import pytest

from werkbrug.domain import auditchain, retention, totp
from werkbrug.domain.pseudonyms import mask_bsn, pseudonym
from werkbrug.domain.scrubbing import scrub

RFC_KEY = b"12345678901234567890"
RFC_SECRET = base64.b32encode(RFC_KEY).decode()


@pytest.mark.parametrize("counter,code", enumerate(
    ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"]))
def test_hotp_matches_rfc_4226(counter: int, code: str) -> None:
    assert totp.hotp(RFC_KEY, counter) == code


@pytest.mark.parametrize("when,code", [(59, "94287082"), (1111111109, "07081804"), (1111111111, "14050471"),
                                       (1234567890, "89005924"), (2000000000, "69279037"),
                                       (20000000000, "65353130")])
def test_totp_matches_rfc_6238_sha1_vectors(when: int, code: str) -> None:
    assert totp.totp(RFC_SECRET, when, digits=8) == code


def test_totp_verify_allows_drift_and_refuses_replay_and_garbage() -> None:
    secret, now = totp.new_secret(), 1_700_000_000
    code = totp.totp(secret, now - 30)
    step = totp.verify(secret, code, now)
    assert step == totp.step_at(now - 30)
    assert totp.verify(secret, code, now, last_used_step=step) is None  # replay
    assert totp.verify(secret, code, now + 90) is None  # too old
    assert totp.verify(secret, "12345", now) is None and totp.verify(secret, "abcdef", now) is None
    assert totp.provisioning_uri(secret, "user:1").startswith("otpauth://totp/Werkbrug")


def test_pseudonyms_are_stable_per_context_and_unlinkable_across() -> None:
    a = pseudonym("k" * 32, "employer:3", 42)
    assert a == pseudonym("k" * 32, "employer:3", 42)
    assert a != pseudonym("k" * 32, "employer:4", 42)
    assert a != pseudonym("other-key" * 4, "employer:3", 42)
    assert a.startswith("P-") and "42" not in a[2:4]
    with pytest.raises(ValueError):
        pseudonym("", "x", 1)


def test_bsn_masking() -> None:
    assert mask_bsn("111222333") == "*****2333"
    assert mask_bsn("1234") == "*********"
    assert mask_bsn("") == "" and mask_bsn(None) == ""


@pytest.mark.parametrize("text,secret", [
    ("kandidaat 111222333 opgeslagen", "111222333"), ("bsn 1112.22.333", "1112.22.333"),
    ("mail sanne.jansen@example.nl", "sanne.jansen@example.nl"), ("password=Hunter2Hunter2", "Hunter2Hunter2"),
    ('{"token": "abc.def"}', "abc.def"), ("Authorization: Bearer abcdef123", "abcdef123"),
    ("id_token eyJhbGciOi.eyJzdWIi.sig", "eyJhbGciOi.eyJzdWIi.sig"),
    ("sessionid=0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef"),
])
def test_scrub_removes_personal_data_and_secrets(text: str, secret: str) -> None:
    assert secret not in scrub(text)


def test_scrub_leaves_ordinary_numbers_alone() -> None:
    assert scrub("imported 1234 rows in 12.5 s") == "imported 1234 rows in 12.5 s"


def _chain(n: int) -> list[dict[str, object]]:
    rows, previous = [], auditchain.GENESIS
    for i in range(1, n + 1):
        row: dict[str, object] = {"sequence": i, "action": "read", "result": "success", "previous_hash": previous}
        row["hash"] = previous = auditchain.link(previous, row)
        rows.append(row)
    return rows


def test_hash_chain_detects_change_deletion_and_relinking() -> None:
    rows = _chain(5)
    assert auditchain.verify(rows) == []
    changed = [dict(r) for r in rows]
    changed[2]["action"] = "delete"
    assert auditchain.verify(changed) == [auditchain.Break(3, "changed")]
    deleted = rows[:2] + rows[3:]
    assert {b.problem for b in auditchain.verify(deleted)} == {"missing", "relinked"}


@pytest.mark.parametrize("start,years,expected", [(date(2024, 2, 29), 1, date(2025, 2, 28)),
                                                  (date(2023, 6, 15), 2, date(2025, 6, 15))])
def test_retention_period_arithmetic(start: date, years: int, expected: date) -> None:
    assert retention.add_period(start, years) == expected


def test_retention_boundary_day_before_on_after() -> None:
    rule = retention.rule_on("candidates", date(2026, 1, 1))
    end = date(2023, 6, 15)
    limit = retention.expires_on(rule, end)
    assert not retention.expired(rule, end, limit.replace(day=limit.day - 1))
    assert retention.expired(rule, end, limit)
    assert retention.expired(rule, end, limit.replace(day=limit.day + 1))
    assert not retention.expired(rule, None, date(2100, 1, 1))
    with pytest.raises(LookupError):
        retention.rule_on("candidates", date(2000, 1, 1))
