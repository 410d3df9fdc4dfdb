"""Public operations of the pathways app: the trajectory timeline and the outcome figures."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.db import transaction

from werkbrug.domain.errors import DomainValidationError, Issues
from werkbrug.domain.pathways import model as trajectory
from werkbrug.domain.pathways import value_of_work as vow
from werkbrug.domain.pathways.doorstroom import Timeline
from werkbrug.domain.pathways.model import Period
from werkbrug.pathways.erasure import erase_candidate
from werkbrug.pathways.models import ErasedTrajectoryPeriod, TrajectoryPeriod, ValueOfWorkResponse
from werkbrug.registry import services as registry
from werkbrug.registry.models import Candidate


def _check_order(last: TrajectoryPeriod | None, start: date, end: date | None) -> Issues:
    issues = Issues()
    if end is not None and end < start:
        issues.add("end_date", "period_order", "einddatum ligt vóór de begindatum", "end date is before start date")
    if last is not None and start <= last.start_date:
        issues.add("start_date", "not_after_previous", "begindatum moet na het begin van de vorige periode liggen",
                   "start date must be after the start of the previous period")
    elif last is not None and last.end_date is not None and last.end_date >= start:
        issues.add("start_date", "overlap", "periode overlapt met de vorige", "period overlaps the previous one")
    return issues


@transaction.atomic
def append_period(candidate: Candidate, situation: str, start: date, *, end: date | None = None,
                  support: dict[str, Any] | None = None, today: date | None = None) -> TrajectoryPeriod:
    """Add the next period of a candidate's trajectory. An open previous period is closed the day
    before `start`; the transition must be allowed by the status model. When the new period is the
    current one, the candidate's registry situation follows it."""
    model = trajectory.load()
    support = support or {}
    last = (TrajectoryPeriod.objects.select_for_update().filter(candidate=candidate)
            .order_by("-start_date").first())
    issues = _check_order(last, start, end)
    issues.extend(trajectory.check_transition(last.situation if last else None, situation, model).items)
    issues.extend(trajectory.check_support(support).items)
    issues.raise_if_any()
    if last is not None and last.end_date is None:
        last.end_date = start - timedelta(days=1)
        last.save(update_fields=["end_date"])
    step = model.transition(last.situation, situation) if last else None
    period = TrajectoryPeriod.objects.create(
        candidate=candidate, situation=situation, start_date=start, end_date=end, support=support,
        transition_kind=step.kind if step else "", model_version=model.version)
    _follow_in_registry(candidate, model.situations[situation].registry, start, end, today or date.today())
    return period


def _follow_in_registry(candidate: Candidate, code: str, start: date, end: date | None, today: date) -> None:
    current = start <= today and (end is None or end >= today)
    fresh = Candidate.objects.get(pk=candidate.pk)
    if current and fresh.situation != code:
        registry.update("candidates", fresh.pk, fresh.version, {"situation": code})


def timeline(candidate: Candidate) -> list[TrajectoryPeriod]:
    return list(TrajectoryPeriod.objects.filter(candidate=candidate).order_by("start_date"))


def timelines(region: str | None = None) -> list[Timeline]:
    """Every candidate's trajectory as pure timelines (keyed by the candidate's external key)."""
    rows = TrajectoryPeriod.objects.order_by("candidate_id", "start_date")
    if region:
        rows = rows.filter(candidate__arbeidsmarktregio=region)
    grouped: dict[object, tuple[str, str, list[Period]]] = {}
    # plain values, not model instances: no candidate decryption for 10,000s of periods
    for cid, key, reg, situation, start, end in rows.values_list(
            "candidate_id", "candidate__external_key", "candidate__arbeidsmarktregio", "situation", "start_date",
            "end_date"):
        entry = grouped.setdefault(cid, (key, reg, []))
        entry[2].append(Period(situation, start, end))
    erased = ErasedTrajectoryPeriod.objects.order_by("person", "start_date")  # erased people still count
    for e in erased.filter(region=region) if region else erased:
        entry = grouped.setdefault(f"erased:{e.person}", (f"erased:{e.person}", e.region, []))
        entry[2].append(Period(e.situation, e.start_date, e.end_date))
    return [Timeline(key, reg, tuple(periods)) for key, reg, periods in grouped.values()]


@transaction.atomic
def record_value_of_work(candidate: Candidate, answered_on: date, answers: dict[str, int], *,
                         assisted: bool = False) -> ValueOfWorkResponse:
    """Store one questionnaire with its scores; one per candidate per day (a second one replaces it)."""
    questionnaire = vow.load()
    result = vow.score(answers, questionnaire)  # raises DomainValidationError on bad answers
    obj, _ = ValueOfWorkResponse.objects.update_or_create(
        candidate=candidate, answered_on=answered_on,
        defaults={"answers": dict(answers), "assisted": assisted, "questionnaire_version": questionnaire.version,
                  "scores": {"themes": result.themes, "overall": result.overall}})
    return obj


def value_of_work_trends(candidate: Candidate) -> list[vow.Trend]:
    rows = ValueOfWorkResponse.objects.filter(candidate=candidate).values_list("answered_on", "answers")
    return vow.trends(list(rows))


def outcome_report(start: date, end: date, *, as_of: date | None = None, region: str | None = None,
                   mode: str = "end") -> dict[str, Any]:
    """Doorstroom per pair of situation groups and region, and placement durability (docs/pathways.md)."""
    from werkbrug.pathways import reports

    return reports.report(timelines(region), start, end, as_of or end, region, mode)


def outcome_report_for_dashboards(start: date, end: date, *, region: str | None = None) -> dict[str, Any]:
    """``outcome_report`` as the dashboards read it: kept briefly, refreshed when the data change."""
    from werkbrug.pathways import outcomes

    return outcomes.cached(("report", start, end, region), lambda: outcome_report(start, end, region=region))


# Praktijkleren, follow-up after placement and outcome analytics live in their own modules; these
# names are the public operations other apps, the API and the pages call.
from werkbrug.pathways.followup import (  # noqa: E402
    contacts_of,
    plan_contact,
    plan_for_placement,
    record_contact,
    reminders,
)
from werkbrug.pathways.learning import (  # noqa: E402
    complete_route,
    completions,
    record_progress,
    routes_of,
    start_route,
)

__all__ = ["complete_route", "completions", "contacts_of", "plan_contact", "plan_for_placement",
           "record_contact", "record_progress", "reminders", "routes_of", "start_route",
           "DomainValidationError", "append_period", "erase_candidate", "outcome_report",
           "outcome_report_for_dashboards", "record_value_of_work", "timeline",
           "timelines", "value_of_work_trends"]
