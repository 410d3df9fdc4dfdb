"""The registry's public operations. Other apps, the API, the CLI and the importer call these;
nothing else writes registry models directly (the demo loader's bulk path excepted)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import models, transaction

from werkbrug.domain import schema
from werkbrug.domain.accommodations import load_accommodations
from werkbrug.domain.errors import DeletionRefused, DomainValidationError
from werkbrug.domain.identifiers import normalise_bsn, normalise_postcode
from werkbrug.domain.records import check_record
from werkbrug.domain.taxonomy import shipped_entries
from werkbrug.registry.models import (
    AccommodationType,
    Candidate,
    Certificate,
    DoelgroepRegistration,
    Location,
    Organisation,
    Placement,
    Skill,
    Task,
    Work,
)
from werkbrug.registry.versioning import update_versioned

MODELS: dict[str, type[models.Model]] = {
    "organisations": Organisation, "locations": Location, "candidates": Candidate,
    "work": Work, "tasks": Task, "placements": Placement,
}
# Columns that live outside the kind's own table.
_CANDIDATE_EXTRAS = ("doelgroep_category", "doelgroep_from", "doelgroep_to", "certificates")


class UnknownReference(LookupError):
    def __init__(self, field: str, kind: str, key: str):
        self.field, self.kind, self.key = field, kind, key
        super().__init__(f"{field}: {kind} '{key}' bestaat niet / does not exist")


def resolve_reference(kind: str, key: str) -> models.Model:
    model = MODELS[kind]
    try:
        return model._default_manager.get(external_key=key)
    except model.DoesNotExist as missing:  # type: ignore[attr-defined]
        raise UnknownReference(kind, kind, key) from missing


def _storage_values(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """Typed record values -> model field values (references resolved, identifiers normalised)."""
    stored: dict[str, Any] = {}
    for column in schema.KINDS[kind].columns:
        if column.name not in values or column.name in _CANDIDATE_EXTRAS:
            continue
        value = values[column.name]
        if column.type == "ref":
            stored[column.name] = resolve_reference(column.ref_kind or "", value) if value else None
        elif column.type == "bsn":
            stored[column.name] = normalise_bsn(value)
        elif column.type == "postcode":
            stored[column.name] = normalise_postcode(value) or value
        elif value is None and column.type in {"text", "code", "email", "kvk"}:
            stored[column.name] = ""
        elif value is None and column.type in {"codes", "uris"}:
            stored[column.name] = []
        elif value is None and column.type == "fml":
            stored[column.name] = {}
        elif value is None and column.type == "bool":
            stored[column.name] = False
        else:
            stored[column.name] = value
    return stored


def _save_candidate_extras(candidate: Candidate, values: dict[str, Any]) -> None:
    if "doelgroep_category" in values:
        if values.get("doelgroep_category"):
            DoelgroepRegistration.objects.update_or_create(
                candidate=candidate, valid_from=values["doelgroep_from"],
                defaults={"category": values["doelgroep_category"], "valid_to": values.get("doelgroep_to")})
    if "certificates" in values:
        wanted = {}
        for entry in values.get("certificates") or []:
            kind, _, code = entry.partition(":")
            wanted[code or kind] = kind if code else "branche"
        Certificate.objects.filter(candidate=candidate).exclude(code__in=wanted).delete()
        for code, kind in wanted.items():
            Certificate.objects.update_or_create(candidate=candidate, code=code,
                                                 defaults={"kind": kind, "name": code})


def _find_existing(kind: str, values: dict[str, Any]) -> models.Model | None:
    model = MODELS[kind]
    if kind == "tasks":
        work = resolve_reference("work", values["work"])
        return Task.objects.filter(work=work, key=values["key"]).first()
    return model._default_manager.filter(external_key=values["external_key"]).first()


@transaction.atomic
def save_record(kind: str, values: dict[str, Any], *, expected_version: int | None = None
                ) -> tuple[models.Model, bool]:
    """Create or update one record identified by its key. Returns (object, created).

    With ``expected_version`` the update is refused when the stored version differs."""
    issues = check_record(kind, values)
    if issues:
        raise DomainValidationError(issues)
    stored = _storage_values(kind, values)
    existing = _find_existing(kind, values)
    created = existing is None
    if existing is None:
        obj = MODELS[kind]._default_manager.create(**stored)
    elif kind == "tasks":
        for name, value in stored.items():
            setattr(existing, name, value)
        existing.save()
        obj = existing
    else:
        version = existing.version if expected_version is None else expected_version  # type: ignore[attr-defined]
        obj = update_versioned(MODELS[kind], existing.pk, version, stored)
    if kind == "candidates":
        _save_candidate_extras(obj, values)  # type: ignore[arg-type]
    return obj, created


def update(kind: str, pk: int, expected_version: int, changes: dict[str, Any]) -> models.Model:
    """Partial update of a versioned record; changes are checked like a full record."""
    issues = check_record(kind, changes, partial=True)
    if issues:
        raise DomainValidationError(issues)
    return update_versioned(MODELS[kind], pk, expected_version, _storage_values(kind, changes))


def assign_consultant(candidate_pk: int, expected_version: int, consultant_id: int | None) -> Candidate:
    """Put a candidate in a consultant's caseload (not an import column: it names a user account)."""
    return update_versioned(Candidate, candidate_pk, expected_version, {"consultant_id": consultant_id})


def _blockers(obj: models.Model) -> dict[str, int]:
    checks: dict[type[models.Model], list[tuple[str, Any]]] = {
        Organisation: [("locaties/locations", lambda o: o.locations),
                       ("kandidaten/candidates", lambda o: o.candidates),
                       ("werk/work", lambda o: o.work),
                       ("plaatsingen/placements", lambda o: Placement.objects.filter(
                           models.Q(employer_of_record=o) | models.Q(inlener=o)))],
        Location: [("werk/work", lambda o: o.work)],
        Candidate: [("plaatsingen/placements", lambda o: o.placements)],
        Work: [("plaatsingen/placements", lambda o: o.placements)],
        Placement: [],
    }
    found = {label: query(obj).count() for label, query in checks.get(type(obj), [])}
    return {label: n for label, n in found.items() if n}


@transaction.atomic
def delete(obj: models.Model) -> dict[str, int]:
    """Delete one record explicitly. Refused while placements or dependent records exist.
    Returns what was removed with it (a work item's tasks, a person's own registrations)."""
    blockers = _blockers(obj)
    if blockers:
        raise DeletionRefused(obj._meta.verbose_name, getattr(obj, "external_key", obj.pk), blockers)
    removed: dict[str, int] = {}
    if isinstance(obj, Candidate):
        removed["doelgroep"] = DoelgroepRegistration.objects.filter(candidate=obj).delete()[0]
        removed["certificates"] = Certificate.objects.filter(candidate=obj).delete()[0]
    if isinstance(obj, Work):
        removed["tasks"] = Task.objects.filter(work=obj).delete()[0]
    if isinstance(obj, Organisation):
        removed["baanambities"] = obj.baanambities.all().delete()[0]
    obj.delete()
    return removed


def doelgroep_on(candidate: Candidate, day: date) -> DoelgroepRegistration | None:
    """The registration in force on a day, if any."""
    return (candidate.doelgroep.filter(valid_from__lte=day)
            .filter(models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=day)).first())


def load_reference_catalogues() -> dict[str, int]:
    """(Re)load the accommodation catalogue and the shipped ESCO subset; idempotent."""
    for acc in load_accommodations():
        AccommodationType.objects.update_or_create(code=acc.code, defaults={
            "name_nl": acc.name.nl, "name_en": acc.name.en, "group": acc.group,
            "solution_type": acc.solution_type, "typical_cost": acc.typical_cost,
            "cost_period": acc.cost_period, "funding_route": acc.funding_route,
            "lowers": [{"item": r.item, "levels": r.levels, "value_factor": r.value_factor}
                       for r in acc.lowers]})
    skills = shipped_entries()
    for entry in skills:
        Skill.objects.update_or_create(uri=entry.uri, defaults={
            "kind": entry.kind, "label_nl": entry.label_nl, "label_en": entry.label_en})
    return {"accommodations": AccommodationType.objects.count(), "skills": len(skills)}


def counts() -> dict[str, int]:
    return {
        "organisations": Organisation.objects.count(),
        "employers": Organisation.objects.filter(kind="employer").count(),
        "sob": Organisation.objects.filter(kind="sob").count(),
        "locations": Location.objects.count(),
        "candidates": Candidate.objects.count(),
        "work": Work.objects.count(),
        "open_work": Work.objects.filter(status="open").count(),
        "tasks": Task.objects.count(),
        "placements": Placement.objects.count(),
        "active_placements": Placement.objects.filter(end_date__isnull=True).count(),
        "accommodations": AccommodationType.objects.count(),
        "skills": Skill.objects.count(),
    }


def iter_kind(kind: str) -> Iterable[models.Model]:
    """All records of a kind in a stable order, for export."""
    model = MODELS[kind]
    query = model._default_manager.order_by("pk")
    if kind == "tasks":
        query = query.select_related("work")
    return query.iterator(chunk_size=2000)
