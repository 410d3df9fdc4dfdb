"""Remove personal data and secrets from text that is about to be logged.

Log lines must never hold a BSN, e-mail address, token or password. Code should not put them
there in the first place; this is the safety net every log record passes through."""

from __future__ import annotations

import re

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\bBearer\s+[A-Za-z0-9._~+/=-]+"), "Bearer [weggelaten]"),
    # key=value / "key": "value" pairs whose key says secret
    (re.compile(r"(?i)\b(password|passwd|wachtwoord|secret|token|code_verifier|code|authorization|api[_-]?key"
                r"|sessionid|csrftoken)(\"?\s*[:=]\s*\"?)([^\s\"'&,;]+)"), r"\1\2[weggelaten]"),
    (re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"), "[token]"),  # JWTs
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), "[e-mail]"),
    (re.compile(r"(?<![\d.])\d{4}\.?\d{2}\.?\d{3}(?![\d.])"), "[bsn?]"),  # 9 digits, optionally 1234.56.789
    (re.compile(r"\b[A-Fa-f0-9]{32,}\b"), "[hex]"),  # session keys, hashes used as secrets
)


def scrub(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text
