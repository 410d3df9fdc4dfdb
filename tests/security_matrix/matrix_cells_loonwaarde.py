"""Matrix cells of the loonwaarde API: the measurement is health-like data on the placement (read with
``health_fml``), an employer reads only a final percentage (``financial``), writing needs ``update``
with ``health_fml``."""

from __future__ import annotations

from typing import Any

from matrix_cells import Cell
from matrix_world import World

from werkbrug.domain.authorisation import Actor, decide
from werkbrug.security.access import resource_for
from werkbrug.security.fieldpolicy import gate

RECORD: dict[str, Any] = {
    "measured_on": "2025-05-01", "contract_hours": 24, "normfunctie": {"name": "inpakker", "source": "cao"},
    "hoofdtaken": [{"name": "inpakken", "hours_per_week": 24, "minutes_per_day": [480, 480, 480],
                    "tempo": 80, "kwaliteit": 100, "netto_werktijd": 100}],
    "deskundige": {"name": "Deskundige", "degree": "hbo", "years_experience": 3,
                   "knows_law_and_labour_market": True, "keeps_knowledge_current": True},
    "zienswijzen": {"employee": {"status": "waived", "on": "2025-05-02"},
                    "employer": {"status": "recorded", "text": "eens", "on": "2025-05-02"}},
}


def _allowed(actor: Actor, action: str, placement: Any, classes: tuple[str, ...]) -> bool:
    return decide(actor, action, resource_for(placement), classes).allowed


def cells(world: World, actor: Actor) -> list[Cell]:
    from werkbrug.loonwaarde import services

    found: list[Cell] = []
    for relation, placement in world.placements.items():
        final = services.finalise(services.save_measurement(placement, RECORD))
        draft = services.save_measurement(placement, RECORD)
        read = gate(actor, "placements", "read") and (_allowed(actor, "read", placement, ("health_fml",))
                                                      or _allowed(actor, "read", placement, ("financial",)))
        health = gate(actor, "placements", "read", ("health_fml",)) \
            and _allowed(actor, "read", placement, ("health_fml",))
        write = gate(actor, "placements", "update", ("health_fml",)) \
            and _allowed(actor, "update", placement, ("health_fml",))
        found += [
            Cell(f"loonwaarde list {relation}", "get", f"/api/v1/loonwaarde/?placement={placement.pk}", read),
            Cell(f"loonwaarde get final {relation}", "get", f"/api/v1/loonwaarde/{final.pk}/", read),
            # HEAD: the same decision as GET without a binary body (the matrix reads answers as text)
            Cell(f"loonwaarde pdf {relation}", "head", f"/api/v1/loonwaarde/{final.pk}/pdf/", health),
            Cell(f"loonwaarde create {relation}", "post", "/api/v1/loonwaarde/", write,
                 RECORD | {"placement": placement.pk}),
            Cell(f"loonwaarde update draft {relation}", "put", f"/api/v1/loonwaarde/{draft.pk}/", write, RECORD),
            Cell(f"loonwaarde finalise {relation}", "post", f"/api/v1/loonwaarde/{draft.pk}/finalise/", write),
        ]
    return found
