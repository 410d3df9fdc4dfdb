"""Password rules beyond Django's own (ASVS 6.2): a maximum length so long pass phrases work
but hashing cannot be abused, and a shipped list of local common passwords."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from django.core.exceptions import ValidationError


class MaximumLengthValidator:
    def __init__(self, max_length: int = 128):
        self.max_length = max_length

    def validate(self, password: str, user: Any = None) -> None:
        if len(password) > self.max_length:
            raise ValidationError(
                f"Het wachtwoord is langer dan {self.max_length} tekens / "
                f"the password is longer than {self.max_length} characters", code="password_too_long")

    def get_help_text(self) -> str:
        return f"Hoogstens {self.max_length} tekens / at most {self.max_length} characters."


@cache
def local_common_passwords() -> frozenset[str]:
    text = files("werkbrug.data").joinpath("common_passwords_nl.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


class LocalCommonPasswordValidator:
    """Dutch words and patterns that Django's English list misses (welkom01, voorjaar2025…)."""

    def validate(self, password: str, user: Any = None) -> None:
        if password.strip().lower() in local_common_passwords():
            raise ValidationError("Dit wachtwoord komt te vaak voor / this password is too common",
                                  code="password_too_common")

    def get_help_text(self) -> str:
        return "Geen veelgebruikt wachtwoord / not a commonly used password."
