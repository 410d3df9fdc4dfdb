"""Where demo records live: the chosen arbeidsmarktregio's and their PC4 places, and names."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from werkbrug.domain.places import Place, load_places, regions

# Real sociaal ontwikkelbedrijven named in the seeds (Secrid works with all three), by PC4.
NAMED_SOBS = {"2311": "DZB", "2142": "Spaarne Werkt", "2611": "Werkse!"}


@dataclass(frozen=True)
class RegionPlaces:
    name: str
    centrumgemeente: str
    centre: Place
    places: tuple[Place, ...]


@cache
def region_places(wanted: tuple[str, ...] | None) -> tuple[RegionPlaces, ...]:
    """The regions in the official order, each with its PC4 places (one PC4 = one unit of weight)."""
    chosen = [r for r in regions() if wanted is None or r.name in wanted]
    if wanted is not None and len(chosen) != len(wanted):
        raise ValueError(f"unknown region in {wanted} / onbekende regio")
    by_region: dict[str, list[Place]] = {}
    for place in load_places():
        by_region.setdefault(place.region, []).append(place)
    out = []
    for region in chosen:
        places = tuple(by_region[region.name])
        centre = next((p for p in places if p.gemeente == region.centrumgemeente and not p.approximate),
                      places[0])
        out.append(RegionPlaces(region.name, region.centrumgemeente, centre, places))
    return tuple(out)


def split(total: int, weights: list[int]) -> list[int]:
    """Divide ``total`` over parts proportionally to ``weights`` (largest remainders)."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: parts[i] - exact[i])
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def jitter(rng: random.Random, place: Place) -> tuple[float, float]:
    """A point within about a kilometre of the place centre, kept inside the Dutch bounding box."""
    lat = min(53.55, max(50.75, place.latitude + rng.uniform(-0.009, 0.009)))
    lon = min(7.25, max(3.35, place.longitude + rng.uniform(-0.014, 0.014)))
    return round(lat, 5), round(lon, 5)


@cache
def names(kind: str) -> tuple[str, ...]:
    """Shipped name lists: given_female, given_male, family."""
    text = files("werkbrug.data").joinpath(f"names/{kind}.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())
