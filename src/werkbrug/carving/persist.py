"""Save a plan's carved roles as draft work items (kind carved_role) through the registry.

Re-running replaces the employer's previous draft carve; a carved role someone has been placed
on is kept (and its key is not reused)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db import transaction

from werkbrug.domain.carving.model import CarvedRole, RoleInput
from werkbrug.domain.errors import DeletionRefused
from werkbrug.domain.vocabulary import DAY_PARTS
from werkbrug.registry import services as registry
from werkbrug.registry.models import Organisation, Work

TENTH = Decimal("0.1")


def key_prefix(employer: Organisation) -> str:
    return f"carve-{employer.external_key}-"


def _clear_drafts(employer: Organisation) -> set[str]:
    """Delete the previous draft carve; return the keys of carved roles that had to stay."""
    kept: set[str] = set()
    previous = Work.objects.filter(employer=employer, kind="carved_role", status="draft",
                                   external_key__startswith=key_prefix(employer))
    for work in previous:
        try:
            registry.delete(work)
        except DeletionRefused:
            kept.add(work.external_key)
    return kept


def _tasks(role: CarvedRole, sources: Mapping[str, RoleInput]) -> list[dict[str, Any]]:
    """One task per (original role, task), hours summed over the staff members it came from."""
    hours: dict[tuple[str, str], Decimal] = {}
    for unit in role.units:
        source = sources[unit.role]
        per_task = {t.key: t for t in source.tasks}
        share = unit.hours / sum((per_task[k].hours_per_week for k in unit.tasks), Decimal(0))
        for key in unit.tasks:
            hours[unit.role, key] = hours.get((unit.role, key), Decimal(0)) + per_task[key].hours_per_week * share
    found = []
    for n, ((role_key, task_key), total) in enumerate(sorted(hours.items()), 1):
        task = next(t for t in sources[role_key].tasks if t.key == task_key)
        found.append({"key": f"t{n}", "name": f"{task.name} ({sources[role_key].title})"[:200],
                      "hours_per_week": max(total.quantize(TENTH, rounding=ROUND_HALF_UP), TENTH),
                      "qualification_level": task.qualification_level, "fml_demand": task.fml_demand,
                      "day_part": role.shift if role.shift in DAY_PARTS else None, "sequence": n})
    return found


def _work_values(key: str, employer: Organisation, role: CarvedRole, sources: Mapping[str, RoleInput],
                 wage: Decimal) -> dict[str, Any]:
    origins = sorted({sources[u.role].title for u in role.units})
    return {
        "external_key": key, "employer": employer.external_key, "location": role.location,
        "kind": "carved_role", "status": "draft", "contract_type": "tijdelijk", "places": 1,
        "title": f"Nieuwe functie {role.number} (jobcarving)",
        "description": "Taken overgenomen van / tasks taken over from: " + ", ".join(origins),
        "hours_per_week": role.hours.quantize(TENTH, rounding=ROUND_HALF_UP),
        "day_parts": [role.shift] if role.shift in DAY_PARTS else [],
        "wage_per_hour": wage,
    }


@transaction.atomic
def save_plan(employer: Organisation, roles: tuple[CarvedRole, ...], sources: Mapping[str, RoleInput],
              wage: Decimal) -> list[str]:
    """All or nothing: the old draft carve goes and the new one is written in one transaction."""
    kept = _clear_drafts(employer)
    saved: list[str] = []
    number = 0
    for role in roles:
        number += 1
        while f"{key_prefix(employer)}{number}" in kept:
            number += 1
        key = f"{key_prefix(employer)}{number}"
        registry.save_record("work", _work_values(key, employer, role, sources, wage))
        for task in _tasks(role, sources):
            registry.save_record("tasks", {"work": key, **task})
        saved.append(key)
    return saved
