"""Workplace accommodations for the business case: from the match where the matching app can
explain the pair, otherwise from the candidate's needed accommodation codes and the catalogue.
The output says which source was used."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.domain.accommodations import load_accommodations
from werkbrug.domain.business import Accommodation
from werkbrug.domain.errors import Message
from werkbrug.registry.models import Candidate, Work

log = logging.getLogger(__name__)

SOURCES = {
    "matching": Message("uit de match (werkbrug match explain)",
                        "from the match (werkbrug match explain)"),
    "candidate_needs": Message(
        "uit de benodigde voorzieningen van de kandidaat en de catalogus (zonder wat de werkplek al heeft)",
        "from the candidate's needed accommodations and the catalogue (minus what the workplace has)"),
}


@dataclass(frozen=True)
class AccommodationPlan:
    source: str
    items: tuple[Accommodation, ...]
    codes: tuple[str, ...]
    notes: tuple[Message, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        catalogue = {a.code: a for a in load_accommodations()}
        rows = []
        for code, item in zip(self.codes, self.items, strict=True):
            entry = catalogue.get(code)
            rows.append({"code": code, "name": {"nl": entry.name.nl if entry else item.description,
                                                "en": entry.name.en if entry else item.description},
                         "cost": str(item.cost), "cost_period": item.period, "funder": item.funder})
        label = SOURCES[self.source]
        return {"source": self.source, "source_label": {"nl": label.nl, "en": label.en}, "items": rows,
                "notes": [{"nl": n.nl, "en": n.en} for n in self.notes]}


def _from_match(candidate: Candidate, work: Work, on: date) -> AccommodationPlan | None:
    try:
        from werkbrug.matching.services import explain
    except ImportError:
        return None
    try:
        row = explain(str(candidate.pk), str(work.pk), today=on)
    except Exception:  # noqa: BLE001 - a failing match must not block the business case
        log.warning("business case: matching explain failed; using the candidate's needs",
                    exc_info=True)
        return None
    items = tuple(Accommodation(f"{a['code']}: {a['name']}", Decimal(str(a["cost"])),
                                a["funding_route"], a["cost_period"]) for a in row["accommodations"])
    notes: tuple[Message, ...] = ()
    if row.get("verdict") == "excluded":
        notes = (Message("let op: volgens de match past de kandidaat niet op dit werk",
                         "note: according to the match the candidate does not fit this work"),)
    return AccommodationPlan("matching", items, tuple(a["code"] for a in row["accommodations"]),
                             notes)


def _from_needs(candidate: Candidate, work: Work) -> AccommodationPlan:
    catalogue = {a.code: a for a in load_accommodations()}
    in_place = set(work.accommodations_available or ())
    wanted = [c for c in candidate.needed_accommodations or () if c not in in_place]
    unknown = [c for c in wanted if c not in catalogue]
    known = [catalogue[c] for c in wanted if c in catalogue]
    notes = tuple(Message(f"onbekende voorziening '{c}' overgeslagen",
                          f"unknown accommodation '{c}' skipped") for c in unknown)
    items = tuple(Accommodation(f"{a.code}: {a.name.nl}", a.typical_cost, a.funding_route,
                                a.cost_period) for a in known)
    return AccommodationPlan("candidate_needs", items, tuple(a.code for a in known), notes)


def plan_accommodations(candidate: Candidate, work: Work, on: date,
                        use_matching: bool = True) -> AccommodationPlan:
    found = _from_match(candidate, work, on) if use_matching else None
    return found if found is not None else _from_needs(candidate, work)
