"""The law's conditions on a measurement (Besluit LKS Pw 2021 art. 1 and 3; AKC practice).

Every problem is collected; each message names the hoofdtaak it is about."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from werkbrug.domain.errors import Issues
from werkbrug.domain.loonwaarde.model import Hoofdtaak, Measurement

SIXTY = Decimal(60)
HOURS_TOLERANCE = Decimal("0.01")  # a quarter of a minute per week: rounding in the input


@dataclass(frozen=True)
class Limits:
    max_hoofdtaken: int
    min_share_denominator: Decimal
    min_minutes_per_day: Decimal
    tempo_cap_pct: Decimal


def _fmt(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _check_time(task: Hoofdtaak, field: str, contract: Decimal, limits: Limits, issues: Issues) -> None:
    minimum = contract / limits.min_share_denominator
    if task.hours_per_week < minimum:
        issues.add(f"{field}.hours_per_week", "below_share",
                   f"hoofdtaak '{task.name}': {_fmt(task.hours_per_week)} uur per week is minder dan "
                   f"1/{_fmt(limits.min_share_denominator)} van de arbeidsduur ({_fmt(minimum.quantize(Decimal('0.01')))} uur)",
                   f"hoofdtaak '{task.name}': {_fmt(task.hours_per_week)} hours a week is less than "
                   f"1/{_fmt(limits.min_share_denominator)} of the working time ({_fmt(minimum.quantize(Decimal('0.01')))} hours)")
    if not task.minutes_per_day:
        issues.add(f"{field}.minutes_per_day", "required",
                   f"hoofdtaak '{task.name}': minuten per werkdag ontbreken",
                   f"hoofdtaak '{task.name}': minutes per working day are missing")
        return
    for number, minutes in enumerate(task.minutes_per_day, start=1):
        if minutes < limits.min_minutes_per_day:
            issues.add(f"{field}.minutes_per_day", "below_daily_minimum",
                       f"hoofdtaak '{task.name}': werkdag {number} heeft {_fmt(minutes)} minuten, minder dan "
                       f"{_fmt(limits.min_minutes_per_day)} minuten",
                       f"hoofdtaak '{task.name}': working day {number} has {_fmt(minutes)} minutes, less than "
                       f"{_fmt(limits.min_minutes_per_day)} minutes")
    per_week = sum(task.minutes_per_day, Decimal(0)) / SIXTY
    if abs(per_week - task.hours_per_week) > HOURS_TOLERANCE:
        issues.add(f"{field}.minutes_per_day", "day_week_mismatch",
                   f"hoofdtaak '{task.name}': de minuten per werkdag tellen op tot {_fmt(per_week.quantize(Decimal('0.01')))} "
                   f"uur, niet {_fmt(task.hours_per_week)}",
                   f"hoofdtaak '{task.name}': the minutes per working day add up to {_fmt(per_week.quantize(Decimal('0.01')))} "
                   f"hours, not {_fmt(task.hours_per_week)}")


def _check_percent(task: Hoofdtaak, field: str, name: str, value: Decimal, cap: Decimal, issues: Issues) -> None:
    if value < 0 or value > cap:
        issues.add(f"{field}.{name}", "out_of_range",
                   f"hoofdtaak '{task.name}': {name} {_fmt(value)}% ligt niet tussen 0 en {_fmt(cap)}%",
                   f"hoofdtaak '{task.name}': {name} {_fmt(value)}% is not between 0 and {_fmt(cap)}%")


def validate_measurement(measurement: Measurement, limits: Limits) -> None:
    """Raise DomainValidationError listing every problem; return quietly when the measurement is valid."""
    issues = Issues()
    tasks = measurement.hoofdtaken
    contract = measurement.contract_hours
    if contract <= 0:
        issues.add("contract_hours", "out_of_range", "de arbeidsduur moet meer dan 0 uur zijn",
                   "the contract hours must be more than 0")
        issues.raise_if_any()
    if not tasks:
        issues.add("hoofdtaken", "required", "geef minstens één hoofdtaak", "give at least one hoofdtaak")
    if len(tasks) > limits.max_hoofdtaken:
        issues.add("hoofdtaken", "too_many",
                   f"{len(tasks)} hoofdtaken; ten hoogste {limits.max_hoofdtaken} (hoofdtaak '{tasks[-1].name}' is er te veel)",
                   f"{len(tasks)} hoofdtaken; at most {limits.max_hoofdtaken} (hoofdtaak '{tasks[-1].name}' is one too many)")
    for index, task in enumerate(tasks):
        field = f"hoofdtaken[{index}]"
        _check_time(task, field, contract, limits, issues)
        _check_percent(task, field, "tempo", task.tempo_pct, limits.tempo_cap_pct, issues)
        _check_percent(task, field, "kwaliteit", task.kwaliteit_pct, Decimal(100), issues)
        _check_percent(task, field, "netto_werktijd", task.netto_werktijd_pct, Decimal(100), issues)
    total = sum((t.hours_per_week for t in tasks), Decimal(0))
    if tasks and abs(total - contract) > HOURS_TOLERANCE:
        issues.add("hoofdtaken", "shares_do_not_add_up",
                   f"de hoofdtaken tellen op tot {_fmt(total)} uur per week, de arbeidsduur is {_fmt(contract)} uur",
                   f"the hoofdtaken add up to {_fmt(total)} hours a week, the contract hours are {_fmt(contract)}")
    issues.raise_if_any()
