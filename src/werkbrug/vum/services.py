"""VUM export and import: the only entry points other apps may call.

Export reads a stored candidate or work item and builds its profile from an explicit field list
(never FML, never doelgroep). Import validates the whole file first and writes all profiles or none."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from django.db import transaction

from werkbrug.domain.vum import (
    MappingTable,
    candidate_profile,
    parse_mapping,
    validate_profiles,
    work_profile,
)
from werkbrug.registry.models import Candidate, Work
from werkbrug.vum.models import VumProfile

CANDIDATE_FIELDS = ("postcode", "max_travel_km", "max_travel_minutes", "travel_modes", "driving_licence",
                    "wish_hours_min", "wish_hours_max", "wish_day_parts", "education_level", "skills",
                    "wish_occupations")


def example_mapping() -> MappingTable:
    return parse_mapping(files("werkbrug.vum").joinpath("example/competentnl_mapping.csv").read_text("utf-8"))


def get_object(model: type[Candidate] | type[Work], ident: str) -> Any:
    lookup = {"pk": int(ident)} if ident.isdigit() else {"external_key": ident}
    return model.objects.get(**lookup)


def export_candidate(ident: str, mapping: MappingTable) -> tuple[dict[str, Any], list[str]]:
    candidate = get_object(Candidate, ident)
    facts = {name: getattr(candidate, name) for name in CANDIDATE_FIELDS}
    facts["key"] = candidate.external_key or str(candidate.pk)
    return candidate_profile(facts, mapping)


def export_work(ident: str, mapping: MappingTable) -> tuple[dict[str, Any], list[str]]:
    work = get_object(Work, ident)
    facts = {"key": work.external_key or str(work.pk), "title": work.title, "occupation": work.occupation,
             "hours_per_week": work.hours_per_week, "day_parts": work.day_parts,
             "postcode": work.location.postcode}
    return work_profile(facts, mapping)


def import_document(document: Any) -> dict[str, int]:
    """Validate everything, then write in one transaction: a bad file writes nothing."""
    profiles = validate_profiles(document)
    counts = {"created": 0, "updated": 0}
    with transaction.atomic():
        for profile in profiles:
            _, created = VumProfile.objects.update_or_create(
                kind=profile["profielsoort"], profile_id=profile["profielId"], defaults={"payload": profile})
            counts["created" if created else "updated"] += 1
    return counts
