"""`werkbrug erase` removes a person's trajectory, learning and follow-up rows; the doorstroom and
completion figures stay the same (kept without any link to the person)."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from pathways_builders import candidate, placement

from werkbrug.pathways import followup, learning, services
from werkbrug.pathways.models import (
    ErasedTrajectoryPeriod,
    FollowUpContact,
    LearningRoute,
    TrajectoryPeriod,
    ValueOfWorkResponse,
    WerkprocesProgress,
)

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
TODAY = date(2025, 6, 1)


def test_erase_removes_the_rows_and_keeps_the_figures(registry_base: dict[str, object], cli_operator: object) -> None:
    person = candidate(arbeidsmarktregio="Holland Rijnland")
    services.append_period(person, "dagbesteding", date(2024, 1, 1), today=TODAY)
    services.append_period(person, "regulier_werk", date(2024, 9, 1), today=TODAY)
    followup.plan_for_placement(placement(person, date(2024, 9, 1)))
    route = learning.start_route(person, "90003", "praktijkverklaring", date(2024, 9, 1))
    learning.record_progress(route, "B1-K1-W2", "achieved", evidence="HACCP-check")
    learning.complete_route(route, date(2025, 3, 1))
    services.record_value_of_work(person, date(2025, 3, 1), {"pw1": 4})
    before = services.outcome_report(date(2024, 1, 1), date(2024, 12, 31))["doorstroom"]
    completions = [c[1:] for c in learning.completions()]

    call_command("erase", "--candidate", str(person.pk), "--reason", "verzoek-1", stdout=StringIO())

    for model in (TrajectoryPeriod, FollowUpContact, LearningRoute, WerkprocesProgress, ValueOfWorkResponse):
        assert not model.objects.exists(), model
    assert ErasedTrajectoryPeriod.objects.count() == 2
    assert services.outcome_report(date(2024, 1, 1), date(2024, 12, 31))["doorstroom"] == before
    moved = [r for r in before if r["source"] == "dagbesteding" and r["region"] == "totaal / total"]
    assert moved[0]["cohort"] == 1 and moved[0]["moved"] == 1
    assert [c[1:] for c in learning.completions()] == completions == [("90003", "praktijkverklaring", date(2025, 3, 1))]
