"""Registry rows -> the matching core's specs, in a fixed number of queries (no N+1)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from django.db.models import Q, QuerySet

from werkbrug.domain.matching.specs import CandidateSpec, TaskSpec, WorkSpec
from werkbrug.registry.models import Candidate, Certificate, Placement, Task, Work

CANDIDATE_FIELDS = (
    "id", "external_key", "latitude", "longitude", "fml_profile", "skills", "experience", "wish_hours_min",
    "wish_hours_max", "wish_day_parts", "wish_occupations", "wish_sectors", "max_travel_km",
    "max_travel_minutes", "travel_modes", "driving_licence", "available_from", "unavailable_until",
    "registered_on", "needs_jobcoach", "arbeidsmarktregio")
WORK_FIELDS = (
    "id", "external_key", "location__latitude", "location__longitude", "hours_per_week", "places", "start_date",
    "occupation", "sector", "day_parts", "has_internal_supervisor", "accommodations_available",
    "location__arbeidsmarktregio")


def _float(value: Any) -> float | None:
    return float(value) if value is not None else None


def _experience(raw: Any) -> tuple[tuple[str, float], ...]:
    return tuple((str(e.get("occupation", "")), float(e.get("years") or 0)) for e in raw or ()
                 if isinstance(e, dict))


def available_candidates(today: date) -> QuerySet[Candidate]:
    """Candidates without a running placement."""
    busy = Placement.objects.filter(Q(end_date__isnull=True) | Q(end_date__gte=today)).values("candidate_id")
    return Candidate.objects.exclude(id__in=busy)


def open_work() -> QuerySet[Work]:
    return Work.objects.filter(status="open")


def candidate_specs(queryset: QuerySet[Candidate]) -> list[CandidateSpec]:
    rows = list(queryset.order_by("id").values(*CANDIDATE_FIELDS))
    certificates: dict[int, set[str]] = defaultdict(set)
    for cid, code in Certificate.objects.filter(candidate__in=queryset).values_list("candidate_id", "code"):
        certificates[cid].add(code)
    return [CandidateSpec(
        id=r["id"], key=r["external_key"], latitude=r["latitude"], longitude=r["longitude"],
        capacity=r["fml_profile"] or {}, skills=frozenset(r["skills"] or ()), experience=_experience(r["experience"]),
        certificates=frozenset(certificates[r["id"]]), wish_hours_min=_float(r["wish_hours_min"]),
        wish_hours_max=_float(r["wish_hours_max"]), wish_day_parts=tuple(r["wish_day_parts"] or ()),
        wish_occupations=tuple(r["wish_occupations"] or ()), wish_sectors=tuple(r["wish_sectors"] or ()),
        max_travel_km=_float(r["max_travel_km"]), max_travel_minutes=_float(r["max_travel_minutes"]),
        travel_modes=tuple(r["travel_modes"] or ()), driving_licence=r["driving_licence"],
        available_from=r["available_from"], unavailable_until=r["unavailable_until"],
        registered_on=r["registered_on"], needs_jobcoach=r["needs_jobcoach"], region=r["arbeidsmarktregio"])
        for r in rows]


def work_specs(queryset: QuerySet[Work]) -> list[WorkSpec]:
    rows = list(queryset.order_by("id").values(*WORK_FIELDS))
    tasks: dict[int, list[TaskSpec]] = defaultdict(list)
    task_rows = Task.objects.filter(work__in=queryset).order_by("work_id", "sequence", "id").values_list(
        "work_id", "key", "name", "hours_per_week", "fml_demand", "required_skills", "required_certificates")
    for wid, key, name, hours, demand, skills, certs in task_rows:
        tasks[wid].append(TaskSpec(key, name, float(hours), demand or {}, tuple(skills or ()), tuple(certs or ())))
    return [WorkSpec(
        id=r["id"], key=r["external_key"], latitude=r["location__latitude"], longitude=r["location__longitude"],
        hours=float(r["hours_per_week"]), tasks=tuple(tasks[r["id"]]), places=r["places"], start=r["start_date"],
        occupation=r["occupation"], sector=r["sector"], day_parts=tuple(r["day_parts"] or ()),
        has_internal_supervisor=r["has_internal_supervisor"],
        accommodations_available=tuple(r["accommodations_available"] or ()),
        region=r["location__arbeidsmarktregio"]) for r in rows]


def find(model: type[Candidate] | type[Work], ident: str) -> Any:
    """By numeric id or external key; raises model.DoesNotExist."""
    if ident.isdigit() and model.objects.filter(id=int(ident)).exists():
        return model.objects.get(id=int(ident))
    return model.objects.get(external_key=ident)
