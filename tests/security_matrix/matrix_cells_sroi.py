"""Matrix cells of the Social Return ledger (/api/v1/sroi/): contracts, entries, transitions,
evidence and reports of the own buyer/supplier pair (G1 buys from E1) and of another pair (G2
buys from E2); expectations from decide() on the resources werkbrug.sroi.scoping describes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from itertools import count
from typing import Any

from matrix_cells import Cell
from matrix_world import World

from werkbrug.domain.authorisation import Actor, Resource, decide
from werkbrug.security.fieldpolicy import gate

BASE = "/api/v1/sroi"
PAIRS = {"own": ("G1", "E1"), "other": ("G2", "E2")}
_serial = count(1)


def _contract(world: World, buyer: str, supplier: str) -> Any:
    from werkbrug.sroi import services

    return services.create_contract({
        "external_key": f"MX-SROI-{next(_serial)}", "name": "Onderhoud", "buyer": world.orgs[buyer],
        "supplier": world.orgs[supplier], "contract_value_eur": Decimal("100000"), "sroi_percentage": Decimal("5"),
        "base": "contract_value", "start_date": date(2025, 1, 1), "end_date": date(2025, 12, 31),
        "method": "haaglanden-2023", "penalty_factor": Decimal("1"), "herstelperiode_days": 60})


def _entry(contract: Any) -> Any:
    from werkbrug.sroi import services

    return services.create_entry({"contract": contract.pk, "kind": "activity", "period_start": date(2025, 2, 1),
                                  "hours": Decimal("10"), "rate_eur": Decimal("50"), "description": "Gastles"})


def _document(entry: Any) -> Any:
    from django.core.files.base import ContentFile

    from werkbrug.sroi.models import Evidence

    storage, name = Evidence._meta.get_field("file").storage, "matrix/matrix-evidence.pdf"
    if not storage.exists(name):
        storage.save(name, ContentFile(b"%PDF-1.4 matrix"))
    return Evidence.objects.create(entry=entry, document_type="invoice", file=name, original_name="m.pdf",
                                   content_type="application/pdf", size=15, sha256="0" * 64)


def _listed(actor: Actor, model: Any) -> Callable[[Any], list[str]]:
    """A list holds exactly the objects a single read would allow (lists filtered, never refused)."""
    from werkbrug.sroi import scoping

    def check(body: Any) -> list[str]:
        allowed = {o.pk for o in model.objects.all() if decide(actor, "read", scoping.ledger(o)).allowed}
        shown = {row["id"] for row in body["results"]}
        return [] if shown == allowed else [f"listed {sorted(shown)} but may read {sorted(allowed)}"]
    return check


def contract_cells(actor: Actor, name: str, contract: Any) -> list[Cell]:
    from werkbrug.sroi import scoping

    read = decide(actor, "read", scoping.ledger(contract)).allowed
    export = gate(actor, "sroi", "export") and decide(actor, "export", scoping.ledger(contract)).allowed
    terms = scoping.terms(contract.buyer_id)
    url = f"{BASE}/contracts/{contract.pk}/"
    return [Cell(f"sroi get contract {name}", "get", url, read),
            Cell(f"sroi contract report {name}", "get", f"{url}report/?as_of=2025-06-30", read),
            # decided before the report is built: a bad date then answers 400 (the matrix reads
            # every successful answer as text, so binary downloads are tested in tests/sroi/)
            Cell(f"sroi contract report xlsx {name}", "get", f"{url}report/?format=xlsx&as_of=x", export,
                 passed=lambda code: code == 400),
            Cell(f"sroi patch contract {name}", "patch", url,
                 gate(actor, "sroi_contracts", "update") and decide(actor, "update", terms).allowed,
                 {"version": 1, "name": "Onderhoud"})]


def entry_cells(actor: Actor, name: str, entry: Any) -> list[Cell]:
    from werkbrug.sroi import scoping

    read = decide(actor, "read", scoping.ledger(entry)).allowed
    write = decide(actor, "update", scoping.fulfilment(entry)).allowed
    url = f"{BASE}/entries/{entry.pk}/"
    document = _document(entry)  # the download cell asks for another id: decided, then 404
    return [Cell(f"sroi get entry {name}", "get", url, read),
            Cell(f"sroi patch entry {name}", "patch", url, write, {"version": 1, "description": "Gastles"},
                 passed=lambda code: code in (200, 409)),
            Cell(f"sroi verify entry {name}", "post", f"{url}transition/",
                 read and decide(actor, "update", scoping.verification(entry)).allowed,
                 {"to": "verified", "version": 1}, passed=lambda code: code in (200, 409)),
            Cell(f"sroi evidence upload {name}", "post", f"{url}evidence/",
                 decide(actor, "create", scoping.fulfilment(entry)).allowed, {"document_type": "invoice"},
                 passed=lambda code: code in (201, 400, 415)),
            Cell(f"sroi evidence download {name}", "get", f"{url}evidence/{document.pk + 1000}/",
                 gate(actor, "sroi", "export") and decide(actor, "export", scoping.ledger(entry)).allowed,
                 passed=lambda code: code == 404)]


def cells(world: World, actor: Actor) -> list[Cell]:
    from werkbrug.sroi import scoping
    from werkbrug.sroi.models import Contract, Entry

    result = [Cell("sroi list contracts", "get", f"{BASE}/contracts/", gate(actor, "sroi", "read"),
                   check=_listed(actor, Contract)),
              Cell("sroi list entries", "get", f"{BASE}/entries/", gate(actor, "sroi", "read"),
                   check=_listed(actor, Entry)),
              Cell("sroi workflow", "get", f"{BASE}/workflow/", gate(actor, "reference", "read")),
              Cell("sroi totals", "get", f"{BASE}/totals/", gate(actor, "sroi_totals", "read"))]
    for name, (buyer, supplier) in PAIRS.items():
        contract = _contract(world, buyer, supplier)
        spare = _contract(world, buyer, supplier)
        result += contract_cells(actor, name, contract) + entry_cells(actor, name, _entry(contract))
        result += [
            Cell(f"sroi create contract {name}", "post", f"{BASE}/contracts/",
                 gate(actor, "sroi_contracts", "create")
                 and decide(actor, "create", scoping.terms(world.orgs[buyer].pk)).allowed,
                 {"external_key": f"MX-SROI-NEW-{name}", "name": "Nieuw", "buyer": world.orgs[buyer].pk,
                  "supplier": world.orgs[supplier].pk, "contract_value_eur": "50000", "sroi_percentage": "5",
                  "base": "contract_value", "start_date": "2025-01-01", "end_date": "2025-12-31",
                  "method": "haaglanden-2023"}, passed=lambda code: code == 201),
            Cell(f"sroi create entry {name}", "post", f"{BASE}/entries/",
                 gate(actor, "sroi", "create") and decide(actor, "create", scoping.fulfilment(contract)).allowed,
                 {"contract": contract.pk, "kind": "activity", "period_start": "2025-03-01", "hours": "4",
                  "rate_eur": "50", "description": "Workshop"}, passed=lambda code: code == 201),
            Cell(f"sroi supplier report {name}", "get", f"{BASE}/reports/supplier/{world.orgs[supplier].pk}/",
                 decide(actor, "read", scoping.organisation_ledger(world.orgs[supplier].pk)).allowed),
            Cell(f"sroi buyer report {name}", "get", f"{BASE}/reports/buyer/{world.orgs[buyer].pk}/",
                 decide(actor, "read", Resource("sroi", frozenset({world.orgs[buyer].pk}))).allowed),
            Cell(f"sroi delete contract {name}", "delete", f"{BASE}/contracts/{spare.pk}/",
                 gate(actor, "sroi_contracts", "delete") and decide(actor, "delete", scoping.terms(spare.buyer_id)).allowed,
                 passed=lambda code: code == 204)]
    return result
