"""Check imported VUM profiles: every problem, named by profile number and field, in both languages."""

from __future__ import annotations

import re
from typing import Any

from werkbrug.domain.errors import Issues
from werkbrug.domain.vum.education import check_opleiding
from werkbrug.domain.vum.profiles import VERVOERMIDDEL, forbidden_keys

KINDS = ("werkzoekendeprofiel", "vacatureprofiel")
COMMON = {"vumVersie", "profielsoort", "profielId", "mobiliteit", "werktijden", "bemiddelingsberoepen",
          "competenties", "rijbewijs"}
ALLOWED = {"werkzoekendeprofiel": COMMON | {"opleiding"}, "vacatureprofiel": COMMON | {"functienaam"}}
MOBILITEIT = {"bemiddelingspostcode", "maximaleReisafstand", "maximaleReistijd", "vervoermiddel"}
WERKTIJDEN = {"dagdelen", "minimaalAantalUrenPerWeek", "maximaalAantalUrenPerWeek"}
RIJBEWIJS = {"AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "T"}
POSTCODE = re.compile(r"[1-9][0-9]{3}")


def _number(issues: Issues, where: str, value: Any, low: float, high: float) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        issues.add(where, "out_of_range", f"moet een getal van {low:g} tot en met {high:g} zijn",
                   f"must be a number from {low:g} to {high:g}")


def _unknown(issues: Issues, where: str, data: dict[str, Any], allowed: set[str]) -> None:
    for key in sorted(set(data) - allowed):
        issues.add(f"{where}.{key}", "unknown_field", "onbekend veld", "unknown field")


def _mobiliteit(issues: Issues, where: str, data: Any) -> None:
    if not isinstance(data, dict):
        issues.add(where, "required", "ontbreekt of is geen object", "missing or not an object")
        return
    _unknown(issues, where, data, MOBILITEIT)
    if not POSTCODE.fullmatch(str(data.get("bemiddelingspostcode", ""))):
        issues.add(f"{where}.bemiddelingspostcode", "invalid", "moet vier cijfers zijn (1000-9999)",
                   "must be four digits (1000-9999)")
    _number(issues, f"{where}.maximaleReisafstand", data.get("maximaleReisafstand"), 0, 500)
    _number(issues, f"{where}.maximaleReistijd", data.get("maximaleReistijd"), 0, 600)
    bad = [v for v in data.get("vervoermiddel", []) if v not in VERVOERMIDDEL.values()]
    if bad:
        issues.add(f"{where}.vervoermiddel", "invalid", f"onbekende waarde {bad[0]!r}", f"unknown value {bad[0]!r}")


def _werktijden(issues: Issues, where: str, data: Any) -> None:
    if data is None:
        return
    if not isinstance(data, dict):
        issues.add(where, "invalid", "is geen object", "is not an object")
        return
    _unknown(issues, where, data, WERKTIJDEN)
    low, high = data.get("minimaalAantalUrenPerWeek"), data.get("maximaalAantalUrenPerWeek")
    _number(issues, f"{where}.minimaalAantalUrenPerWeek", low, 0, 60)
    _number(issues, f"{where}.maximaalAantalUrenPerWeek", high, 0, 60)
    if isinstance(low, (int, float)) and isinstance(high, (int, float)) and low > high:
        issues.add(where, "invalid", "minimum uren is meer dan maximum", "minimum hours exceed maximum")


def _lists(issues: Issues, where: str, profile: dict[str, Any]) -> None:
    for key in ("bemiddelingsberoepen", "competenties"):
        values = profile.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) and v.startswith(("http://", "https://"))
                                                   for v in values):
            issues.add(f"{where}.{key}", "invalid", "moet een lijst van CompetentNL-URI's zijn",
                       "must be a list of CompetentNL URIs")
    licences = profile.get("rijbewijs", [])
    if not isinstance(licences, list) or any(v not in RIJBEWIJS for v in licences):
        issues.add(f"{where}.rijbewijs", "invalid", "onbekende rijbewijscategorie", "unknown driving licence category")


def _profile(issues: Issues, where: str, profile: Any) -> None:
    if not isinstance(profile, dict):
        issues.add(where, "invalid", "is geen object", "is not an object")
        return
    for path in forbidden_keys(profile):  # FML and doelgroep never travel through VUM, in either direction
        issues.add(f"{where}.{path}", "forbidden", "FML- of doelgroepgegevens horen niet in VUM",
                   "FML or doelgroep data do not belong in VUM")
    kind = profile.get("profielsoort")
    if kind not in KINDS:
        issues.add(f"{where}.profielsoort", "invalid", "moet werkzoekendeprofiel of vacatureprofiel zijn",
                   "must be werkzoekendeprofiel or vacatureprofiel")
        return
    _unknown(issues, where, profile, ALLOWED[kind])
    key = profile.get("profielId")
    if not isinstance(key, str) or not 0 < len(key) <= 64:
        issues.add(f"{where}.profielId", "required", "ontbreekt of is langer dan 64 tekens",
                   "missing or longer than 64 characters")
    _mobiliteit(issues, f"{where}.mobiliteit", profile.get("mobiliteit"))
    _werktijden(issues, f"{where}.werktijden", profile.get("werktijden"))
    _lists(issues, where, profile)
    if "opleiding" in profile:
        check_opleiding(issues, f"{where}.opleiding", profile["opleiding"])


def validate_profiles(document: Any) -> list[dict[str, Any]]:
    """The profiles of a file (one profile or {"profielen": [...]}); raise listing every problem."""
    profiles: Any = document.get("profielen") if isinstance(document, dict) and "profielen" in document else [document]
    issues = Issues()
    if not isinstance(profiles, list) or not profiles:
        issues.add("profielen", "invalid", "geen profielen gevonden", "no profiles found")
        issues.raise_if_any()
    for index, profile in enumerate(profiles, start=1):
        _profile(issues, f"profiel {index}", profile)
    issues.raise_if_any()
    return list(profiles)
