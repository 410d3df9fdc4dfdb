"""Candidate pools from the registry: the region's pool (for carvability) and the candidates
near a location (for "who fits this carved role"). FML data stays in memory, never in logs."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from django.db.models import Q

from werkbrug.domain.carving.pool import CandidatePool
from werkbrug.registry.models import Candidate, Location, Placement

DEFAULT_TRAVEL_KM = 25.0  # for candidates without a maximum travel distance
EARTH_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class Row:
    id: int
    latitude: float
    longitude: float
    max_km: float
    profile: dict


def available(on: date) -> Q:
    """Seeking work: not marked unavailable, and not in an active placement."""
    placed = Placement.objects.filter(Q(end_date__isnull=True) | Q(end_date__gt=on)).values("candidate_id")
    return (Q(unavailable_until__isnull=True) | Q(unavailable_until__lte=on)) & ~Q(id__in=placed)


def _rows(query: Q, on: date) -> list[Row]:
    fields = ("id", "latitude", "longitude", "max_travel_km", "fml_profile")
    return [Row(i, lat, lon, float(km) if km is not None else DEFAULT_TRAVEL_KM, prof or {})
            for i, lat, lon, km, prof in Candidate.objects.filter(query & available(on)).values_list(*fields)]


def nearby(location: Location, on: date) -> list[Row]:
    """Candidates whose own maximum travel distance reaches the location."""
    box = 300 / 111  # no one travels further than 300 km (schema maximum): a cheap bounding box first
    rows = _rows(Q(latitude__range=(location.latitude - box, location.latitude + box)), on)
    return [r for r in rows if distance_km(r.latitude, r.longitude, location.latitude, location.longitude) <= r.max_km]


def regional_pool(location: Location, employer_region: str, on: date) -> CandidatePool:
    """The arbeidsmarktregio's candidates; without a known region, those near the location."""
    region = location.arbeidsmarktregio or employer_region
    rows = _rows(Q(arbeidsmarktregio=region), on) if region else nearby(location, on)
    return CandidatePool([r.profile for r in rows], [r.id for r in rows])


def nearby_pool(location: Location, on: date) -> CandidatePool:
    rows = nearby(location, on)
    return CandidatePool([r.profile for r in rows], [r.id for r in rows])
