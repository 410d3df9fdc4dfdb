"""From parsed request data to registry services: ids become external keys, PUT/PATCH become
complete records, and every write goes through werkbrug.registry.services (domain rules,
optimistic locking). Nothing here saves a model itself."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction

from werkbrug.domain import schema
from werkbrug.domain.errors import DomainValidationError, Issue, Message, VersionConflict
from werkbrug.domain.identifiers import normalise_bsn
from werkbrug.registry import services
from werkbrug.registry.api.context import RequestContext
from werkbrug.registry.api.problems import field_error
from werkbrug.registry.models import Task, Work

_EXTRAS = {"doelgroep_category", "doelgroep_from", "doelgroep_to", "certificates"}


def _columns(kind: str) -> list[schema.Column]:
    return [c for c in schema.KINDS[kind].columns if c.name not in _EXTRAS]


def to_domain(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """Request values -> record values: referenced ids are replaced by external keys."""
    values = {k: v for k, v in data.items() if k != "version"}
    for column in _columns(kind):
        pk = values.get(column.name)
        if column.type != "ref" or pk is None:
            continue
        model = services.MODELS[column.ref_kind or ""]
        key = model._default_manager.filter(pk=pk).values_list("external_key", flat=True).first()
        if key is None:
            raise field_error(column.name, "unknown_reference", Message(
                f"er is geen {model._meta.verbose_name} met id {pk}",
                f"there is no {model._meta.verbose_name} with id {pk}"))
        values[column.name] = key
    return values


def current_values(kind: str, obj: models.Model) -> dict[str, Any]:
    """The stored record as record values (the base a PATCH is applied to)."""
    values: dict[str, Any] = {}
    for column in _columns(kind):
        value = getattr(obj, column.name)
        values[column.name] = getattr(value, "external_key", None) if column.type == "ref" else value
    return values


def defaults(kind: str) -> dict[str, Any]:
    """What a PUT leaves out: the model default, or nothing (then the rules may say 'required')."""
    model = services.MODELS[kind]
    found: dict[str, Any] = {}
    for column in _columns(kind):
        field = model._meta.get_field(column.name)
        found[column.name] = field.get_default() if field.has_default() else None
    return found


def _check_unique(kind: str, values: dict[str, Any], own_pk: int | None) -> None:
    """Duplicate keys (and BSNs) are field errors, found before the database refuses them."""
    model = services.MODELS[kind]
    others = model._default_manager.exclude(pk=own_pk)
    key = values.get("external_key")
    if key and others.filter(external_key=key).exists():
        raise field_error("external_key", "duplicate", Message("deze sleutel is al in gebruik",
                                                               "this key is already in use"))
    bsn = values.get("bsn")
    if kind == "candidates" and isinstance(bsn, str) and others.filter(bsn=normalise_bsn(bsn)).exists():
        raise field_error("bsn", "duplicate", Message("er is al een kandidaat met dit BSN",
                                                      "a candidate with this BSN already exists"))


@transaction.atomic
def create(kind: str, data: dict[str, Any], context: RequestContext) -> models.Model:
    values = to_domain(kind, data)
    _check_unique(kind, values, None)
    obj, _ = services.save_record(kind, values)
    return obj


@transaction.atomic
def update(kind: str, obj: models.Model, version: int, data: dict[str, Any], *, partial: bool,
           context: RequestContext) -> models.Model:
    base = current_values(kind, obj) if partial else defaults(kind)
    values = base | to_domain(kind, data)
    _check_unique(kind, values, obj.pk)
    return services.update(kind, obj.pk, version, values)


@transaction.atomic
def delete(obj: models.Model, version: int | None, context: RequestContext) -> None:
    current = getattr(obj, "version", None)
    if version is not None and current is not None and version != current:
        raise VersionConflict(obj._meta.verbose_name, getattr(obj, "external_key", obj.pk), version, current)
    services.delete(obj)


# -- work and its tasks: the work's version guards both -------------------------------------

def _task_values(task: dict[str, Any], work: Work) -> dict[str, Any]:
    return defaults("tasks") | task | {"work": work.external_key}


def replace_tasks(work: Work, tasks: list[dict[str, Any]]) -> None:
    """Make the work's tasks exactly ``tasks`` (matched by key); problems name tasks[i].field."""
    issues: list[Issue] = []
    seen: set[str] = set()
    for i, task in enumerate(tasks):
        key = task.get("key")
        if key in seen:
            issues.append(Issue(f"tasks[{i}].key", "duplicate", Message(
                "deze taaksleutel komt twee keer voor", "this task key occurs twice")))
            continue
        seen.add(key or "")
        try:
            services.save_record("tasks", _task_values(task, work))
        except DomainValidationError as invalid:
            issues += [Issue(f"tasks[{i}].{x.field}", x.code, x.message) for x in invalid.issues]
    if issues:
        raise DomainValidationError(issues)
    for task in Task.objects.filter(work=work).exclude(key__in=seen):
        services.delete(task)


@transaction.atomic
def create_work(data: dict[str, Any], context: RequestContext) -> Work:
    tasks = data.pop("tasks", None)
    work = create("work", data, context)
    if tasks is not None:
        replace_tasks(work, tasks)  # type: ignore[arg-type]
    return work  # type: ignore[return-value]


@transaction.atomic
def update_work(work: Work, version: int, data: dict[str, Any], *, partial: bool,
                context: RequestContext) -> Work:
    tasks = data.pop("tasks", None)
    updated = update("work", work, version, data, partial=partial, context=context)
    if tasks is not None:
        replace_tasks(updated, tasks)  # type: ignore[arg-type]
    return updated  # type: ignore[return-value]


def _touch_work(work_pk: int, version: int) -> Work:
    """Bump the work's version (refused when stale): a task change is a change of the work."""
    return services.update("work", work_pk, version, {})  # type: ignore[return-value]


@transaction.atomic
def create_task(data: dict[str, Any], context: RequestContext) -> Task:
    values = to_domain("tasks", data)
    work = Work.objects.filter(external_key=values.get("work")).first()
    if work is None:
        raise field_error("work", "required", Message("is verplicht", "is required"))
    if Task.objects.filter(work=work, key=values.get("key")).exists():
        raise field_error("key", "duplicate", Message("deze taaksleutel bestaat al bij dit werk",
                                                      "this task key already exists for this work"))
    _touch_work(work.pk, work.version)
    task, _ = services.save_record("tasks", defaults("tasks") | values)
    return task  # type: ignore[return-value]


@transaction.atomic
def update_task(task: Task, version: int, data: dict[str, Any], *, partial: bool,
                context: RequestContext) -> Task:
    values = to_domain("tasks", data)
    for name in ("work", "key"):
        if name in values and values[name] != current_values("tasks", task)[name]:
            raise field_error(name, "immutable", Message(
                "kan niet worden gewijzigd; verwijder de taak en maak een nieuwe",
                "cannot be changed; delete the task and create a new one"))
    _touch_work(task.work_id, version)
    base = current_values("tasks", task) if partial else defaults("tasks") | {
        "work": task.work.external_key, "key": task.key}
    saved, _ = services.save_record("tasks", base | values)
    return saved  # type: ignore[return-value]


@transaction.atomic
def delete_task(task: Task, version: int | None, context: RequestContext) -> None:
    _touch_work(task.work_id, task.work.version if version is None else version)
    services.delete(task)

