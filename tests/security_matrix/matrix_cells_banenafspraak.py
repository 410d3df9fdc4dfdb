"""Matrix cells of the Banenafspraak API: figures per sector and region (aggregates), an
employer's own report and quotum (E1: the employer HR officer's own, E2: another employer)."""

from __future__ import annotations

from matrix_cells import Cell
from matrix_world import World

from werkbrug.domain.authorisation import Actor, Resource, decide
from werkbrug.security.fieldpolicy import gate


def cells(world: World, actor: Actor) -> list[Cell]:
    result = [Cell("banenafspraak report aggregates", "get", "/api/v1/banenafspraak/report/?year=2025",
                   gate(actor, "banenafspraak_aggregates", "read")),
              Cell("banenafspraak report region", "get", "/api/v1/banenafspraak/report/?region=Holland%20Rijnland",
                   gate(actor, "banenafspraak_aggregates", "read"))]
    for name in ("E1", "E2"):
        employer = world.orgs[name]
        own = decide(actor, "read", Resource("banenafspraak", frozenset({employer.pk}))).allowed
        result += [Cell(f"banenafspraak report employer {name}", "get",
                        f"/api/v1/banenafspraak/report/?employer={employer.pk}", own),
                   Cell(f"quotum {name}", "get", f"/api/v1/quotum/?employer={employer.external_key}&year=2025", own,
                        passed=lambda code: code in (200, 400))]
    return result
