"""Erasure of one person's pathways rows (AVG art. 17), called by security.retention.anonymise.

The trajectory periods and completed learning routes are copied without any link to the person
(a random token, the region, the situation or result and the dates) so doorstroom and completion
figures stay as they were; everything else — progress, evidence, follow-up notes, value-of-work
answers — is deleted."""

from __future__ import annotations

import secrets

from django.db import transaction

from werkbrug.pathways.models import (
    ErasedCompletion,
    ErasedTrajectoryPeriod,
    FollowUpContact,
    LearningRoute,
    TrajectoryPeriod,
    ValueOfWorkResponse,
)
from werkbrug.registry.models import Candidate


@transaction.atomic
def erase_candidate(candidate_id: int) -> dict[str, int]:
    """Remove the person's trajectory, learning and follow-up rows; returns the counts removed."""
    region = Candidate.objects.filter(pk=candidate_id).values_list("arbeidsmarktregio", flat=True).first() or ""
    token = secrets.token_hex(12)
    periods = TrajectoryPeriod.objects.filter(candidate_id=candidate_id)
    ErasedTrajectoryPeriod.objects.bulk_create(
        ErasedTrajectoryPeriod(person=token, region=region, situation=p.situation, start_date=p.start_date,
                               end_date=p.end_date) for p in periods)
    routes = LearningRoute.objects.filter(candidate_id=candidate_id)
    ErasedCompletion.objects.bulk_create(
        ErasedCompletion(region=region, crebo=r.crebo, target=r.target, completed_on=r.completed_on)
        for r in routes.filter(status="completed", completed_on__isnull=False))
    counts = {
        "pathways.trajectoryperiod": periods.delete()[0],
        "pathways.learningroute": routes.delete()[0],  # with its werkproces progress (cascade)
        "pathways.followupcontact": FollowUpContact.objects.filter(candidate_id=candidate_id).delete()[0],
        "pathways.valueofworkresponse": ValueOfWorkResponse.objects.filter(candidate_id=candidate_id).delete()[0],
    }
    return {k: v for k, v in counts.items() if v}
