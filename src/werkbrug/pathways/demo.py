"""Demo trajectories for the candidates already in the registry (`werkbrug pathways demo`)."""

from __future__ import annotations

import random
from datetime import date

from django.db import transaction

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.pathways import demo
from werkbrug.domain.pathways import model as trajectory
from werkbrug.pathways import demo_followup
from werkbrug.pathways.models import (
    FollowUpContact,
    LearningRoute,
    TrajectoryPeriod,
    ValueOfWorkResponse,
)
from werkbrug.registry.models import Candidate


def _boost(seed: int, region: str) -> float:
    """How much a region invests in doorstroom from dagbesteding: fixed per region and seed."""
    return random.Random(f"{seed}:region:{region}").uniform(0.0, 3.0)


@transaction.atomic
def load(seed: int = 1, today: date | None = None, replace: bool = False) -> dict[str, int]:
    """Give every candidate without a trajectory one that ends in their current situation. The
    timelines are checked against the status model before they are written (all or nothing)."""
    model = trajectory.load()
    today = today or date.today()
    if replace:
        TrajectoryPeriod.objects.all().delete()
        FollowUpContact.objects.all().delete()
        ValueOfWorkResponse.objects.all().delete()
        LearningRoute.objects.all().delete()  # certificates already added stay in the registry
    done = set(TrajectoryPeriod.objects.values_list("candidate_id", flat=True).distinct())
    rows: list[TrajectoryPeriod] = []
    people = 0
    for c in Candidate.objects.exclude(pk__in=done).order_by("pk").only(
            "pk", "external_key", "situation", "benefit", "arbeidsmarktregio"):
        rng = random.Random(f"{seed}:{c.external_key}")
        final = demo.final_situation(c.situation, c.benefit, model)
        periods = demo.history(rng, final, today, model, boost=_boost(seed, c.arbeidsmarktregio))
        issues = trajectory.check_timeline(periods, model)
        if issues:
            raise DomainValidationError(issues.items)
        people += 1
        for i, p in enumerate(periods):
            step = model.transition(periods[i - 1].situation, p.situation) if i else None
            rows.append(TrajectoryPeriod(candidate_id=c.pk, situation=p.situation, start_date=p.start,
                                         end_date=p.end, support=demo.support_for(rng, p.situation),
                                         transition_kind=step.kind if step else "", model_version=model.version))
    TrajectoryPeriod.objects.bulk_create(rows, batch_size=2000)
    return {"candidates": people, "periods": len(rows), **demo_followup.load(seed, today)}
