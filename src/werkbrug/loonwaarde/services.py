"""The loonwaarde app's public operations. Other apps (business case, calc lks, web, API, CLI) call
these; nobody writes LoonwaardeMeasurement directly.

Rules enforced here: the measurement is valid by the pure core before it is stored; a final report is
never changed; it becomes final only when both zienswijzen are recorded or waived and the
loonwaardedeskundige's qualification is stated (art. 3). Each write leaves one audit row."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from werkbrug.domain.errors import DomainValidationError, Issue, Message, VersionConflict
from werkbrug.domain.loonwaarde import report_finality
from werkbrug.domain.loonwaarde.deskundige import Deskundige, check_qualification
from werkbrug.domain.loonwaarde.report import Zienswijze, ZienswijzeStatus
from werkbrug.loonwaarde.inputs import RecordInput, record_from_dict
from werkbrug.loonwaarde.models import LoonwaardeMeasurement
from werkbrug.registry.models import Placement
from werkbrug.security import audit

KIND = "loonwaarde"


def _refused(code: str, nl: str, en: str) -> DomainValidationError:
    return DomainValidationError([Issue("status", code, Message(nl, en))])


def _apply(row: LoonwaardeMeasurement, parsed: RecordInput, data: dict[str, Any]) -> None:
    result = parsed.result
    norm = data.get("normfunctie") or {}
    expert = parsed.deskundige
    row.measured_on, row.reassess_on = parsed.measured_on, parsed.reassess_on
    row.contract_hours = parsed.measurement.contract_hours
    row.normfunctie_name = str(norm.get("name", "")).strip()[:200]
    row.normfunctie_source = str(norm.get("source", "")).strip()[:200]
    if parsed.measurement.normfunctie is not None:
        row.normloon_hourly = parsed.measurement.normfunctie.normloon_hourly
        row.fulltime_hours = parsed.measurement.normfunctie.fulltime_hours
    row.hoofdtaken = [_task_dict(raw) for raw in data["hoofdtaken"]]
    row.deskundige_name, row.deskundige_organisation = expert.name, expert.organisation
    row.deskundige_degree, row.deskundige_years_experience = expert.degree, expert.years_experience
    row.deskundige_knows_law, row.deskundige_keeps_current = (expert.knows_law_and_labour_market,
                                                               expert.keeps_knowledge_current)
    for name, party in parsed.zienswijzen.items():
        setattr(row, f"{name}_zienswijze", party.status)
        setattr(row, f"{name}_zienswijze_text", party.text)
        setattr(row, f"{name}_zienswijze_on", party.on)
    row.combination_rule = result.rule.name
    row.loonwaarde_pct = result.loonwaarde_pct
    row.unrounded_pct = result.unrounded_pct.quantize(Decimal("0.001"))


def _task_dict(raw: dict[str, Any]) -> dict[str, Any]:
    """Keep the task as given (numbers as strings, so Decimal values survive JSON)."""
    keys = ("name", "hours_per_week", "minutes_per_day", "tempo", "norm_output", "measured_output",
            "kwaliteit", "netto_werktijd")
    kept = {k: raw[k] for k in keys if k in raw and raw[k] not in (None, "")}
    return {k: ([str(m) for m in v] if isinstance(v, list) else str(v)) for k, v in kept.items()}


def _audit(action: str, row: LoonwaardeMeasurement, user: Any, origin: str) -> None:
    audit.record(action, purpose="registratie", actor=user, object_type=KIND, object_id=row.pk,
                 subject_id=row.placement.candidate_id, origin=origin)


@transaction.atomic
def save_measurement(placement: Placement, data: Any, *, user: Any = None, measurement: LoonwaardeMeasurement | None = None,
                     expected_version: int | None = None, origin: str = "") -> LoonwaardeMeasurement:
    """Create a draft, or change one. Raises DomainValidationError (every problem, per field) or
    VersionConflict; a final report is refused."""
    parsed = record_from_dict(data)
    if measurement is None:
        row = LoonwaardeMeasurement(placement=placement)
    else:
        row = LoonwaardeMeasurement.objects.select_for_update().get(pk=measurement.pk)
        if row.status == "final":
            raise _refused("final", "een definitief rapport kan niet meer worden gewijzigd; maak een nieuwe meting",
                           "a final report cannot be changed; record a new measurement")
        if expected_version is not None and expected_version != row.version:
            raise VersionConflict(KIND, row.pk, expected_version, row.version)
        row.version += 1
    _apply(row, parsed, data)
    row.save()
    _audit("create" if measurement is None else "update", row, user, origin)
    return row


def finality(row: LoonwaardeMeasurement) -> list[Message]:
    """Why the report cannot be final yet (empty: it can)."""
    parties = [Zienswijze(p, ZienswijzeStatus(getattr(row, f"{p}_zienswijze"))) for p in ("employee", "employer")]
    reasons = list(report_finality(parties).reasons)
    try:
        check_qualification(deskundige_of(row), row.measured_on)
    except DomainValidationError as error:
        reasons += [issue.message for issue in error.issues]
    return reasons


@transaction.atomic
def finalise(measurement: LoonwaardeMeasurement, *, user: Any = None, origin: str = "") -> LoonwaardeMeasurement:
    row = LoonwaardeMeasurement.objects.select_for_update().get(pk=measurement.pk)
    if row.status == "final":
        return row
    reasons = finality(row)
    if reasons:
        raise DomainValidationError([Issue("status", "not_final_yet", reason) for reason in reasons])
    row.status, row.finalised_at, row.finalised_by = "final", timezone.now(), user
    row.version += 1
    row.save()
    _audit("finalise", row, user, origin)
    return row


def deskundige_of(row: LoonwaardeMeasurement) -> Deskundige:
    return Deskundige(row.deskundige_name, row.deskundige_organisation, row.deskundige_degree,
                      row.deskundige_years_experience, row.deskundige_knows_law, row.deskundige_keeps_current)


def as_input(row: LoonwaardeMeasurement) -> dict[str, Any]:
    """The record in the shape save_measurement reads (the CLI file, the API body)."""
    norm: dict[str, Any] = {"name": row.normfunctie_name, "source": row.normfunctie_source}
    if row.normloon_hourly is not None:
        norm["normloon_hourly"] = str(row.normloon_hourly)
    if row.fulltime_hours is not None:
        norm["fulltime_hours"] = str(row.fulltime_hours)
    return {
        "placement": row.placement_id, "measured_on": row.measured_on.isoformat(),
        "reassess_on": _iso(row.reassess_on),
        "contract_hours": str(row.contract_hours), "normfunctie": norm, "hoofdtaken": row.hoofdtaken,
        "deskundige": {"name": row.deskundige_name, "organisation": row.deskundige_organisation,
                       "degree": row.deskundige_degree, "years_experience": row.deskundige_years_experience,
                       "knows_law_and_labour_market": row.deskundige_knows_law,
                       "keeps_knowledge_current": row.deskundige_keeps_current},
        "zienswijzen": {p: {"status": getattr(row, f"{p}_zienswijze"), "text": getattr(row, f"{p}_zienswijze_text"),
                            "on": _iso(getattr(row, f"{p}_zienswijze_on"))}
                        for p in ("employee", "employer")},
    }


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


def latest_for_placement(placement_id: int) -> LoonwaardeMeasurement | None:
    return LoonwaardeMeasurement.objects.filter(placement_id=placement_id).order_by("-measured_on", "-id").first()


def latest_for_placements(placement_ids: list[int]) -> dict[int, LoonwaardeMeasurement]:
    """The latest measurement of each placement (as ``latest_for_placement``), in one query."""
    latest: dict[int, LoonwaardeMeasurement] = {}
    for row in LoonwaardeMeasurement.objects.filter(placement_id__in=placement_ids).order_by("-measured_on", "-id"):
        latest.setdefault(row.placement_id, row)
    return latest


def latest_final(placement_id: int) -> LoonwaardeMeasurement | None:
    return (LoonwaardeMeasurement.objects.filter(placement_id=placement_id, status="final")
            .order_by("-measured_on", "-finalised_at", "-id").first())


def lks_default(placement_id: int) -> int | None:
    """The loonwaarde `werkbrug calc lks --placement` uses when none is given: the latest final one."""
    found = latest_final(placement_id)
    return found.loonwaarde_pct if found else None


def business_case_default(candidate_id: int, work_id: int) -> dict[str, Any] | None:
    """The business case's loonwaarde when the user gives none: the latest final measurement of this
    candidate's placement in this work (None: the business case estimates one)."""
    found = (LoonwaardeMeasurement.objects.filter(placement__candidate_id=candidate_id, placement__work_id=work_id,
                                                  status="final").order_by("-measured_on", "-id").first())
    if found is None:
        return None
    day = found.measured_on.isoformat()
    return {"pct": Decimal(found.loonwaarde_pct), "kind": "measured", "measurement": found.pk,
            "label": {"nl": "gemeten", "en": "measured"},
            "explanation": {"nl": f"loonwaarde uit de definitieve meting van {day} (het college stelt haar vast)",
                            "en": f"loonwaarde from the final measurement of {day} (the college sets it)"}}


@transaction.atomic
def erase_candidate(candidate_id: int) -> dict[str, int]:
    """Erasure (AVG art. 17): remove the measurements of the person's placements (zienswijzen hold their
    words). Meant for security.retention.APP_ERASERS; returns the count removed."""
    removed = LoonwaardeMeasurement.objects.filter(placement__candidate_id=candidate_id).delete()[0]
    return {"loonwaarde.loonwaardemeasurement": removed} if removed else {}
