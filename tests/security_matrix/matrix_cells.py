"""Cells of the authorisation matrix: one request each, with the expected answer computed from
the pure decision (werkbrug.domain.authorisation.decide), the kind-level gate of roles.toml
(werkbrug.security.fieldpolicy.gate) and the rule the view declares (its access_policy)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from matrix_world import World, bsn

from werkbrug.domain.authorisation import (
    Actor,
    Resource,
    decide,
    fields_of_classes,
    permitted_classes,
)
from werkbrug.security.access import resource_for
from werkbrug.security.fieldpolicy import gate, withheld

RELATIONS = ("mine", "colleague", "other_org", "consented", "introduced")
# one writable candidate field per field class (PATCHed with its current value)
CLASS_FIELDS = {"identifying": "given_name", "contact": "place", "health_fml": "needs_jobcoach",
                "financial": "benefit", "pseudonymised": "wish_hours_max", "general": "visible_by_candidate"}
_serial = count(100)


@dataclass
class Cell:
    label: str
    method: str
    path: str
    expected: bool
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    passed: Callable[[int], bool] = lambda code: 200 <= code < 300
    check: Callable[[Any], list[str]] | None = None  # extra checks on an allowed answer


def field_check(actor: Actor, resource: Resource) -> Callable[[Any], list[str]]:
    """The answer holds exactly the fields of the permitted classes (minus withheld ones)."""
    classes = permitted_classes(actor, "read", resource)
    allowed = (fields_of_classes("candidates", classes) | {"pseudonym"}) - withheld(actor, "candidates")

    def check(body: Any) -> list[str]:
        problems = [f"field {k} outside classes {sorted(classes)}" for k in body if k not in allowed]
        if ("fml_profile" in body) != ("health_fml" in classes):
            problems.append("fml_profile shown iff health_fml")
        if ("bsn" in body) != ("bsn" in allowed):
            problems.append("bsn shown iff identifying and not withheld")
        return problems
    return check


def health(actor: Actor, target: Any) -> bool:
    return gate(actor, "candidates", "read", ("health_fml",)) and \
        decide(actor, "read", resource_for(target), ("health_fml",)).allowed


def record_cells(world: World, actor: Actor) -> list[Cell]:
    cells = [Cell(f"list {kind}", "get", f"/api/v1/{kind}/", gate(actor, kind, "read"))
             for kind in ("organisations", "locations", "candidates", "work", "tasks", "placements")]
    for relation, cand in world.candidates.items():
        res = resource_for(cand)
        cells.append(Cell(f"get candidate {relation}", "get", f"/api/v1/candidates/{cand.pk}/",
                          decide(actor, "read", res).allowed, check=field_check(actor, res)))
        for cls, name in CLASS_FIELDS.items():
            cells.append(Cell(f"patch candidate {relation} {cls}", "patch", f"/api/v1/candidates/{cand.pk}/",
                              decide(actor, "update", res, (cls,)).allowed, {"version": None, name: None}))
        cells.append(Cell(f"delete-refusal candidate {relation}", "delete", f"/api/v1/candidates/{cand.pk}/",
                          decide(actor, "delete", res).allowed, passed=lambda code: code in (204, 409)))
    for org in ("G1", "G2"):
        n = next(_serial)
        body = {"external_key": f"MX-NEW-{n}", "organisation": world.orgs[org].pk, "given_name": "Nieuw",
                "family_name": "Persoon", "bsn": bsn(n), "date_of_birth": "1990-01-01", "postcode": "2311AB",
                "place": "Leiden", "latitude": 52.16, "longitude": 4.49, "situation": "uitkering",
                "benefit": "bijstand", "registered_on": "2024-01-01",
                "fml_profile": {"IV.12": {"level": 1, "value": 5}}}
        classes = ("identifying", "contact", "financial", "health_fml", "general")
        cells.append(Cell(f"create candidate in {org}", "post", "/api/v1/candidates/",
                          decide(actor, "create", Resource("candidates", frozenset({world.orgs[org].pk})),
                                 classes).allowed, body))
    for name, work in world.work.items():
        cells.append(Cell(f"patch work {name}", "patch", f"/api/v1/work/{work.pk}/",
                          decide(actor, "update", resource_for(work), ("general",)).allowed,
                          {"version": None, "title": "Inpakker"}))
        cells.append(Cell(f"get work {name}", "get", f"/api/v1/work/{work.pk}/",
                          decide(actor, "read", resource_for(work)).allowed))
    for name, placement in world.placements.items():
        cells.append(Cell(f"get placement {name}", "get", f"/api/v1/placements/{placement.pk}/",
                          decide(actor, "read", resource_for(placement)).allowed))
    org = world.orgs["E1"]
    cells.append(Cell("get organisation", "get", f"/api/v1/organisations/{org.pk}/",
                      decide(actor, "read", resource_for(org)).allowed))
    return cells + location_cells(world, actor)


def location_cells(world: World, actor: Actor) -> list[Cell]:
    from werkbrug.registry.models import Location, Task

    cells = []
    for org in ("E1", "E2"):
        location = Location.objects.get(external_key=f"MX-L{org[-1]}")
        spare = Location.objects.create(external_key=f"MX-SPARE-{org}", organisation=world.orgs[org], name="Leeg",
                                        postcode="2311AB", place="Leiden", latitude=52.16, longitude=4.49)
        task = Task.objects.get(work__employer=world.orgs[org], key="t1")
        cells += [Cell(f"get location {org}", "get", f"/api/v1/locations/{location.pk}/",
                       decide(actor, "read", resource_for(location)).allowed),
                  Cell(f"get task {org}", "get", f"/api/v1/tasks/{task.pk}/",
                       decide(actor, "read", resource_for(task)).allowed),
                  Cell(f"delete location {org}", "delete", f"/api/v1/locations/{spare.pk}/",
                       decide(actor, "delete", resource_for(spare)).allowed)]
    return cells


def matching_cells(world: World, actor: Actor) -> list[Cell]:
    work = world.work["own_employer"]
    anonymous = gate(actor, "candidates", "read", ("pseudonymised",)) and decide(actor, "read", resource_for(work)).allowed
    cells = [Cell("match work candidates", "get", f"/api/v1/match/work/{work.pk}/candidates/",
                  gate(actor, "candidates", "read", ("health_fml",)) and decide(actor, "read", resource_for(work)).allowed),
             Cell("match work candidates anonymous", "get", f"/api/v1/match/work/{work.pk}/candidates/?anonymous=true",
                  anonymous),
             Cell("match assign", "post", "/api/v1/match/assign/", gate(actor, "candidates", "read", ("health_fml",)),
                  {"region": "Holland Rijnland", "mode": "optimal", "top": 5, "fair": False, "save": False}),
             Cell("trust completeness", "get", "/api/v1/trust/completeness/",
                  gate(actor, "candidates", "read", ("health_fml",))),
             Cell("trust fairness", "get", "/api/v1/trust/fairness/?from=2025-01-01&to=2025-12-31",
                  gate(actor, "candidates", "export", ("pseudonymised",)))]
    for relation, cand in world.candidates.items():
        pair = f"candidate={cand.pk}&work={work.pk}"
        allowed = health(actor, cand)
        cells += [Cell(f"match candidate work {relation}", "get", f"/api/v1/match/candidates/{cand.pk}/work/", allowed),
                  Cell(f"match explain {relation}", "get", f"/api/v1/match/explain/?{pair}", allowed),
                  Cell(f"trust explain {relation}", "get", f"/api/v1/trust/explain/?{pair}", allowed),
                  Cell(f"trust why-not {relation}", "get", f"/api/v1/trust/why-not/?{pair}", allowed),
                  Cell(f"trust assessments {relation}", "get", f"/api/v1/trust/assessments/?{pair}", allowed),
                  Cell(f"trust why-not anonymous {relation}", "get", f"/api/v1/trust/why-not/?{pair}&anonymous=true",
                       gate(actor, "candidates", "read", ("pseudonymised",))
                       and decide(actor, "read", resource_for(cand), ("pseudonymised",)).allowed),
                  Cell(f"trust assessment post {relation}", "post", "/api/v1/trust/assessments/",
                       gate(actor, "candidates", "update", ("health_fml",))
                       and decide(actor, "update", resource_for(cand), ("health_fml",)).allowed,
                       {"candidate": cand.pk, "work": work.pk, "point": "x", "judgement": "x", "motivation": "x"},
                       passed=lambda code: code in (201, 400)),
                  Cell(f"trust consent {relation}", "post", "/api/v1/trust/consent/",
                       decide(actor, "update", resource_for(cand), ("general",)).allowed,
                       {"candidate": cand.pk, "flag": "candidate", "value": cand.visible_by_candidate}),
                  Cell(f"trust contact request {relation}", "post", "/api/v1/trust/contact-requests/",
                       decide(actor, "read", resource_for(cand), ("pseudonymised",)).allowed,
                       {"candidate": cand.pk, "work": work.pk, "employer": world.orgs["E1"].pk},
                       passed=lambda code: code in (201, 400))]
    return cells


def reference_cells(world: World, actor: Actor) -> list[Cell]:
    from werkbrug.calc.api import VIEWS

    everyone = gate(actor, "reference", "read")
    from werkbrug.registry.models import AccommodationType, Skill

    skill = Skill.objects.create(uri="http://data.europa.eu/esco/skill/mx", label_nl="x", label_en="x", kind="skill")
    from werkbrug.domain import vocabulary

    accommodation = AccommodationType.objects.create(
        code="mx-test", name_nl="x", name_en="x", group=next(iter(vocabulary.ACCOMMODATION_GROUPS)),
        solution_type=next(iter(vocabulary.SOLUTION_TYPES)), typical_cost=1, lowers=[],
        cost_period=next(iter(vocabulary.COST_PERIODS)), funding_route=next(iter(vocabulary.FUNDING_ROUTES)))
    paths = ["/api/v1/", "/api/v1/fml/", "/api/v1/skills/", f"/api/v1/skills/{skill.pk}/", "/api/v1/accommodations/",
             "/api/v1/proposals/workflow/", "/api/v1/trust/algorithm-register/",
             f"/api/v1/accommodations/{accommodation.code}/"]
    cells = [Cell(f"reference {p}", "get", p, everyone) for p in paths]
    cells += [Cell(f"calc {name}", "get", f"/api/v1/calc/{name}/", everyone, passed=lambda code: code in (200, 400))
              for name in sorted(VIEWS)]
    employer = world.orgs["E1"]
    cells.append(Cell("carve dry run", "post", "/api/v1/carve/",
                      decide(actor, "read", Resource("work", frozenset({employer.pk})), ("general",)).allowed,
                      {"employer": employer.pk, "dry_run": True}, passed=lambda code: code in (200, 400)))
    return cells


def proposal_cells(world: World, actor: Actor) -> list[Cell]:
    from werkbrug.matching.models import MatchProposal, MatchRun

    run = MatchRun.objects.create(kind="assign", mode="optimal", reference_date="2025-06-01",
                                  parameters_version="t", input_hash="0" * 64, code_version="t")
    cells = [Cell("proposals list", "get", "/api/v1/proposals/", gate(actor, "introductions", "read")),
             Cell("runs list", "get", "/api/v1/match/runs/", gate(actor, "introductions", "read")),
             Cell("run detail", "get", f"/api/v1/match/runs/{run.pk}/", gate(actor, "introductions", "read"))]
    for relation in ("mine", "other_org"):
        proposal = MatchProposal.objects.create(run=run, candidate=world.candidates[relation],
                                                work=world.work["own_employer"], verdict="fits", score=0.5)
        cells += [Cell(f"proposal {relation}", "get", f"/api/v1/proposals/{proposal.pk}/",
                       decide(actor, "read", resource_for(proposal)).allowed),
                  Cell(f"proposal transition {relation}", "post", f"/api/v1/proposals/{proposal.pk}/transition/",
                       decide(actor, "update", resource_for(proposal)).allowed,
                       {"to": "declined", "version": 1, "reason": "no_consent"},
                       passed=lambda code: code in (200, 400, 409))]
    return cells


def contact_cells(world: World, actor: Actor) -> list[Cell]:
    from werkbrug.trust import services

    cand = world.candidates["consented"]
    made = services.request_contact(cand.pk, world.users["employer_hr"], world.work["own_employer"].pk,
                                    world.orgs["E1"].pk, "")
    return [Cell("contact request get", "get", f"/api/v1/trust/contact-requests/{made.pk}/",
                 decide(actor, "read", resource_for(made)).allowed),
            Cell("contact request answer", "post", f"/api/v1/trust/contact-requests/{made.pk}/answer/",
                 decide(actor, "update", resource_for(cand), ("general",)).allowed, {"agreed": False},
                 passed=lambda code: code in (200, 400, 409))]
