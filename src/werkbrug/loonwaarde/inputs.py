"""A measurement record from plain data (a JSON file, an API body or a web form): the method's input
parsed by the pure core, plus the report's own fields (dates, deskundige, zienswijzen).

Every problem is collected and named by field, in Dutch and English."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from werkbrug.domain.errors import DomainValidationError, Issue, Issues, Message
from werkbrug.domain.loonwaarde import LoonwaardeResult, compute_loonwaarde
from werkbrug.domain.loonwaarde.deskundige import Deskundige
from werkbrug.domain.loonwaarde.model import Measurement
from werkbrug.domain.loonwaarde.parse import measurement_from_dict
from werkbrug.domain.parameters import ParameterMissing

PARTIES = ("employee", "employer")
ZIENSWIJZE_STATUSES = ("pending", "recorded", "waived")


@dataclass(frozen=True)
class Party:
    status: str = "pending"
    text: str = ""
    on: date | None = None


@dataclass(frozen=True)
class RecordInput:
    measurement: Measurement
    measured_on: date
    reassess_on: date | None
    deskundige: Deskundige
    zienswijzen: dict[str, Party]
    result: LoonwaardeResult


def _date(raw: Any, field: str, issues: Issues, required: bool = False) -> date | None:
    if raw in (None, ""):
        if required:
            issues.add(field, "required", f"{field}: datum ontbreekt", f"{field}: date is missing")
        return None
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        issues.add(field, "invalid", f"{field}: geef een datum als JJJJ-MM-DD", f"{field}: give a date as YYYY-MM-DD")
        return None


def _whole(raw: Any, field: str, issues: Issues) -> int:
    try:
        value = int(str(raw if raw not in (None, "") else 0))
    except ValueError:
        issues.add(field, "invalid", f"{field}: geef een heel getal", f"{field}: give a whole number")
        return 0
    if value < 0 or value > 60:
        issues.add(field, "out_of_range", f"{field}: tussen 0 en 60", f"{field}: between 0 and 60")
    return value


def _deskundige(raw: Any, issues: Issues) -> Deskundige:
    raw = raw if isinstance(raw, dict) else {}
    return Deskundige(str(raw.get("name", "")).strip()[:200], str(raw.get("organisation", "")).strip()[:200],
                      str(raw.get("degree", "")).strip(),
                      _whole(raw.get("years_experience"), "deskundige.years_experience", issues),
                      bool(raw.get("knows_law_and_labour_market")), bool(raw.get("keeps_knowledge_current")))


def _party(raw: Any, name: str, issues: Issues) -> Party:
    raw = raw if isinstance(raw, dict) else {}
    status = str(raw.get("status") or "pending")
    if status not in ZIENSWIJZE_STATUSES:
        issues.add(f"zienswijzen.{name}.status", "invalid", "kies pending, recorded of waived",
                   "choose pending, recorded or waived")
    text = str(raw.get("text") or "").strip()
    if status == "recorded" and not text:
        issues.add(f"zienswijzen.{name}.text", "required", "een vastgelegde zienswijze heeft een tekst",
                   "a recorded zienswijze needs its text")
    return Party(status, text, _date(raw.get("on"), f"zienswijzen.{name}.on", issues, status != "pending"))


def _check_sizes(measurement: Measurement, issues: Issues) -> None:
    """Bounds the storage needs (the core checks the law): hours in a week, a plausible wage."""
    if measurement.contract_hours > 60:
        issues.add("contract_hours", "out_of_range", "de arbeidsduur is ten hoogste 60 uur per week",
                   "the contract hours are at most 60 a week")
    norm = measurement.normfunctie
    if norm is not None and norm.fulltime_hours is not None and not 0 < norm.fulltime_hours <= 60:
        issues.add("normfunctie.fulltime_hours", "out_of_range", "tussen 0 en 60 uur", "between 0 and 60 hours")
    if norm is not None and norm.normloon_hourly is not None and not 0 < norm.normloon_hourly <= 1000:
        issues.add("normfunctie.normloon_hourly", "out_of_range", "tussen 0 en 1000 euro", "between 0 and 1000 euro")


def record_from_dict(data: Any) -> RecordInput:
    """Parse a whole record; raise DomainValidationError listing every problem."""
    if not isinstance(data, dict):
        raise DomainValidationError([Issue("measurement", "invalid", Message("moet een JSON-object zijn",
                                                                              "must be a JSON object"))])
    issues = Issues()
    measurement = None
    try:
        measurement = measurement_from_dict(data)
    except DomainValidationError as error:
        issues.extend(error.issues)
    if not isinstance(data.get("normfunctie"), dict) or not str(data["normfunctie"].get("name", "")).strip():
        issues.add("normfunctie.name", "required", "de naam van de normfunctie ontbreekt",
                   "the normfunctie's name is missing")
    measured_on = _date(data.get("measured_on"), "measured_on", issues, required=True)
    reassess_on = _date(data.get("reassess_on"), "reassess_on", issues)
    if measured_on and reassess_on and reassess_on <= measured_on:
        issues.add("reassess_on", "out_of_range", "de herbeoordeling ligt na de meetdatum",
                   "the re-assessment must come after the measurement date")
    deskundige = _deskundige(data.get("deskundige"), issues)
    raw = data.get("zienswijzen") if isinstance(data.get("zienswijzen"), dict) else {}
    parties = {name: _party(raw.get(name), name, issues) for name in PARTIES}
    result = None
    if measurement is not None:
        try:  # the law's checks (1/16, 30 minutes a day, shares, tempo cap) with the parameters of that day
            result = compute_loonwaarde(measurement, measured_on or date.today())
        except DomainValidationError as error:
            issues.extend(error.issues)
        except ParameterMissing:
            issues.add("measured_on", "out_of_range", "de uniforme methode geldt vanaf 1-7-2021",
                       "the uniform method applies from 1-7-2021")
        _check_sizes(measurement, issues)
    issues.raise_if_any()
    assert measurement is not None and measured_on is not None and result is not None
    return RecordInput(measurement, measured_on, reassess_on, deskundige, parties, result)

