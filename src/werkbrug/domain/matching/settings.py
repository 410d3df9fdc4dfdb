"""Matching settings from data/matching_weights.toml: weights, travel model, conventions."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

COMPONENTS = ("skills", "experience", "preference", "travel", "waiting", "support", "accommodation_cost")


@dataclass(frozen=True)
class TravelMode:
    speed_kmh: float
    overhead_min: float


@dataclass(frozen=True)
class MatchSettings:
    version: str
    weights: dict[str, float]
    fairness_waiting_factor: float
    experience_full_years: float
    waiting_full_days: float
    cost_full: float
    neutral_preference: float
    level_fraction: tuple[float, float, float]
    default_hours_max: float
    max_dropped_tasks: int
    floor_hours: float
    detour_factor: float
    default_max_km: float
    default_modes: tuple[str, ...]
    modes: dict[str, TravelMode]

    def fair(self) -> MatchSettings:
        """The same settings with priority for long waiting (the fairness option)."""
        weights = dict(self.weights)
        weights["waiting"] *= self.fairness_waiting_factor
        return replace(self, weights=weights)


def parse_settings(raw: dict[str, Any]) -> MatchSettings:
    weights = {name: float(raw["weights"][name]) for name in COMPONENTS}
    scale, travel = raw["scale"], raw["travel"]
    fractions = tuple(float(f) for f in raw["capacity"]["level_fraction"])
    if len(fractions) != 3:
        raise ValueError("capacity.level_fraction needs three values (levels 0, 1, 2)")
    return MatchSettings(
        version=str(raw["version"]), weights=weights,
        fairness_waiting_factor=float(raw["fairness"]["waiting_factor"]),
        experience_full_years=float(scale["experience_full_years"]),
        waiting_full_days=float(scale["waiting_full_days"]), cost_full=float(scale["cost_full"]),
        neutral_preference=float(scale["neutral_preference"]),
        level_fraction=(fractions[0], fractions[1], fractions[2]),
        default_hours_max=float(raw["capacity"]["default_hours_max"]),
        max_dropped_tasks=int(raw["carving"]["max_dropped_tasks"]),
        floor_hours=float(raw["carving"]["floor_hours"]),
        detour_factor=float(travel["detour_factor"]), default_max_km=float(travel["default_max_km"]),
        default_modes=tuple(travel["default_modes"]),
        modes={name: TravelMode(float(m["speed_kmh"]), float(m["overhead_min"]))
               for name, m in travel["modes"].items()},
    )


@cache
def load_settings() -> MatchSettings:
    text = files("werkbrug.data").joinpath("matching_weights.toml").read_text("utf-8")
    return parse_settings(tomllib.loads(text))
