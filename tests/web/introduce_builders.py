"""A candidate × work item with beoordelingspunten: lifting just within the candidate's limit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any


def pair_with_points(world: dict[str, Any]) -> tuple[Any, Any]:
    from web_builders import make_candidates

    from werkbrug.registry import services

    [candidate] = make_candidates(1, world["consultant"], start=60, fml_profile={"IV.12": {"level": 1, "value": 15.0}})
    work, _ = services.save_record("work", {
        "external_key": "work-lift", "employer": "emp-1", "location": "loc-1", "kind": "vacancy",
        "title": "Magazijnmedewerker", "hours_per_week": Decimal("24"), "contract_type": "tijdelijk",
        "status": "open", "start_date": date(2025, 3, 1)})
    services.save_record("tasks", {"work": "work-lift", "key": "t1", "name": "Dozen tillen",
                                   "hours_per_week": Decimal("24"),
                                   "fml_demand": {"IV.12": {"level": 1, "value": 14.0}}})
    return candidate, work
