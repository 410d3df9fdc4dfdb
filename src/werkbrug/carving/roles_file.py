"""The roles template (.csv or .xlsx): one row per task, the role's columns repeated on each row.

Read with the import's rules (werkbrug.transfer.reading: ';', decimal comma, UTF-8/BOM/cp1252,
first worksheet) and its cell parsers (werkbrug.domain.tabular). Every problem names the line and
the column. No Django here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from werkbrug.domain.carving.model import RoleInput, TaskInput
from werkbrug.domain.errors import Issue, Message
from werkbrug.domain.schema import Column
from werkbrug.domain.tabular import format_cell, parse_cell
from werkbrug.transfer.reading import FileProblem, read_table


def _c(name: str, type_: str, nl: str, en: str, required: bool = False) -> Column:
    return Column(name, type_, Message(nl, en), required=required)


ROLE_COLUMNS = (
    _c("role_key", "text", "Functiesleutel", "Role key", True),
    _c("role_title", "text", "Functienaam", "Role title"),
    _c("fte", "decimal", "Aantal fte", "Number of FTE", True),
    _c("wage_per_hour", "decimal", "Loonkosten per uur (€)", "Wage cost per hour (€)", True),
    _c("location", "text", "Locatie (sleutel)", "Location (key)"),
    _c("shift", "text", "Dienst / dagdeel", "Shift / day part"),
)
TASK_COLUMNS = (
    _c("task_key", "text", "Taaksleutel", "Task key"),
    _c("task_name", "text", "Taaknaam", "Task name"),
    _c("hours_per_week", "decimal", "Uren per week per fte", "Hours per week per FTE"),
    _c("qualification_level", "int", "Kwalificatieniveau (0–5)", "Qualification level (0–5)"),
    _c("fml_demand", "fml", "FML-belasting (item=niveau[:waarde];…)", "FML demand (item=level[:value];…)"),
    _c("continuity_group", "text", "Continuïteitsgroep", "Continuity group"),
)
COLUMNS = ROLE_COLUMNS + TASK_COLUMNS


class RolesFileError(ValueError):
    """The file cannot be used; ``issues`` name line and column."""

    def __init__(self, issues: list[Issue]):
        self.issues = issues
        super().__init__("; ".join(str(i) for i in issues))


@dataclass
class _Role:
    line: int
    values: dict[str, Any]
    tasks: list[TaskInput] = field(default_factory=list)


def _line(n: int, name: str) -> str:
    return f"regel/line {n}, {name}"


def _parse_row(line: int, cells: dict[str, Any], issues: list[Issue]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in COLUMNS:
        value, found = parse_cell(column, cells.get(column.name))
        issues += [Issue(_line(line, i.field), i.code, i.message) for i in found]
        if value is None and column.name == "role_key" and not found:
            issues.append(Issue(_line(line, column.name), "required", Message("is verplicht", "is required")))
        values[column.name] = value
    return values


def _task(line: int, values: dict[str, Any], issues: list[Issue]) -> TaskInput | None:
    if values["hours_per_week"] is None:
        issues.append(Issue(_line(line, "hours_per_week"), "required", Message(
            "is verplicht bij een taak", "is required for a task")))
        return None
    return TaskInput(values["task_key"], values["task_name"] or values["task_key"], values["hours_per_week"],
                     values["qualification_level"] if values["qualification_level"] is not None else 1,
                     values["fml_demand"] or {}, values["continuity_group"] or "", origin=f"regel/line {line}")


def _check_same(role: _Role, line: int, values: dict[str, Any], issues: list[Issue]) -> None:
    for column in ROLE_COLUMNS[1:]:
        given = values[column.name]
        if given is not None and role.values[column.name] is not None and given != role.values[column.name]:
            issues.append(Issue(_line(line, column.name), "role_conflict", Message(
                f"wijkt af van regel {role.line} voor dezelfde functie",
                f"differs from line {role.line} for the same role")))


def _collect(rows: list[tuple[int, dict[str, Any]]], issues: list[Issue]) -> dict[str, _Role]:
    roles: dict[str, _Role] = {}
    for line, cells in rows:
        values = _parse_row(line, cells, issues)
        key = values["role_key"]
        if key is None:
            continue
        role = roles.get(key)
        if role is None:
            role = roles[key] = _Role(line, values)
            issues += [Issue(_line(line, name), "required", Message(
                "is verplicht op de eerste regel van een functie", "is required on a role's first line"))
                for name in ("fte", "wage_per_hour") if values[name] is None]
        else:
            _check_same(role, line, values, issues)
        if values["task_key"]:
            task = _task(line, values, issues)
            if task is not None:
                role.tasks.append(task)
    return roles


def parse_roles(name: str, data: bytes) -> list[RoleInput]:
    """File bytes -> roles; raises RolesFileError naming every problem found."""
    try:
        table = read_table(name, data, {c.name for c in COLUMNS})
    except FileProblem as problem:
        raise RolesFileError([Issue("file", "file", problem.message)]) from problem
    header = [h.strip().lower() for h in table.header]
    missing = [c.name for c in COLUMNS if c.required and c.name not in header]
    if missing:
        raise RolesFileError([Issue("header", "missing_column", Message(
            f"kolom ontbreekt: {', '.join(missing)}", f"column missing: {', '.join(missing)}"))])
    rows = [(line, dict(zip(header, cells, strict=False))) for line, cells in table.rows]
    return roles_from_rows(rows)


def roles_from_rows(rows: list[tuple[int, dict[str, Any]]]) -> list[RoleInput]:
    """(line, {column: raw cell}) rows -> roles, with the template's rules (the web form's rows
    are template rows too); raises RolesFileError naming every problem found."""
    issues: list[Issue] = []
    roles = _collect(rows, issues)
    if issues:
        raise RolesFileError(issues)
    if not roles:
        raise RolesFileError([Issue("file", "empty", Message("er staat geen functie in", "there is no role in it"))])
    return [RoleInput(key, r.values["role_title"] or key, r.values["fte"], r.values["wage_per_hour"],
                      r.values["location"] or "", r.values["shift"] or "", tuple(r.tasks),
                      origin=f"regel/line {r.line}")
            for key, r in roles.items()]


def rows_of(roles: list[RoleInput]) -> list[dict[str, str]]:
    """Roles -> template rows (cell texts), one per task; the inverse of roles_from_rows."""
    rows = []
    for role in roles:
        head = {"role_key": role.key, "role_title": role.title, "fte": role.fte, "wage_per_hour": role.wage_per_hour,
                "location": role.location, "shift": role.shift}
        for task in role.tasks:
            values = {**head, "task_key": task.key, "task_name": task.name, "hours_per_week": task.hours_per_week,
                      "qualification_level": task.qualification_level, "fml_demand": task.fml_demand,
                      "continuity_group": task.continuity_group}
            rows.append({c.name: format_cell(c, values[c.name]) for c in COLUMNS})
    return rows
