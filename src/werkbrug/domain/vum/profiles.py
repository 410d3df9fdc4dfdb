"""Build VUM profiles from plain facts. Only the keys written here can ever leave through VUM."""

from __future__ import annotations

from typing import Any

from werkbrug.domain.vum.education import opleiding
from werkbrug.domain.vum.mapping import MappingTable

VERSION = "3.0"
# Keys that must never appear in a VUM export (nor be accepted on import): FML and doelgroep data.
FORBIDDEN_PARTS = ("fml", "doelgroep", "indicatieldr", "banenafspraak", "beperking", "accommodation",
                   "voorziening", "bsn")
# Werkbrug travel modes -> VUM vervoermiddel (our own names, kept close to the field list).
VERVOERMIDDEL = {"lopen": "LOPEN", "fiets": "FIETS", "ov": "OPENBAAR_VERVOER", "auto": "AUTO",
                 "begeleid": "BEGELEID_VERVOER"}


def bemiddelingspostcode(postcode: str) -> str:
    """The four digits only: enough for a selectiegebied, less precise than an address."""
    return postcode.strip()[:4]


def _werktijden(minimum: Any, maximum: Any, day_parts: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = {"dagdelen": sorted(day_parts)}
    if minimum is not None:
        result["minimaalAantalUrenPerWeek"] = float(minimum)
    if maximum is not None:
        result["maximaalAantalUrenPerWeek"] = float(maximum)
    return result


def candidate_profile(facts: dict[str, Any], mapping: MappingTable) -> tuple[dict[str, Any], list[str]]:
    """A werkzoekendeprofiel and the ESCO URIs that had no CompetentNL mapping."""
    beroepen, unmapped_occupations = mapping.map(list(facts.get("wish_occupations", [])))
    competenties, unmapped_skills = mapping.map(list(facts.get("skills", [])))
    mobiliteit: dict[str, Any] = {"bemiddelingspostcode": bemiddelingspostcode(facts["postcode"]),
                                  "vervoermiddel": sorted(VERVOERMIDDEL[m] for m in facts.get("travel_modes", [])
                                                          if m in VERVOERMIDDEL)}
    if facts.get("max_travel_km") is not None:
        mobiliteit["maximaleReisafstand"] = int(facts["max_travel_km"])
    if facts.get("max_travel_minutes") is not None:
        mobiliteit["maximaleReistijd"] = int(facts["max_travel_minutes"])
    profile = {
        "vumVersie": VERSION, "profielsoort": "werkzoekendeprofiel", "profielId": str(facts["key"]),
        "mobiliteit": mobiliteit,
        "werktijden": _werktijden(facts.get("wish_hours_min"), facts.get("wish_hours_max"),
                                  list(facts.get("wish_day_parts", []))),
        "opleiding": opleiding(facts.get("education_level")),  # SuwiML CdOpleidingsniveauClient
        "bemiddelingsberoepen": beroepen, "competenties": competenties,
        "rijbewijs": ["B"] if facts.get("driving_licence") else [],
    }
    return profile, unmapped_occupations + unmapped_skills


def work_profile(facts: dict[str, Any], mapping: MappingTable) -> tuple[dict[str, Any], list[str]]:
    """A vacatureprofiel and the ESCO URIs that had no CompetentNL mapping."""
    beroepen, unmapped = mapping.map([facts["occupation"]] if facts.get("occupation") else [])
    hours = facts.get("hours_per_week")
    profile = {
        "vumVersie": VERSION, "profielsoort": "vacatureprofiel", "profielId": str(facts["key"]),
        "functienaam": str(facts.get("title", "")),
        "mobiliteit": {"bemiddelingspostcode": bemiddelingspostcode(facts["postcode"])},
        "werktijden": _werktijden(hours, hours, list(facts.get("day_parts", []))),
        "bemiddelingsberoepen": beroepen, "competenties": [],
        "rijbewijs": [],
    }
    return profile, unmapped


def forbidden_keys(value: Any, path: str = "") -> list[str]:
    """Every key (at any depth) whose name contains a forbidden part, as a dotted path."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            here = f"{path}.{key}" if path else str(key)
            if any(part in str(key).lower() for part in FORBIDDEN_PARTS):
                found.append(here)
            found += forbidden_keys(inner, here)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += forbidden_keys(inner, f"{path}[{index}]")
    return found
