"""Follow-up after placement (data/followup_schedule.toml): planned jobcoach contacts and
evaluations, when a reminder is due, and how long a placement lasted. Pure: no Django.

Reminder state of a planned contact on a day `today`:
  held      it took place (held_on is set);
  overdue   not held and its date lies more than `overdue_after_days` before today;
  due       not held, and today lies within `remind_days_before` days before its date (or on it, or
            less than `overdue_after_days` after it);
  upcoming  anything later."""

from __future__ import annotations

import calendar
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files
from typing import Any

KINDS = ("contact", "evaluation")
STATES = ("overdue", "due", "upcoming", "held")


@dataclass(frozen=True)
class Planned:
    kind: str
    days: int | None
    months: int | None


@dataclass(frozen=True)
class Schedule:
    version: str
    remind_days_before: int
    overdue_after_days: int
    planned: tuple[Planned, ...]


def parse(raw: dict[str, Any]) -> Schedule:
    planned = []
    for p in raw["planned"]:
        if p["kind"] not in KINDS or ("days_after_start" in p) == ("months_after_start" in p):
            raise ValueError(f"followup_schedule: bad entry {p}")
        planned.append(Planned(p["kind"], p.get("days_after_start"), p.get("months_after_start")))
    return Schedule(raw["version"], int(raw["remind_days_before"]), int(raw.get("overdue_after_days", 0)),
                    tuple(planned))


@lru_cache(maxsize=1)
def load() -> Schedule:
    return parse(tomllib.loads(files("werkbrug.data").joinpath("followup_schedule.toml").read_text("utf-8")))


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day when it is shorter (31 Jan + 1 = 28/29 Feb)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def planned_dates(start: date, schedule: Schedule | None = None) -> list[tuple[str, date]]:
    """(kind, date) of every contact the schedule plans after a placement starting on `start`."""
    schedule = schedule or load()
    out = [(p.kind, start + timedelta(days=p.days) if p.days is not None else add_months(start, p.months or 0))
           for p in schedule.planned]
    return sorted(out, key=lambda x: x[1])


def state(planned_on: date, held_on: date | None, today: date, schedule: Schedule | None = None) -> str:
    schedule = schedule or load()
    if held_on is not None:
        return "held"
    if today > planned_on + timedelta(days=schedule.overdue_after_days):
        return "overdue"
    if today >= planned_on - timedelta(days=schedule.remind_days_before):
        return "due"
    return "upcoming"


@dataclass(frozen=True)
class Horizon:
    months: int
    on: date           # start + months
    status: str        # "reached" (still working then), "ended" (ended before), "pending" (not yet reached)


def durability(start: date, end: date | None, today: date, horizons: tuple[int, ...] = (3, 6, 12, 24)) -> list[Horizon]:
    """Per horizon whether one placement lasted that long, as known on `today`."""
    out = []
    for months in horizons:
        on = add_months(start, months)
        if end is not None and end < on:
            status = "ended"
        elif on <= today:
            status = "reached"
        else:
            status = "pending"
        out.append(Horizon(months, on, status))
    return out
