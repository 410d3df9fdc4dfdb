"""The carving app's public API: carve_for_employer (CLI now, API later) and what it returns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.carving.pools import nearby_pool, regional_pool
from werkbrug.carving.report import to_dict
from werkbrug.domain.carving import CarvePlan, CarveSettings, RoleInput, TaskInput, carve
from werkbrug.domain.carving.summary import Figures, figures
from werkbrug.domain.errors import DomainValidationError, Issue, Message
from werkbrug.domain.parameters import ParameterVersion, load_parameters
from werkbrug.registry.models import Location, Organisation, Work


class CarveRefused(ValueError):
    """Input the engine cannot use (unknown employer, location, role data); bilingual."""

    def __init__(self, message: Message, issues: Sequence[Issue] = ()):
        self.message, self.issues = message, list(issues)
        super().__init__(str(message))


@dataclass
class CarveResult:
    employer: Organisation
    roles: list[RoleInput]
    plan: CarvePlan
    figures: Figures
    settings: CarveSettings
    wage_source: str                      # "parameter wml_hourly_21plus (…)" or "given"
    fitting: dict[int, list[int]]         # carved role number -> candidate ids that fit nearby
    saved: list[str] = field(default_factory=list)
    parameters: list[ParameterVersion] = field(default_factory=list)
    skipped: list[Message] = field(default_factory=list)  # work items that could not be used

    def as_dict(self) -> dict[str, Any]:
        return to_dict(self)


def resolve_employer(ref: str | int) -> Organisation:
    """Numeric id or external key."""
    text = str(ref).strip()
    found = Organisation.objects.filter(external_key=text).first()
    if found is None and text.isdigit():
        found = Organisation.objects.filter(pk=int(text)).first()
    if found is None:
        raise CarveRefused(Message(f"werkgever '{text}' bestaat niet", f"employer '{text}' does not exist"))
    return found


def roles_from_registry(employer: Organisation) -> tuple[list[RoleInput], list[Message]]:
    """Each work item of the employer (not carved roles, not closed) is a role: places = FTE.
    Work without an hourly wage or without tasks cannot be judged; it is skipped and named."""
    works = (Work.objects.filter(employer=employer).exclude(kind="carved_role").exclude(status="closed")
             .select_related("location").prefetch_related("tasks").order_by("pk"))
    roles, skipped = [], []
    for work in works:
        tasks = tuple(TaskInput(t.key, t.name, t.hours_per_week, t.qualification_level, t.fml_demand or {},
                                shift=t.day_part or "", origin=f"werk/work {work.external_key}, taak/task {t.key}")
                      for t in work.tasks.all())
        if work.wage_per_hour is None or not tasks:
            missing = ("uurloon", "hourly wage") if work.wage_per_hour is None else ("taken", "tasks")
            skipped.append(Message(f"werk {work.external_key} overgeslagen: {missing[0]} ontbreekt",
                                   f"work {work.external_key} skipped: {missing[1]} missing"))
            continue
        roles.append(RoleInput(work.external_key, work.title, Decimal(work.places), work.wage_per_hour,
                               work.location.external_key, "|".join(sorted(work.day_parts or [])), tasks,
                               origin=f"werk/work {work.external_key}"))
    if not roles:
        raise CarveRefused(Message("deze werkgever heeft geen functies (werk met uurloon en taken) om te herontwerpen",
                                   "this employer has no roles (work with hourly wage and tasks) to redesign"))
    return roles, skipped


def _locations(employer: Organisation, roles: list[RoleInput]) -> tuple[list[RoleInput], dict[str, Location]]:
    own = {loc.external_key: loc for loc in Location.objects.filter(organisation=employer)}
    only = next(iter(own)) if len(own) == 1 else ""
    filled = [r if r.location else replace(r, location=only) for r in roles]
    unknown = sorted({r.location for r in filled if r.location not in own})
    if unknown:
        raise CarveRefused(Message(
            f"onbekende locatie(s) van deze werkgever: {', '.join(unknown) or '(leeg)'}",
            f"unknown location(s) of this employer: {', '.join(unknown) or '(empty)'}"))
    return filled, own


def _settings(settings: CarveSettings | None, wage_given: bool, on: date
              ) -> tuple[CarveSettings, str, list[ParameterVersion]]:
    params = load_parameters()
    baan = params.get("baan_hours_per_week", on)
    base = replace(settings or CarveSettings(), baan_hours_per_week=baan.decimal)
    if wage_given:
        return base, "given / opgegeven", [baan]
    wml = params.get("wml_hourly_21plus", on)
    return (replace(base, carved_wage_per_hour=wml.decimal),
            f"WML (wml_hourly_21plus, {wml.valid_from.isoformat()})", [baan, wml])


def carve_for_employer(employer: Organisation, roles: list[RoleInput] | None = None, persist: bool = True, *,
                       settings: CarveSettings | None = None, wage_given: bool = False,
                       on: date | None = None) -> CarveResult:
    """Carve the employer's roles (given, or its work items) against the candidate pool of each
    location's region; with ``persist`` save the carved roles as draft work (one transaction).
    The carved-role wage is the WML on ``on`` unless ``wage_given`` (then settings' value)."""
    on = on or date.today()
    skipped: list[Message] = []
    if roles is None:
        roles, skipped = roles_from_registry(employer)
    roles, locations = _locations(employer, roles)
    settings, source, used = _settings(settings, wage_given, on)
    pools = {key: regional_pool(loc, employer.arbeidsmarktregio, on) for key, loc in locations.items()
             if any(r.location == key for r in roles)}
    try:
        plan = carve(roles, pools, settings)
    except DomainValidationError as bad:
        raise CarveRefused(Message("de functies bevatten fouten", "the roles contain errors"), bad.issues) from bad
    near = {key: nearby_pool(locations[key], on) for key in {r.location for r in plan.roles}}
    fitting = {r.number: near[r.location].fitting_ids(r.demand) for r in plan.roles}
    everyone = {c for ids in fitting.values() for c in ids}
    result = CarveResult(employer, roles, plan, figures(plan, roles, settings, len(everyone)), settings,
                         source, fitting, parameters=used, skipped=skipped)
    if persist:
        from werkbrug.carving.persist import save_plan

        result.saved = save_plan(employer, plan.roles, {r.key: r for r in roles}, settings.carved_wage_per_hour)
    return result
