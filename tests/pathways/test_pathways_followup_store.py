"""Follow-up after placement in storage: planning from the schedule, reminders due on the right
dates (the day is given: a frozen clock), recording contacts, and the reminders command."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from pathways_builders import account, candidate, placement

from werkbrug.domain.errors import DomainValidationError
from werkbrug.pathways import followup
from werkbrug.pathways.models import FollowUpContact

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
START = date(2025, 3, 3)


@pytest.fixture
def planned(registry_base: dict[str, object]) -> list[FollowUpContact]:
    coach = account("coach", "jobcoach", registry_base["gemeente"])
    p = placement(candidate(consultant=coach), START)
    return followup.plan_for_placement(p, jobcoach=coach)


def test_planning_follows_the_schedule_once(planned: list[FollowUpContact]) -> None:
    assert [(c.kind, c.planned_on) for c in planned][:3] == [
        ("contact", date(2025, 3, 10)), ("contact", date(2025, 3, 31)), ("evaluation", date(2025, 6, 3))]
    assert followup.plan_for_placement(planned[0].placement) == []  # already planned


@pytest.mark.parametrize(("day", "expected"), [
    (date(2025, 3, 2), []),                                    # 8 days before the first contact
    (date(2025, 3, 3), [("due", 7)]),                          # 7 days before: due
    (date(2025, 3, 10), [("due", 0)]),                         # on the day
    (date(2025, 3, 11), [("overdue", 1)]),                     # the day after
    (date(2025, 3, 24), [("overdue", 14), ("due", 7)]),        # the second one comes due
])
def test_reminders_on_a_frozen_day(planned: list[FollowUpContact], day: date, expected: list[tuple[str, int]]) -> None:
    assert [(r.state, r.days) for r in followup.reminders(day)] == expected


def test_recording_a_planned_contact_removes_its_reminder(planned: list[FollowUpContact]) -> None:
    first = planned[0]
    followup.record_contact(first.candidate, "contact", date(2025, 3, 12), contact=first, outcome="going_well",
                            notes="gaat goed", today=date(2025, 3, 12))
    assert followup.reminders(date(2025, 3, 12)) == []
    with pytest.raises(DomainValidationError) as future:
        followup.record_contact(first.candidate, "contact", date(2025, 4, 1), today=date(2025, 3, 12))
    assert future.value.issues[0].code == "in_future"
    extra = followup.record_contact(first.candidate, "evaluation", date(2025, 3, 12), outcome="attention",
                                    today=date(2025, 3, 12))
    assert extra.placement_id == first.placement_id and extra.planned_on == extra.held_on


def test_reminders_command_for_the_operator_caseload(planned: list[FollowUpContact]) -> None:
    out = StringIO()
    call_command("pathways", "reminders", "--date", "2025-03-11", "--json", "--as", "coach", stdout=out)
    body = json.loads(out.getvalue())
    assert body["date"] == "2025-03-11"
    assert [(r["state"], r["days"], r["planned_on"]) for r in body["reminders"]] == [("overdue", 1, "2025-03-10")]
    text = StringIO()
    call_command("pathways", "reminders", "--date", "2025-03-11", "--as", "coach", stdout=text)
    assert "1 te laat / overdue" in text.getvalue() and "Jansen" not in text.getvalue()


def test_reminders_command_refuses_a_role_without_follow_up(registry_base: dict[str, object]) -> None:
    account("analist", "policy_analyst", registry_base["gemeente"])
    with pytest.raises(CommandError, match="refused"):
        call_command("pathways", "reminders", "--as", "analist")
