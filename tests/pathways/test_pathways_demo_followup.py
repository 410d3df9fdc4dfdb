"""Demo learning routes, follow-up contacts and value-of-work answers: valid and deterministic."""

import random
from datetime import date

import pytest
from pathways_builders import candidate, placement

from werkbrug.domain.pathways import learning as learning_domain
from werkbrug.pathways import demo_followup, learning
from werkbrug.pathways.models import FollowUpContact, LearningRoute, ValueOfWorkResponse

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 1)


def test_demo_routes_contacts_and_answers(registry_base: dict[str, object]) -> None:
    person = candidate(situation="beschut_werk", benefit="geen")
    placement(person, date(2025, 1, 6))
    for seed in range(4):
        demo_followup._routes(random.Random(seed), person, TODAY)
    for route in LearningRoute.objects.all():
        assert route.progress.count() == len(learning_domain.load().dossiers[route.crebo].werkprocessen)
        assert all(p.evidence for p in route.progress.filter(status="achieved"))
        if route.status == "completed":
            assert person.certificates.filter(code=route.certificate_code).exists()
    counts = demo_followup.load(seed=3, today=TODAY)
    contacts = list(FollowUpContact.objects.order_by("planned_on"))
    assert counts["contacts"] == len(contacts) == 5  # the 24-month evaluation (2027-01-06) is not planned yet
    assert all(c.held_on in (None, c.planned_on) for c in contacts)
    assert demo_followup.load(seed=3, today=TODAY)["contacts"] == 0  # once per placement
    answers = ValueOfWorkResponse.objects.filter(candidate=person)
    assert counts["value_of_work"] == answers.count()
    assert all(a.scores["overall"] is None or 1 <= a.scores["overall"] <= 5 for a in answers)
    assert learning.completions() or not LearningRoute.objects.filter(status="completed").exists()
