"""Retention periods as versioned data (``werkbrug/data/retention.toml``) and the pure decision
whether a record's period has run out on a given day."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from werkbrug.domain.errors import Message


@dataclass(frozen=True)
class RetentionRule:
    data_set: str
    years: int
    months: int
    counted_from: str
    action: str  # "anonymise" or "delete"
    valid_from: date
    source: str
    description: Message
    unconfirmed: bool = False  # the period is an assumption still to be confirmed


def _rules_from(text: str) -> list[RetentionRule]:
    raw = tomllib.loads(text)
    return [RetentionRule(data_set, int(v.get("years", 0)), int(v.get("months", 0)), v["counted_from"],
                          v["action"], v["valid_from"], v["source"], Message(v["nl"], v["en"]),
                          bool(v.get("unconfirmed", False)))
            for data_set, versions in raw.items() for v in versions]


@cache
def rules() -> tuple[RetentionRule, ...]:
    return tuple(_rules_from(files("werkbrug.data").joinpath("retention.toml").read_text("utf-8")))


def rule_on(data_set: str, day: date) -> RetentionRule:
    """The version of a data set's rule in force on ``day``."""
    candidates = [r for r in rules() if r.data_set == data_set and r.valid_from <= day]
    if not candidates:
        raise LookupError(f"geen bewaartermijn voor {data_set} op {day} / no retention period for {data_set} on {day}")
    return max(candidates, key=lambda r: r.valid_from)


def add_period(start: date, years: int, months: int = 0) -> date:
    """``start`` plus the period; 29 February moves to 28 February in a non-leap year."""
    month_index = start.month - 1 + months
    year = start.year + years + month_index // 12
    month = month_index % 12 + 1
    day = start.day
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def expires_on(rule: RetentionRule, reference: date) -> date:
    """The first day on which the data may no longer be kept."""
    return add_period(reference, rule.years, rule.months)


def expired(rule: RetentionRule, reference: date | None, today: date) -> bool:
    """True from the expiry day on. No reference date (still active) never expires."""
    return reference is not None and today >= expires_on(rule, reference)
