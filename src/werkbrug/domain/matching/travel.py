"""Travel model: great-circle distance x detour factor; minutes by the fastest usable mode.

Both limits are turned into one road-distance limit per candidate (travel time grows with
distance for every mode), so the national kernel compares a single number per pair."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from werkbrug.domain.matching.settings import MatchSettings
from werkbrug.domain.matching.specs import CandidateSpec

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def usable_modes(candidate: CandidateSpec, settings: MatchSettings) -> tuple[str, ...]:
    modes = candidate.travel_modes or settings.default_modes
    usable = tuple(m for m in modes if m in settings.modes and (m != "auto" or candidate.driving_licence))
    return usable or settings.default_modes


def minutes_for(road_km: float, candidate: CandidateSpec, settings: MatchSettings) -> float:
    return min(road_km / settings.modes[m].speed_kmh * 60 + settings.modes[m].overhead_min
               for m in usable_modes(candidate, settings))


def road_km_limit(candidate: CandidateSpec, settings: MatchSettings) -> float:
    """The farthest road distance within both the km and the minutes maximum."""
    limits = []
    if candidate.max_travel_km is not None:
        limits.append(float(candidate.max_travel_km))
    if candidate.max_travel_minutes is not None:
        limits.append(max((float(candidate.max_travel_minutes) - settings.modes[m].overhead_min)
                          * settings.modes[m].speed_kmh / 60 for m in usable_modes(candidate, settings)))
    return max(0.0, min(limits)) if limits else settings.default_max_km


def unit_vectors(lat: NDArray[np.float64], lon: NDArray[np.float64]) -> NDArray[np.float64]:
    """Points on the unit sphere: the dot product of two gives the great-circle angle."""
    p, lam = np.radians(lat), np.radians(lon)
    return np.stack([np.cos(p) * np.cos(lam), np.cos(p) * np.sin(lam), np.sin(p)], axis=1)


def dot_to_km(dot: NDArray[np.float64]) -> NDArray[np.float64]:
    return EARTH_RADIUS_KM * np.arccos(np.clip(dot, -1.0, 1.0))


def km_to_min_dot(km: NDArray[np.float64]) -> NDArray[np.float64]:
    """Dot-product threshold: a point is within `km` great-circle distance iff dot >= it."""
    return np.cos(np.minimum(km / EARTH_RADIUS_KM, math.pi))
