"""Praktijkleren in storage: learning routes, progress per werkproces, and the result added to the
candidate's certificates through the registry's services (so matching sees it)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction

from werkbrug.domain import schema
from werkbrug.domain.errors import Issues
from werkbrug.domain.pathways import learning as domain
from werkbrug.pathways.models import LearningRoute, WerkprocesProgress
from werkbrug.registry import services as registry
from werkbrug.registry.models import Candidate, Organisation

_EXTRAS = {"doelgroep_category", "doelgroep_from", "doelgroep_to", "certificates"}


def start_route(candidate: Candidate, crebo: str, target: str, start: date, *,
                leerbedrijf: Organisation | None = None, praktijkopleider: str = "",
                mbo_instelling: str = "") -> LearningRoute:
    catalogue = domain.load()
    domain.check_route(crebo, target, catalogue).raise_if_any()
    return LearningRoute.objects.create(
        candidate=candidate, crebo=crebo, level=catalogue.dossiers[crebo].level, target=target,
        leerbedrijf=leerbedrijf, praktijkopleider=praktijkopleider, mbo_instelling=mbo_instelling,
        start_date=start, catalogue_version=catalogue.version)


def statuses(route: LearningRoute) -> dict[str, str]:
    return dict(route.progress.values_list("werkproces", "status"))


@transaction.atomic
def record_progress(route: LearningRoute, werkproces: str, status: str, *, evidence: str = "",
                    assessed_on: date | None = None) -> WerkprocesProgress:
    issues = Issues()
    if route.status != "active":
        issues.add("route", "route_closed", "deze leerroute is afgesloten", "this learning route is closed")
    issues.extend(domain.check_progress(domain.load().dossiers[route.crebo], werkproces, status, evidence).items)
    issues.raise_if_any()
    obj, _ = WerkprocesProgress.objects.update_or_create(
        route=route, werkproces=werkproces,
        defaults={"status": status, "evidence": evidence, "assessed_on": assessed_on})
    return obj


def _record_values(candidate: Candidate) -> dict[str, Any]:
    """The candidate as a complete registry record (what registry.save_record takes)."""
    values: dict[str, Any] = {}
    for column in schema.KINDS["candidates"].columns:
        if column.name in _EXTRAS:
            continue
        value = getattr(candidate, column.name)
        values[column.name] = getattr(value, "external_key", None) if column.type == "ref" else value
    return values


def _add_certificate(candidate: Candidate, kind: str, code: str) -> None:
    fresh = Candidate.objects.get(pk=candidate.pk)
    held = [f"{c.kind}:{c.code}" for c in fresh.certificates.all() if c.code != code]
    values = _record_values(fresh) | {"certificates": [*held, f"{kind}:{code}"]}
    registry.save_record("candidates", values, expected_version=fresh.version)


@transaction.atomic
def complete_route(route: LearningRoute, completed_on: date) -> LearningRoute:
    """Close a route whose target is reached and add the result to the candidate's certificates."""
    route = LearningRoute.objects.select_for_update().get(pk=route.pk)
    issues = Issues()
    if route.status != "active":
        issues.add("route", "route_closed", "deze leerroute is afgesloten", "this learning route is closed")
    if completed_on < route.start_date:
        issues.add("completed_on", "before_start", "afronding ligt vóór de start", "completion is before the start")
    issues.extend(domain.check_completion(domain.load().dossiers[route.crebo], route.target, statuses(route)).items)
    issues.raise_if_any()
    code = domain.certificate_code(route.crebo, route.target)
    _add_certificate(route.candidate, route.target, code)
    route.status, route.completed_on, route.certificate_code = "completed", completed_on, code
    route.save(update_fields=["status", "completed_on", "certificate_code"])
    return route


def stop_route(route: LearningRoute) -> LearningRoute:
    route.status = "stopped"
    route.save(update_fields=["status"])
    return route


def routes_of(candidate: Candidate) -> list[LearningRoute]:
    return list(LearningRoute.objects.filter(candidate=candidate).select_related("leerbedrijf")
                .prefetch_related("progress"))


def completions(region: str | None = None) -> list[tuple[str, str, str, date]]:
    """(region, crebo, target, completed_on) of every completed route, erased people's included."""
    from werkbrug.pathways.models import ErasedCompletion

    rows = LearningRoute.objects.filter(status="completed")
    erased = ErasedCompletion.objects.all()
    if region:
        rows, erased = rows.filter(candidate__arbeidsmarktregio=region), erased.filter(region=region)
    found = list(rows.values_list("candidate__arbeidsmarktregio", "crebo", "target", "completed_on"))
    found += list(erased.values_list("region", "crebo", "target", "completed_on"))
    return [(r or "", c, t, d) for r, c, t, d in found if d is not None]


def active_count(region: str | None = None) -> int:
    rows = LearningRoute.objects.filter(status="active")
    return (rows.filter(candidate__arbeidsmarktregio=region) if region else rows).count()


__all__ = ["complete_route", "completions", "record_progress", "routes_of", "start_route", "stop_route"]
