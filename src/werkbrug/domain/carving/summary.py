"""Figures an employer sees: hours freed per role, banen, wage-cost effect, the summary line."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from werkbrug.domain.carving.model import CarvePlan, CarveSettings, RoleInput
from werkbrug.domain.errors import Message

WEEKS_PER_YEAR = 52
CENT = Decimal("0.01")


@dataclass(frozen=True)
class RoleEffect:
    role: str
    title: str
    hours_before: Decimal      # FTE × Σ task hours, per week
    hours_freed: Decimal       # moved to carved roles, per week
    saving_per_year: Decimal   # hours freed × (role wage − carved wage) × 52


@dataclass(frozen=True)
class Figures:
    roles: int
    hours: Decimal
    banen: Decimal
    saving_per_year: Decimal
    candidates_nearby: int
    per_role: tuple[RoleEffect, ...]

    def summary(self) -> Message:
        saving = f"{int(self.saving_per_year.quantize(Decimal(1), rounding=ROUND_HALF_UP)):,}"
        banen = f"{self.banen.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}"
        return Message(
            f"{self.roles} nieuwe {'functie' if self.roles == 1 else 'functies'}, "
            f"{banen.replace('.', ',')} banen, € {saving.replace(',', '.')} per jaar specialistentijd "
            f"vrijgemaakt, {self.candidates_nearby} kandidaten in de buurt passen",
            f"{self.roles} new {'role' if self.roles == 1 else 'roles'}, {banen} banen, "
            f"€{saving} per year of specialist time freed, {self.candidates_nearby} candidates nearby fit")


def figures(plan: CarvePlan, roles: list[RoleInput] | tuple[RoleInput, ...], settings: CarveSettings,
            candidates_nearby: int) -> Figures:
    freed: dict[str, int] = {}
    for unit in plan.carved_units():
        freed[unit.role] = freed.get(unit.role, 0) + unit.centi_hours
    before: dict[str, int] = {}
    for unit in plan.units:
        before[unit.role] = before.get(unit.role, 0) + unit.centi_hours
    effects = []
    for role in roles:
        hours = Decimal(freed.get(role.key, 0)) / 100
        gain = hours * (role.wage_per_hour - settings.carved_wage_per_hour) * WEEKS_PER_YEAR
        effects.append(RoleEffect(role.key, role.title, Decimal(before.get(role.key, 0)) / 100, hours,
                                  gain.quantize(CENT, rounding=ROUND_HALF_UP)))
    hours = sum((r.hours for r in plan.roles), Decimal(0))
    return Figures(
        roles=len(plan.roles), hours=hours,
        banen=(hours / settings.baan_hours_per_week).quantize(CENT, rounding=ROUND_HALF_UP),
        saving_per_year=sum((e.saving_per_year for e in effects), Decimal(0)),
        candidates_nearby=candidates_nearby, per_role=tuple(effects))
