"""Matrix cells for the business case API (/api/v1/business-case/ and its PDF and Excel
downloads) and the carving API (/api/v1/carve/). The expected answer is computed from the pure
decision: the actor may update the work's financial fields, and either reads the candidate's
health data (the full case) or the candidate consented or was introduced to the actor's
organisation and the actor reads the pseudonymised class (the employer's case)."""

from __future__ import annotations

from typing import Any

from matrix_cells import Cell
from matrix_world import World

from werkbrug.domain.authorisation import Actor, Resource, decide
from werkbrug.security.access import resource_for
from werkbrug.security.fieldpolicy import gate

IDENTITY_KEYS = {"candidate_id", "doelgroep", "age", "limited_items", "demanded_items"}


def _sees(actor: Actor, candidate: Any) -> str | None:
    res = resource_for(candidate)
    if decide(actor, "read", res, ("health_fml", "financial")).allowed:
        return "full"
    shared = res.consented or bool({g.organisation_id for g in actor.grants} & res.introduced_to)
    return "pseudonymised" if shared and decide(actor, "read", res, ("pseudonymised",)).allowed else None


def _check(view: str | None, candidate: Any) -> Any:
    def check(body: Any) -> list[str]:
        if view == "full":
            return [] if body.get("candidate") == candidate.external_key else ["full case without the candidate key"]
        problems = [f"pseudonymised case shows {k}" for k in IDENTITY_KEYS if k in body]
        if not str(body.get("candidate", "")).startswith("P-"):
            problems.append("pseudonymised case without a pseudonym")
        if candidate.external_key in str(body):
            problems.append("pseudonymised case shows the candidate key")
        return problems
    return check


def business_case_cells(world: World, actor: Actor) -> list[Cell]:
    gated = gate(actor, "work", "update", ("financial",))
    cells = []
    for work_name, work in world.work.items():
        on_work = gated and decide(actor, "update", resource_for(work), ("financial",)).allowed
        for relation, cand in world.candidates.items():
            view = _sees(actor, cand)
            query = f"candidate={cand.pk}&work={work.pk}&loonwaarde=50&months=3&date=2026-01-01"
            allowed = on_work and view is not None
            cells.append(Cell(f"business case {relation} on {work_name}", "get",
                              f"/api/v1/business-case/?{query}", allowed, check=_check(view, cand)))
            # downloads: an invalid months after the decision, so an allowed answer is a 400 problem (JSON)
            for kind in ("pdf", "xlsx"):
                cells.append(Cell(f"business case {kind} {relation} on {work_name}", "get",
                                  f"/api/v1/business-case/{kind}/?candidate={cand.pk}&work={work.pk}&months=0",
                                  allowed, passed=lambda code: code == 400))
    return cells


def carving_cells(world: World, actor: Actor) -> list[Cell]:
    cells = []
    for org in ("E1", "E2"):
        employer = world.orgs[org]
        target = Resource("work", frozenset({employer.pk}))
        cells.append(Cell(f"carve dry run {org}", "post", "/api/v1/carve/",
                          gate(actor, "work", "read") and decide(actor, "read", target, ("general",)).allowed,
                          {"employer": employer.pk, "dry_run": True}, passed=lambda code: code in (200, 400)))
        cells.append(Cell(f"carve and save {org}", "post", "/api/v1/carve/",
                          gate(actor, "work", "create") and decide(actor, "create", target, ("general",)).allowed,
                          {"employer": employer.pk, "dry_run": False}, passed=lambda code: code in (200, 400)))
    return cells


def cells(world: World, actor: Actor) -> list[Cell]:
    return business_case_cells(world, actor) + carving_cells(world, actor)
