"""Follow-up after placement in storage: planned and held jobcoach contacts and evaluations, the
reminders due on a day, and the durability of placements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from werkbrug.domain.errors import Issues
from werkbrug.domain.pathways import followup as domain
from werkbrug.pathways.models import FollowUpContact
from werkbrug.registry.models import Candidate, Placement

OUTCOMES = ("going_well", "attention", "at_risk")


@transaction.atomic
def plan_for_placement(placement: Placement, jobcoach: Any = None) -> list[FollowUpContact]:
    """Plan the schedule's contacts for a placement (once: planned dates already there are skipped)."""
    have = set(FollowUpContact.objects.filter(placement=placement).values_list("kind", "planned_on"))
    rows = [FollowUpContact(candidate_id=placement.candidate_id, placement=placement, kind=kind, planned_on=day,
                            jobcoach=jobcoach)
            for kind, day in domain.planned_dates(placement.start_date)
            if (kind, day) not in have and (placement.end_date is None or day <= placement.end_date)]
    return FollowUpContact.objects.bulk_create(rows)


def _check(kind: str, outcome: str) -> Issues:
    issues = Issues()
    if kind not in domain.KINDS:
        issues.add("kind", "unknown_kind", f"onbekende soort '{kind}'", f"unknown kind '{kind}'")
    if outcome and outcome not in OUTCOMES:
        issues.add("outcome", "unknown_outcome", f"onbekende uitkomst '{outcome}'", f"unknown outcome '{outcome}'")
    return issues


def plan_contact(candidate: Candidate, kind: str, planned_on: date, *, placement: Placement | None = None,
                 jobcoach: Any = None) -> FollowUpContact:
    _check(kind, "").raise_if_any()
    return FollowUpContact.objects.create(candidate=candidate, placement=placement, kind=kind,
                                          planned_on=planned_on, jobcoach=jobcoach)


@transaction.atomic
def record_contact(candidate: Candidate, kind: str, held_on: date, *, contact: FollowUpContact | None = None,
                   outcome: str = "", notes: str = "", jobcoach: Any = None, today: date | None = None
                   ) -> FollowUpContact:
    """Record a contact that took place: the planned one given, or a new unplanned one."""
    issues = _check(kind, outcome)
    if held_on > (today or date.today()):
        issues.add("held_on", "in_future", "een gehouden contact kan niet in de toekomst liggen",
                   "a contact that took place cannot be in the future")
    if contact is not None and contact.candidate_id != candidate.pk:
        issues.add("contact", "other_candidate", "dit contact hoort bij iemand anders",
                   "this contact belongs to someone else")
    issues.raise_if_any()
    if contact is None:
        placement = (Placement.objects.filter(candidate=candidate, start_date__lte=held_on)
                     .order_by("-start_date").first())
        contact = FollowUpContact(candidate=candidate, placement=placement, kind=kind, planned_on=held_on)
    contact.kind, contact.held_on, contact.outcome, contact.notes = kind, held_on, outcome, notes
    contact.jobcoach = jobcoach or contact.jobcoach
    contact.save()
    return contact


def contacts_of(candidate: Candidate) -> list[FollowUpContact]:
    return list(FollowUpContact.objects.filter(candidate=candidate).select_related("placement__work"))


@dataclass(frozen=True)
class Reminder:
    contact: FollowUpContact
    state: str  # overdue or due
    days: int   # days overdue (>0) or until the date (>=0)


def reminders(on: date, candidates: QuerySet[Candidate] | None = None) -> list[Reminder]:
    """Planned contacts not yet held that are due or overdue on `on`, most overdue first."""
    schedule = domain.load()
    rows = FollowUpContact.objects.filter(held_on__isnull=True,
                                          planned_on__lte=on + timedelta(days=schedule.remind_days_before))
    if candidates is not None:
        rows = rows.filter(candidate__in=candidates)
    out = []
    for c in rows.select_related("candidate", "placement__work").order_by("planned_on", "id"):
        state = domain.state(c.planned_on, None, on, schedule)
        if state in ("due", "overdue"):
            out.append(Reminder(c, state, (on - c.planned_on).days if state == "overdue" else (c.planned_on - on).days))
    return out


def durability_of(placements: Iterable[Placement], today: date) -> list[tuple[Placement, list[domain.Horizon]]]:
    return [(p, domain.durability(p.start_date, p.end_date, today)) for p in placements]


def end_reasons(region: str | None = None) -> dict[str, int]:
    """How many ended placements per end reason ('' = not recorded)."""
    rows = Placement.objects.filter(end_date__isnull=False)
    if region:
        rows = rows.filter(candidate__arbeidsmarktregio=region)
    counts: dict[str, int] = {}
    for reason in rows.values_list("end_reason", flat=True):
        counts[reason or ""] = counts.get(reason or "", 0) + 1
    return dict(sorted(counts.items(), key=lambda x: -x[1]))
