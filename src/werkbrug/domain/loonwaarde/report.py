"""When a loonwaarde report may be final: only after employee and employer each had their say (art. 3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from werkbrug.domain.errors import Message


class ZienswijzeStatus(StrEnum):
    PENDING = "pending"
    RECORDED = "recorded"
    WAIVED = "waived"  # the party explicitly declined to give one


@dataclass(frozen=True)
class Zienswijze:
    party: str  # "employee" | "employer"
    status: ZienswijzeStatus = ZienswijzeStatus.PENDING
    on: date | None = None


@dataclass(frozen=True)
class Finality:
    final_allowed: bool
    reasons: tuple[Message, ...]


PARTIES = {"employee": Message("werknemer", "employee"), "employer": Message("werkgever", "employer")}


def report_finality(zienswijzen: list[Zienswijze]) -> Finality:
    """Final only when both the employee's and the employer's zienswijze is recorded or waived."""
    by_party = {z.party: z for z in zienswijzen}
    reasons = []
    for party, label in PARTIES.items():
        given = by_party.get(party)
        if given is None or given.status is ZienswijzeStatus.PENDING:
            reasons.append(Message(f"de zienswijze van de {label.nl} ontbreekt (vastleggen of afzien vastleggen)",
                                   f"the {label.en}'s zienswijze is missing (record it or record that it was waived)"))
    return Finality(not reasons, tuple(reasons))
