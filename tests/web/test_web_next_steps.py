"""Match pages offer only the steps the user may take: a jobcoach follows people up but does not
introduce or place them, so those buttons are not shown to them (they would answer 403)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from web_builders import make_candidates
from web_signin import signed_in

from werkbrug.security.models import Membership


@pytest.mark.django_db(databases=["default", "audit"])
def test_a_jobcoach_sees_the_matches_without_introduce_or_place(world: dict[str, Any]) -> None:
    from django.contrib.auth import get_user_model

    coach = get_user_model().objects.create_user("coach")
    Membership.objects.create(user=coach, organisation=world["gemeente"], role="jobcoach", caseload_only=True)
    [candidate] = make_candidates(1, coach, start=70)
    client = signed_in(coach)
    page = client.get(reverse("web:candidate-matches", args=[candidate.pk]))
    body = page.content.decode()
    assert page.status_code == 200 and world["work"].title in body
    assert reverse("web:introduce", args=[candidate.pk, world["work"].pk]) not in body
    assert reverse("web:placement-new", args=[candidate.pk, world["work"].pk]) not in body
    assert client.get(reverse("web:introduce", args=[candidate.pk, world["work"].pk])).status_code == 403

    consultant = signed_in(world["consultant"])
    mine = world["mine"][0]
    body = consultant.get(reverse("web:candidate-matches", args=[mine.pk])).content.decode()
    assert reverse("web:placement-new", args=[mine.pk, world["work"].pk]) in body
    work_page = consultant.get(reverse("web:work-candidates", args=[world["work"].pk])).content.decode()
    assert "/introduce/" in work_page
    coach_work_page = client.get(reverse("web:work-candidates", args=[world["work"].pk])).content.decode()
    assert "/introduce/" not in coach_work_page and "/place/" not in coach_work_page
