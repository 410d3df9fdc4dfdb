"""Banenafspraak targets per year and sector (rules-nl.md 1.3) and progress against them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from werkbrug.domain.banenafspraak.quotum import version_for_year
from werkbrug.domain.errors import Issues
from werkbrug.domain.parameters import ParameterSet, ParameterVersion, load_parameters

TARGET_SECTORS = ("markt", "overheid", "total")


def target(year: int, sector: str, parameters: ParameterSet | None = None) -> ParameterVersion:
    """The cumulative extra-banen target for a year; unconfirmed years carry their flag."""
    params = parameters or load_parameters()
    issues = Issues()
    if sector not in TARGET_SECTORS:
        issues.add("sector", "unknown", f"onbekende sector; kies uit {', '.join(TARGET_SECTORS)}",
                   f"unknown sector; choose from {', '.join(TARGET_SECTORS)}")
        issues.raise_if_any()
    found = version_for_year(params, f"banenafspraak_target_{sector}", year)
    if found is None:
        issues.add("year", "no-target", f"geen doelstelling bekend voor {year}/{sector}",
                   f"no target known for {year}/{sector}")
    issues.raise_if_any()
    assert found is not None
    return found


@dataclass(frozen=True)
class Progress:
    realised: Decimal
    goal: Decimal
    unconfirmed: bool = False

    @property
    def percent(self) -> Decimal:
        return (self.realised / self.goal * 100) if self.goal else Decimal(0)

    @property
    def met(self) -> bool:
        return self.realised >= self.goal

    def as_dict(self) -> dict[str, Any]:
        return {"realised": str(self.realised), "goal": str(self.goal),
                "percent": str(self.percent.quantize(Decimal("0.1"))), "met": self.met,
                "unconfirmed": self.unconfirmed}


def progress_against_target(realised_extra: Decimal, year: int, sector: str,
                            parameters: ParameterSet | None = None) -> Progress:
    goal = target(year, sector, parameters)
    return Progress(realised_extra, goal.decimal, goal.unconfirmed)


def progress_against_ambition(realised_banen: Decimal, baanambitie: Decimal) -> Progress:
    """An employer's own baanambitie (banen it intends to create)."""
    return Progress(realised_banen, baanambitie)
