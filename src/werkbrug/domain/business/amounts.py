"""Money helpers shared by the business-case calculators: an amount always carries its rule and
the parameter versions it used, so the output can say where every euro comes from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from werkbrug.domain.errors import DomainValidationError, Issue, Issues, Message
from werkbrug.domain.parameters import (
    ParameterMissing,
    ParameterSet,
    ParameterVersion,
    load_parameters,
)

CENT = Decimal("0.01")
HOURLY = Decimal("0.0001")  # per-hour subsidies are shown to 4 decimals (rules-nl.md 6.2)
HUNDRED = Decimal(100)
WEEKS_PER_YEAR = Decimal(52)
MONTHS_PER_YEAR = Decimal(12)


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def per_hour(value: Decimal) -> Decimal:
    return value.quantize(HOURLY, rounding=ROUND_HALF_UP)


def fraction(version: ParameterVersion) -> Decimal:
    """A percentage parameter (e.g. "23.5") as a fraction (0.235)."""
    return version.decimal / HUNDRED


def parameter_dict(version: ParameterVersion) -> dict[str, Any]:
    data = version.as_dict()
    if version.note:
        data["note"] = version.note
    return data


@dataclass(frozen=True)
class Amount:
    """An amount in euro with the rule that produced it and the parameters it used."""

    value: Decimal
    rule: Message
    parameters: tuple[ParameterVersion, ...] = ()
    notes: tuple[Message, ...] = field(default=())

    @property
    def unconfirmed(self) -> bool:
        return any(p.unconfirmed for p in self.parameters)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "amount": str(self.value),
            "rule": {"nl": self.rule.nl, "en": self.rule.en},
            "parameters": [parameter_dict(p) for p in self.parameters],
            "unconfirmed": self.unconfirmed,
        }
        if self.notes:
            data["notes"] = [{"nl": n.nl, "en": n.en} for n in self.notes]
        return data


def unconfirmed_parameters(amounts: Iterable[Amount]) -> list[dict[str, Any]]:
    """Every UNCONFIRMED parameter version used, once, for a flag at the top of the output."""
    seen: dict[tuple[str, date], ParameterVersion] = {}
    for amount in amounts:
        for p in amount.parameters:
            if p.unconfirmed:
                seen.setdefault((p.name, p.valid_from), p)
    return [parameter_dict(p) for _, p in sorted(seen.items())]


class Lookup:
    """Parameter access that turns a missing version into a bilingual input error on `field`."""

    def __init__(self, params: ParameterSet | None = None):
        self.params = params if params is not None else load_parameters()

    def get(self, name: str, on: date, field_name: str = "date") -> ParameterVersion:
        try:
            return self.params.get(name, on)
        except ParameterMissing:
            first = self.params.history(name)
            since = f"{first[0].valid_from:%d-%m-%Y}" if first else "-"
            raise DomainValidationError([Issue(field_name, "before_first_parameter", Message(
                f"geen waarde voor '{name}' op {on:%d-%m-%Y}; de eerste bekende waarde geldt vanaf {since}",
                f"no value for '{name}' on {on.isoformat()}; the first known value applies from {since}",
            ))]) from None


def check_range(issues: Issues, field_name: str, value: Decimal | int | None,
                low: Decimal | int, high: Decimal | int | None = None) -> None:
    """Add a bilingual issue when `value` lies outside [low, high]."""
    if value is None:
        return
    if value >= low and (high is None or value <= high):
        return
    if high is None:
        issues.add(field_name, "out_of_range", f"moet minstens {low} zijn (was {value})",
                   f"must be at least {low} (was {value})")
    else:
        issues.add(field_name, "out_of_range", f"moet liggen tussen {low} en {high} (was {value})",
                   f"must be between {low} and {high} (was {value})")
