"""What the engine needs to know about a candidate and a work item, free of storage details."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

Profile = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class TaskSpec:
    key: str
    name: str
    hours: float
    demand: Profile = field(default_factory=dict)
    required_skills: tuple[str, ...] = ()
    required_certificates: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkSpec:
    id: int
    key: str
    latitude: float
    longitude: float
    hours: float
    tasks: tuple[TaskSpec, ...]
    places: int = 1
    start: date | None = None
    occupation: str = ""
    sector: str = ""
    day_parts: tuple[str, ...] = ()
    has_internal_supervisor: bool = False
    accommodations_available: tuple[str, ...] = ()
    region: str = ""

    @property
    def required_skills(self) -> frozenset[str]:
        return frozenset(s for t in self.tasks for s in t.required_skills)


@dataclass(frozen=True)
class CandidateSpec:
    id: int
    key: str
    latitude: float
    longitude: float
    capacity: Profile = field(default_factory=dict)
    skills: frozenset[str] = frozenset()
    experience: tuple[tuple[str, float], ...] = ()
    certificates: frozenset[str] = frozenset()
    wish_hours_min: float | None = None
    wish_hours_max: float | None = None
    wish_day_parts: tuple[str, ...] = ()
    wish_occupations: tuple[str, ...] = ()
    wish_sectors: tuple[str, ...] = ()
    max_travel_km: float | None = None
    max_travel_minutes: float | None = None
    travel_modes: tuple[str, ...] = ()
    driving_licence: bool = False
    available_from: date | None = None
    unavailable_until: date | None = None
    registered_on: date | None = None
    needs_jobcoach: bool = False
    region: str = ""
