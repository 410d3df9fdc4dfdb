"""Dutch identifiers: BSN (elfproef), KvK number, postcode."""

from __future__ import annotations

import re

from werkbrug.domain.errors import Issue, Message

_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s?([A-Za-z]{2})?\s*$")
_FORBIDDEN_LETTERS = {"SA", "SD", "SS"}  # PostNL never issues these letter pairs


def bsn_is_valid(value: str) -> bool:
    """Elfproef for the burgerservicenummer: 9 digits, sum(d_i * w_i) with weights
    9..2 and -1 for the last digit is divisible by 11 and not zero."""
    if not re.fullmatch(r"[0-9]{9}", value):
        return False
    digits = [int(c) for c in value]
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0 and total != 0


def check_bsn(field: str, value: str) -> Issue | None:
    cleaned = value.strip()
    if len(cleaned) == 8 and cleaned.isdigit():
        cleaned = "0" + cleaned  # leading zero lost by a spreadsheet
    if bsn_is_valid(cleaned):
        return None
    return Issue(field, "bsn_invalid", Message(
        "BSN is ongeldig (9 cijfers en de elfproef moet kloppen)",
        "BSN is invalid (9 digits that pass the elfproef check)",
    ))


def normalise_bsn(value: str) -> str:
    cleaned = value.strip()
    return "0" + cleaned if len(cleaned) == 8 and cleaned.isdigit() else cleaned


def check_kvk(field: str, value: str) -> Issue | None:
    if re.fullmatch(r"[0-9]{8}", value.strip()):
        return None
    return Issue(field, "kvk_invalid", Message(
        "KvK-nummer moet uit precies 8 cijfers bestaan", "KvK number must be exactly 8 digits"))


def normalise_postcode(value: str) -> str | None:
    """'1234 ab' -> '1234AB'; a PC4 alone ('1234') stays PC4. None when not a Dutch postcode."""
    match = _POSTCODE.match(value)
    if not match:
        return None
    digits, letters = match.group(1), (match.group(2) or "").upper()
    if letters in _FORBIDDEN_LETTERS:
        return None
    return digits + letters


def check_postcode(field: str, value: str) -> Issue | None:
    if normalise_postcode(value) is not None:
        return None
    return Issue(field, "postcode_invalid", Message(
        f"'{value}' is geen Nederlandse postcode (zoals 1234 AB)",
        f"'{value}' is not a Dutch postcode (like 1234 AB)",
    ))
