"""What a contract's Social Return clause requires, and how far the entries fulfil it.

obligation = base × percentage, where the base is the contract value (opdrachtwaarde) or the
wage sum (loonsom): configurable per contract because sources differ (rules-nl.md 3.1). A PSO
trede discount is a contract term given as a percentage; no default is shipped because the
regional percentages are UNCONFIRMED (rules-nl.md 3.3)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from werkbrug.domain.errors import Issues

BASES = ("contract_value", "wage_sum")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Obligation:
    base: str
    base_amount_eur: Decimal
    percentage: Decimal
    pso_discount_percent: Decimal
    amount_eur: Decimal

    def as_dict(self) -> dict[str, Any]:
        return {"base": self.base, "base_amount_eur": str(self.base_amount_eur),
                "percentage": str(self.percentage),
                "pso_discount_percent": str(self.pso_discount_percent),
                "amount_eur": str(self.amount_eur)}


def obligation(base_amount_eur: Decimal, percentage: Decimal, base: str = "contract_value",
               pso_discount_percent: Decimal = Decimal(0)) -> Obligation:
    issues = Issues()
    if base not in BASES:
        issues.add("base", "unknown", f"kies uit {', '.join(BASES)}", f"choose from {', '.join(BASES)}")
    if base_amount_eur < 0:
        issues.add("base_amount_eur", "negative", "mag niet negatief zijn", "must not be negative")
    for name, value in (("percentage", percentage), ("pso_discount_percent", pso_discount_percent)):
        if not Decimal(0) <= value <= Decimal(100):
            issues.add(name, "range", "moet tussen 0 en 100 liggen", "must be between 0 and 100")
    issues.raise_if_any()
    gross = base_amount_eur * percentage / 100
    amount = gross * (100 - pso_discount_percent) / 100
    return Obligation(base, base_amount_eur, percentage, pso_discount_percent, amount.quantize(CENT))


@dataclass(frozen=True)
class FulfilmentProgress:
    obligation_eur: Decimal
    realised_eur: Decimal

    @property
    def remaining_eur(self) -> Decimal:
        return max(Decimal(0), self.obligation_eur - self.realised_eur)

    @property
    def met(self) -> bool:
        return self.realised_eur >= self.obligation_eur


def fulfilment_progress(obligation_eur: Decimal, values_eur: Iterable[Decimal]) -> FulfilmentProgress:
    return FulfilmentProgress(obligation_eur, sum(values_eur, Decimal(0)))
