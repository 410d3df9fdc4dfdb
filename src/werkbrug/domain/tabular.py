"""Cells of import/export files <-> typed record values, by column type (see schema.Column.type).

Files are Dutch first: decimal commas, dd-mm-jjjj dates, ja/nee. Parsing also takes the typed
values a spreadsheet reader hands over (int, float, bool, datetime). Formatting gives the text a
CSV cell gets; ``neutralise``/``unneutralise`` keep text cells from running as spreadsheet formulas."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from werkbrug.domain import fml
from werkbrug.domain.errors import Issue, Message
from werkbrug.domain.identifiers import normalise_bsn, normalise_postcode
from werkbrug.domain.schema import Column

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A text cell that a spreadsheet would run: an optional run of apostrophes, then a formula start.
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")
TEXT_TYPES = {"text", "code", "codes", "ref", "fml", "uris", "email", "bsn", "kvk", "postcode"}
LIST_SEPARATOR = "|"
TRUE_WORDS = {"ja", "j", "true", "waar", "yes", "y", "1"}
FALSE_WORDS = {"nee", "n", "false", "onwaar", "no", "0"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NL_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d+)?|\.\d+)$")

Parsed = tuple[Any, list[Issue]]


def neutralise(text: str) -> str:
    """Prefix one apostrophe to text a spreadsheet would read as a formula."""
    return "'" + text if _NEEDS_QUOTE.match(text) else text


def unneutralise(text: str) -> str:
    """Undo ``neutralise``: drop exactly one apostrophe before a formula start."""
    return text[1:] if _ESCAPED.match(text) else text


def _issue(column: Column, code: str, nl: str, en: str) -> list[Issue]:
    return [Issue(column.name, code, Message(nl, en))]


def _as_text(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    return str(raw)


def _parse_int(column: Column, raw: Any) -> Parsed:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw, []
    if isinstance(raw, float) and raw.is_integer():
        return int(raw), []
    text = _as_text(raw)
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text), []
    return None, _issue(column, "not_int", f"'{text}' is geen geheel getal", f"'{text}' is not a whole number")


def decimal_from_text(text: str) -> Decimal | None:
    """'12,5', '12.5', '1.234,5' and '1,234.5' -> Decimal; the last separator is the decimal one."""
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if "," in cleaned and "." in cleaned:
        thousands = "." if cleaned.rfind(",") > cleaned.rfind(".") else ","
        cleaned = cleaned.replace(thousands, "")
    cleaned = cleaned.replace(",", ".")
    if not _NUMBER.match(cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern already rules this out
        return None


def _parse_decimal(column: Column, raw: Any) -> Parsed:
    if isinstance(raw, bool):
        raw = str(raw)
    if isinstance(raw, int):
        return Decimal(raw), []
    if isinstance(raw, float):
        return Decimal(repr(raw)), []
    text = _as_text(raw)
    value = decimal_from_text(text)
    if value is None:
        return None, _issue(column, "not_decimal", f"'{text}' is geen getal (zoals 12,5)",
                            f"'{text}' is not a number (like 12,5)")
    return value, []


def date_from_text(text: str) -> date | None:
    """dd-mm-jjjj (also with / or .) or ISO jjjj-mm-dd."""
    iso, dutch = _ISO_DATE.match(text), _NL_DATE.match(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if dutch:
            return date(int(dutch[3]), int(dutch[2]), int(dutch[1]))
    except ValueError:
        return None
    return None


def _parse_date(column: Column, raw: Any) -> Parsed:
    if isinstance(raw, datetime):
        return raw.date(), []
    if isinstance(raw, date):
        return raw, []
    text = _as_text(raw)
    value = date_from_text(text)
    if value is None:
        return None, _issue(column, "not_date", f"'{text}' is geen datum (dd-mm-jjjj)",
                            f"'{text}' is not a date (dd-mm-yyyy)")
    return value, []


def _parse_bool(column: Column, raw: Any) -> Parsed:
    if isinstance(raw, bool):
        return raw, []
    text = _as_text(raw).lower()
    if text in TRUE_WORDS:
        return True, []
    if text in FALSE_WORDS:
        return False, []
    return None, _issue(column, "not_bool", f"'{text}' is geen ja/nee", f"'{text}' is not yes/no (ja/nee)")


def _code(column: Column, text: str) -> str:
    # Codes are lower case; accept 'Gemeente' for 'gemeente' when that is a known code.
    if column.code_list is not None and text not in column.code_list and text.lower() in column.code_list:
        return text.lower()
    return text


def _parse_codes(column: Column, text: str) -> Parsed:
    parts = [p.strip() for p in text.split(LIST_SEPARATOR)]
    return [_code(column, p) for p in parts if p], []


def _parse_email(column: Column, text: str) -> Parsed:
    if _EMAIL.match(text):
        return text, []
    return None, _issue(column, "email_invalid", "is geen geldig e-mailadres", "is not a valid e-mail address")


_TEXT_PARSERS: dict[str, Callable[[Column, str], Parsed]] = {
    "text": lambda c, t: (t, []),
    "ref": lambda c, t: (t, []),
    "code": lambda c, t: (_code(c, t), []),
    "codes": _parse_codes,
    "uris": _parse_codes,
    "fml": lambda c, t: fml.parse_profile(c.name, t),
    "email": _parse_email,
    "bsn": lambda c, t: (normalise_bsn(t), []),
    "kvk": lambda c, t: (t.zfill(8) if t.isdigit() and len(t) == 7 else t, []),
    "postcode": lambda c, t: (normalise_postcode(t) or t, []),
}
_TYPED_PARSERS: dict[str, Callable[[Column, Any], Parsed]] = {
    "int": _parse_int, "decimal": _parse_decimal, "date": _parse_date, "bool": _parse_bool,
}


def parse_cell(column: Column, raw: Any) -> Parsed:
    """One cell -> (typed value or None when empty, issues). Text is stripped of outer spaces."""
    if isinstance(raw, str):
        raw = raw.strip()
        if raw.startswith("="):
            return None, _issue(column, "formula", "cel bevat een formule; zet er een ' voor om het als tekst "
                                "te bewaren", "cell holds a formula; put a ' in front to keep it as text")
        raw = unneutralise(raw)
    if raw is None or raw == "":
        return None, []
    typed = _TYPED_PARSERS.get(column.type)
    if typed is not None:
        return typed(column, raw)
    return _TEXT_PARSERS[column.type](column, _as_text(raw))


def _format_decimal(value: Any) -> str:
    if isinstance(value, float):
        text = repr(value)
        text = text[:-2] if text.endswith(".0") else text
    else:
        number = Decimal(value).normalize()
        text = f"{number:f}"
    return text.replace(".", ",")


def _format_fml(value: Any) -> str:
    return fml.format_profile(value) if value else ""


_FORMATTERS: dict[str, Callable[[Any], str]] = {
    "int": lambda v: str(int(v)),
    "decimal": _format_decimal,
    "date": lambda v: v.strftime("%d-%m-%Y"),
    "bool": lambda v: "ja" if v else "nee",
    "codes": lambda v: LIST_SEPARATOR.join(v),
    "uris": lambda v: LIST_SEPARATOR.join(v),
    "fml": _format_fml,
}


def format_cell(column: Column, value: Any) -> str:
    """A typed value -> the text of a CSV cell (formula starts neutralised in text cells)."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    text = _FORMATTERS.get(column.type, str)(value)
    return neutralise(text) if column.type in TEXT_TYPES else text
