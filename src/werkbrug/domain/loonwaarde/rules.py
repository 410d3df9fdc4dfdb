"""Named rules that combine tempo, kwaliteit and netto werktijd into one hoofdtaak's arbeidsprestatie.

Which rule applies is the versioned parameter `loonwaarde_combination_rule` (UNCONFIRMED, rules-nl.md
8.1): the Besluit says the loonwaarde is the sum of the arbeidsprestaties, not how one is made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from werkbrug.domain.errors import Message

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class CombinationRule:
    name: str
    description: Message
    combine: Callable[[Decimal, Decimal, Decimal, Decimal], Decimal]  # share, tempo, kwaliteit, netto -> %


def _product(share: Decimal, tempo: Decimal, kwaliteit: Decimal, netto: Decimal) -> Decimal:
    return share * tempo * kwaliteit * netto / (HUNDRED ** 2)


def _without_netto(share: Decimal, tempo: Decimal, kwaliteit: Decimal, netto: Decimal) -> Decimal:
    return share * tempo * kwaliteit / HUNDRED


RULES: dict[str, CombinationRule] = {rule.name: rule for rule in (
    CombinationRule(
        "time_share_x_tempo_x_kwaliteit_x_netto_werktijd",
        Message("arbeidsprestatie = tijdsaandeel × tempo × kwaliteit × netto werktijd",
                "arbeidsprestatie = time share × tempo × kwaliteit × netto werktijd"),
        _product),
    CombinationRule(
        "time_share_x_tempo_x_kwaliteit",
        Message("arbeidsprestatie = tijdsaandeel × tempo × kwaliteit (netto werktijd niet meegeteld)",
                "arbeidsprestatie = time share × tempo × kwaliteit (netto werktijd not counted)"),
        _without_netto),
)}
