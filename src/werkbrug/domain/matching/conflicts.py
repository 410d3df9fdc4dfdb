"""Every hard-constraint conflict of one pair, named per task, for explanations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from werkbrug.domain.errors import Message
from werkbrug.domain.fml import CAPACITY_LEVELS, DEMAND_LEVELS
from werkbrug.domain.matching import capacity as cap
from werkbrug.domain.matching.settings import MatchSettings
from werkbrug.domain.matching.specs import CandidateSpec, TaskSpec, WorkSpec
from werkbrug.domain.matching.travel import haversine_km, minutes_for, road_km_limit


@dataclass(frozen=True)
class Conflict:
    kind: str            # fml, hours, travel, certificate, availability
    item: str            # FML item code, or the field concerned
    task: str | None     # task key, when the conflict sits in one task
    demand: float | str
    capacity: float | str
    message: Message


def _num(x: float) -> str:
    return f"{x:g}"


def _fml_message(task: TaskSpec, code: str, d: tuple[int, float], c: tuple[int, float], unit: str | None) -> Message:
    name = cap.load_catalogue().items[code].name
    nl = (f"taak '{task.name}': {code} {name.nl} vraagt {DEMAND_LEVELS[d[0]].nl}"
          f"{f' ({_num(d[1])} {unit})' if unit and d[1] else ''}, kandidaat kan "
          f"{CAPACITY_LEVELS[c[0]].nl}{f' ({_num(c[1])} {unit})' if unit else ''}")
    en = (f"task '{task.name}': {code} {name.en} demands {DEMAND_LEVELS[d[0]].en}"
          f"{f' ({_num(d[1])} {unit})' if unit and d[1] else ''}, candidate capacity "
          f"{CAPACITY_LEVELS[c[0]].en}{f' ({_num(c[1])} {unit})' if unit else ''}")
    return Message(nl, en)


def fml_conflicts(candidate: CandidateSpec, work: WorkSpec, settings: MatchSettings) -> list[Conflict]:
    present = cap.in_place(work.accommodations_available, work.has_internal_supervisor)
    items = cap.load_catalogue().items
    found = []
    for task in work.tasks:
        demand = cap.relieve(task.demand, present)
        for code in demand:
            if code not in items:
                continue
            d = cap.demand_of(demand, code)
            c = cap.capacity_of(candidate.capacity, items[code], settings)
            if c[0] + d[0] > 2 or d[1] > c[1]:
                found.append(Conflict("fml", code, task.key, d[1] or d[0], c[1] if items[code].numeric else c[0],
                                      _fml_message(task, code, d, c, items[code].unit)))
    return found


def hours_conflict(candidate: CandidateSpec, hours: float, settings: MatchSettings) -> list[Conflict]:
    limit = cap.hours_capacity(candidate.capacity, candidate.wish_hours_max, settings)
    if hours <= limit:
        return []
    return [Conflict("hours", cap.HOURS_ITEM, None, hours, limit, Message(
        f"het werk is {_num(hours)} uur per week, de kandidaat kan of wil ten hoogste {_num(limit)} uur",
        f"the work is {_num(hours)} hours a week, the candidate can or wants at most {_num(limit)} hours"))]


def travel_conflict(candidate: CandidateSpec, work: WorkSpec, settings: MatchSettings) -> list[Conflict]:
    km = haversine_km(candidate.latitude, candidate.longitude, work.latitude, work.longitude) * settings.detour_factor
    limit = road_km_limit(candidate, settings)
    if km <= limit:
        return []
    minutes = minutes_for(km, candidate, settings)
    return [Conflict("travel", "max_travel", None, round(km, 1), round(limit, 1), Message(
        f"reisafstand ongeveer {km:.1f} km (±{minutes:.0f} min), de kandidaat reist ten hoogste {limit:.1f} km",
        f"travel distance about {km:.1f} km (±{minutes:.0f} min), the candidate travels at most {limit:.1f} km"))]


def certificate_conflicts(candidate: CandidateSpec, work: WorkSpec) -> list[Conflict]:
    return [Conflict("certificate", code, task.key, code, "", Message(
        f"taak '{task.name}' vraagt certificaat {code}; de kandidaat heeft het niet",
        f"task '{task.name}' requires certificate {code}; the candidate does not hold it"))
        for task in work.tasks for code in task.required_certificates if code not in candidate.certificates]


def availability_conflict(candidate: CandidateSpec, work: WorkSpec, today: date) -> list[Conflict]:
    start = work.start or today
    ready = max(filter(None, [candidate.available_from,
                              date.fromordinal(candidate.unavailable_until.toordinal() + 1)
                              if candidate.unavailable_until else None]), default=None)
    if ready is None or ready <= start:
        return []
    return [Conflict("availability", "available_from", None, start.isoformat(), ready.isoformat(), Message(
        f"het werk begint {start.isoformat()}, de kandidaat is pas beschikbaar vanaf {ready.isoformat()}",
        f"the work starts {start.isoformat()}, the candidate is available only from {ready.isoformat()}"))]


def all_conflicts(candidate: CandidateSpec, work: WorkSpec, settings: MatchSettings, today: date) -> list[Conflict]:
    return (fml_conflicts(candidate, work, settings) + hours_conflict(candidate, work.hours, settings)
            + travel_conflict(candidate, work, settings) + certificate_conflicts(candidate, work)
            + availability_conflict(candidate, work, today))
