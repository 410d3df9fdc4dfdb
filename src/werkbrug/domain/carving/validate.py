"""Every problem in the roles handed to the engine, each naming the role/task and the field."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from werkbrug.domain.carving.model import RoleInput, TaskInput
from werkbrug.domain.errors import Issue, Issues
from werkbrug.domain.fml import validate_profile

MAX_TASK_HOURS = Decimal("60")


def _where(role: RoleInput, task: TaskInput | None, name: str) -> str:
    if task is not None:
        return f"{task.origin or f'{role.key}/{task.key}'}: {name}"
    return f"{role.origin or role.key}: {name}"


def _check_task(role: RoleInput, task: TaskInput, issues: Issues) -> None:
    if not task.key:
        issues.add(_where(role, task, "task_key"), "required", "taaksleutel ontbreekt", "task key is missing")
    if task.hours_per_week <= 0 or task.hours_per_week > MAX_TASK_HOURS:
        issues.add(_where(role, task, "hours_per_week"), "hours_range",
                   f"uren per week {task.hours_per_week} moet groter dan 0 en hoogstens 60 zijn",
                   f"hours per week {task.hours_per_week} must be above 0 and at most 60")
    if not 0 <= task.qualification_level <= 5:
        issues.add(_where(role, task, "qualification_level"), "level_range",
                   f"kwalificatieniveau {task.qualification_level} moet 0 t/m 5 zijn",
                   f"qualification level {task.qualification_level} must be 0 to 5")
    for issue in validate_profile("fml_demand", task.fml_demand):
        issues.items.append(Issue(_where(role, task, issue.field), issue.code, issue.message))


def _check_groups(role: RoleInput, issues: Issues) -> None:
    shifts: dict[str, set[str]] = {}
    for task in role.tasks:
        if task.continuity_group:
            shifts.setdefault(task.continuity_group, set()).add(task.shift or role.shift)
    for group, found in sorted(shifts.items()):
        if len(found) > 1:
            issues.add(_where(role, None, "continuity_group"), "group_shifts",
                       f"continuïteitsgroep '{group}' valt in meer dan één dienst ({', '.join(sorted(found))})",
                       f"continuity group '{group}' spans more than one shift ({', '.join(sorted(found))})")


def _check_role(role: RoleInput, issues: Issues) -> None:
    if role.fte <= 0:
        issues.add(_where(role, None, "fte"), "fte_range", f"aantal fte {role.fte} moet groter dan 0 zijn",
                   f"FTE {role.fte} must be above 0")
    if role.wage_per_hour < 0:
        issues.add(_where(role, None, "wage_per_hour"), "wage_range", "uurloon mag niet negatief zijn",
                   "hourly wage must not be negative")
    if not role.location:
        issues.add(_where(role, None, "location"), "required", "locatie ontbreekt", "location is missing")
    if not role.tasks:
        issues.add(_where(role, None, "tasks"), "no_tasks", f"functie '{role.key}' heeft geen taken",
                   f"role '{role.key}' has no tasks")
    seen: set[str] = set()
    for task in role.tasks:
        if task.key in seen:
            issues.add(_where(role, task, "task_key"), "duplicate", f"taak '{task.key}' staat er twee keer in",
                       f"task '{task.key}' appears twice")
        seen.add(task.key)
        _check_task(role, task, issues)
    _check_groups(role, issues)


def check_roles(roles: Sequence[RoleInput]) -> list[Issue]:
    issues = Issues()
    if not roles:
        issues.add("roles", "no_roles", "geen functies opgegeven", "no roles given")
    keys: set[str] = set()
    for role in roles:
        if role.key in keys:
            issues.add(_where(role, None, "role_key"), "duplicate", f"functie '{role.key}' staat er twee keer in",
                       f"role '{role.key}' appears twice")
        keys.add(role.key)
        _check_role(role, issues)
    return issues.items
