"""From a match to a placement: introduce (beoordelingspunten judged with a motivation, the
candidate's consent recorded), trial placement (a Placement of kind proefplaatsing), placement."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from introduce_builders import pair_with_points

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
MOTIVATION = "Tilt in de proefweek dozen tot 14 kg zonder klachten; werkgever zet een steekwagen in."


def _introduce_form(count: int, **extra: str) -> dict[str, str]:
    data = {"consent": "on", "consent_date": "01-12-2026", "note": "gebeld"}
    for n in range(count):
        data |= {f"point_{n}_judgement": "acceptable", f"point_{n}_motivation": MOTIVATION}
    return data | extra


def test_the_match_page_offers_the_introduction(consultant_client: Client, world: dict[str, Any]) -> None:
    candidate = world["mine"][0]
    body = consultant_client.get(reverse("web:candidate-matches", args=[candidate.pk])).content.decode()
    assert reverse("web:introduce", args=[candidate.pk, world["work"].pk]) in body


def test_introduction_needs_judged_points_and_consent(consultant_client: Client, world: dict[str, Any]) -> None:
    from werkbrug.matching.models import MatchProposal

    candidate, work = pair_with_points(world)
    url = reverse("web:introduce", args=[candidate.pk, work.pk])
    page = consultant_client.get(url).content.decode()
    assert 'name="point_0_motivation"' in page and 'name="consent"' in page
    refused = consultant_client.post(url, {"consent_date": "01-12-2026", "point_0_motivation": "kort"})
    body = refused.content.decode()
    assert refused.status_code == 400
    assert 'href="#id_consent"' in body and 'href="#id_point_0_judgement_0"' in body
    assert 'href="#id_point_0_motivation"' in body
    assert not MatchProposal.objects.filter(candidate=candidate).exists()


def test_introduce_trial_and_place(consultant_client: Client, world: dict[str, Any]) -> None:
    from werkbrug.matching.models import MatchProposal
    from werkbrug.registry.models import Placement
    from werkbrug.security.models import Introduction
    from werkbrug.trust.models import Assessment

    candidate, work = pair_with_points(world)
    points = len([k for k in consultant_client.get(reverse("web:introduce", args=[candidate.pk, work.pk]))
                  .content.decode().split() if k.startswith('name="point_') and k.endswith('_motivation"')])
    assert points >= 1
    response = consultant_client.post(reverse("web:introduce", args=[candidate.pk, work.pk]), _introduce_form(points))
    assert response.status_code == 302
    proposal = MatchProposal.objects.get(candidate=candidate, work=work)
    assert proposal.status == "introduced" and response["Location"] == reverse("web:proposal", args=[proposal.pk])
    assert Assessment.objects.filter(candidate=candidate, work=work, proposal=proposal).count() == points
    event = proposal.events.get(to_status="introduced")
    assert event.consent is True and event.consent_date.isoformat() == "2026-12-01"
    assert Introduction.objects.get(candidate=candidate, organisation=world["employer"]).consented

    url = reverse("web:proposal", args=[proposal.pk])
    assert consultant_client.post(url, {"to": "trial_placement", "version": proposal.version,
                                        "trial_placement-start_date": "07-12-2026",
                                        "trial_placement-hours_per_week": "20"}).status_code == 302
    trial = Placement.objects.get(candidate=candidate, kind="proefplaatsing")
    assert (str(trial.start_date), trial.hours_per_week, trial.end_date) == ("2026-12-07", 20, None)
    proposal.refresh_from_db()
    assert proposal.status == "trial_placement" and proposal.placement_id == trial.pk

    assert consultant_client.post(url, {"to": "placed", "version": proposal.version,
                                        "placed-placement_kind": "dienstverband",
                                        "placed-start_date": "04-01-2027",
                                        "placed-hours_per_week": "24"}).status_code == 302
    proposal.refresh_from_db()
    placement = Placement.objects.get(pk=proposal.placement_id)
    trial.refresh_from_db()
    assert (proposal.status, placement.kind, str(placement.start_date)) == ("placed", "dienstverband", "2027-01-04")
    assert str(trial.end_date) == "2027-01-03"  # the trial ends the day before the placement starts
    detail = consultant_client.get(url).content.decode()
    assert "Proefplaatsing" in detail and "Dienstverband" in detail
    page = consultant_client.get(reverse("web:candidate", args=[candidate.pk])).content.decode()
    assert url in page and "Geplaatst" in page  # the candidate's page links to the proposal


def test_a_stale_step_is_refused_plainly(consultant_client: Client, world: dict[str, Any]) -> None:
    from werkbrug.matching.models import MatchProposal

    candidate = world["mine"][0]
    consultant_client.post(reverse("web:introduce", args=[candidate.pk, world["work"].pk]), _introduce_form(0))
    proposal = MatchProposal.objects.get(candidate=candidate)
    response = consultant_client.post(reverse("web:proposal", args=[proposal.pk]), {
        "to": "declined", "version": proposal.version - 1, "declined-reason": "employer_declined"})
    assert response.status_code == 400 and "error-summary" in response.content.decode()
    assert MatchProposal.objects.get(pk=proposal.pk).status == "introduced"


def test_others_cannot_introduce_or_see_the_proposal(consultant_client: Client, hr_client: Client,
                                                     world: dict[str, Any]) -> None:
    from werkbrug.matching.models import MatchProposal

    theirs = world["theirs"][0]  # a colleague's candidate
    assert consultant_client.get(reverse("web:introduce", args=[theirs.pk, world["work"].pk])).status_code == 403
    mine = world["mine"][0]
    consultant_client.post(reverse("web:introduce", args=[mine.pk, world["work"].pk]), _introduce_form(0))
    proposal = MatchProposal.objects.get(candidate=mine)
    assert hr_client.post(reverse("web:proposal", args=[proposal.pk]), {"to": "declined"}).status_code == 403
    assert hr_client.get(reverse("web:proposal", args=[proposal.pk])).status_code == 403  # FML points
