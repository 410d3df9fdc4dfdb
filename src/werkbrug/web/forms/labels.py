"""Code lists as form choices in the current language (the labels are bilingual data)."""

from __future__ import annotations

from django.utils.functional import lazy
from django.utils.translation import get_language

from werkbrug.domain.errors import Message


def _label(message: Message) -> str:
    return message.text(get_language() or "nl")


label = lazy(_label, str)


def code_choices(code_list: dict[str, Message]) -> list[tuple[str, str]]:
    return [(code, label(message)) for code, message in code_list.items()]
