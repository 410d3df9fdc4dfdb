"""Demo learning routes, follow-up contacts and value-of-work answers (`werkbrug pathways demo`),
deterministic per seed and candidate, so the region demo shows praktijkleren, reminders and trends.

Learning routes are written through pathways.learning (a completed route's certificate goes through
the registry's services); contacts and answers are bulk-inserted after the same checks."""

from __future__ import annotations

import random
from datetime import date, timedelta

from werkbrug.domain.pathways import followup as schedule
from werkbrug.domain.pathways import learning as learning_domain
from werkbrug.domain.pathways import value_of_work as vow
from werkbrug.pathways import learning
from werkbrug.pathways.models import FollowUpContact, LearningRoute, ValueOfWorkResponse
from werkbrug.registry.models import Candidate, Placement

LEARNING_SITUATIONS = {"opleiding", "proefplaatsing", "beschut_werk", "sw_dienstverband", "detachering",
                       "banenafspraak_baan", "arbeidsmatige_dagbesteding"}
WORKING = {"beschut_werk", "sw_dienstverband", "detachering", "banenafspraak_baan", "regulier_werk"}


def _routes(rng: random.Random, candidate: Candidate, today: date) -> int:
    catalogue = learning_domain.load()
    crebo = rng.choice(sorted(catalogue.dossiers))
    dossier = catalogue.dossiers[crebo]
    target = rng.choices(learning_domain.TARGETS, weights=[6, 3, 1])[0]
    start = today - timedelta(days=rng.randint(60, 900))
    route = learning.start_route(candidate, crebo, target, start, praktijkopleider="Praktijkopleider (demo)",
                                 mbo_instelling="mbo-college (demo)")
    achieved = rng.random()
    for i, step in enumerate(dossier.werkprocessen):
        share = (i + 1) / len(dossier.werkprocessen)
        status = "achieved" if share <= achieved + 0.25 else ("in_progress" if rng.random() < 0.5 else "not_started")
        evidence = "STARR-verslag, getekend door de praktijkopleider (demo)" if status == "achieved" else ""
        learning.record_progress(route, step.code, status, evidence=evidence,
                                 assessed_on=min(today, start + timedelta(days=30 * (i + 1))))
    if not learning_domain.check_completion(dossier, target, learning.statuses(route)) and rng.random() < 0.7:
        learning.complete_route(route, min(today, start + timedelta(days=rng.randint(180, 720))))
    return 1


def _contacts(rng: random.Random, placement: Placement, jobcoach_id: int | None, today: date) -> list[FollowUpContact]:
    rows = []
    for kind, day in schedule.planned_dates(placement.start_date):
        if placement.end_date is not None and day > placement.end_date:
            break
        if day > today + timedelta(days=60):
            break
        held = day < today - timedelta(days=3) and rng.random() < 0.85
        outcome = rng.choices(["going_well", "attention", "at_risk"], weights=[7, 2, 1])[0] if held else ""
        rows.append(FollowUpContact(candidate_id=placement.candidate_id, placement=placement, kind=kind,
                                    planned_on=day, held_on=day if held else None, jobcoach_id=jobcoach_id,
                                    outcome=outcome))
    return rows


def _answers(rng: random.Random, level: float) -> dict[str, int]:
    questions = vow.load().questions
    return {q.code: max(1, min(5, round(level + rng.uniform(-1.2, 1.2)))) for q in questions if rng.random() < 0.95}


def _value_of_work(rng: random.Random, candidate_id: int, today: date, version: str) -> list[ValueOfWorkResponse]:
    rows, level = [], rng.uniform(2.4, 3.6)
    for k in range(rng.randint(1, 4), 0, -1):
        answers = _answers(rng, level)
        scores = vow.score(answers)
        rows.append(ValueOfWorkResponse(candidate_id=candidate_id, answered_on=today - timedelta(days=182 * k),
                                        answers=answers, scores={"themes": scores.themes, "overall": scores.overall},
                                        questionnaire_version=version))
        level = min(4.6, level + rng.uniform(-0.1, 0.35))  # work tends to mean more over time
    return rows


def load(seed: int, today: date) -> dict[str, int]:
    """For candidates without any: routes (about 1 in 6 near work), contacts per placement, answers."""
    have_route = set(LearningRoute.objects.values_list("candidate_id", flat=True))
    have_contacts = set(FollowUpContact.objects.values_list("placement_id", flat=True))
    have_answers = set(ValueOfWorkResponse.objects.values_list("candidate_id", flat=True))
    routes, contacts, answers = 0, [], []
    version = vow.load().version
    people = Candidate.objects.order_by("pk").only("pk", "external_key", "situation", "consultant_id")
    for c in people:
        rng = random.Random(f"{seed}:followup:{c.external_key}")
        if c.pk not in have_route and c.situation in LEARNING_SITUATIONS and rng.random() < 0.3:
            routes += _routes(rng, c, today)
        if c.pk not in have_answers and c.situation in WORKING and rng.random() < 0.5:
            answers += _value_of_work(rng, c.pk, today, version)
    for p in Placement.objects.exclude(pk__in=have_contacts).select_related("candidate").order_by("pk"):
        rng = random.Random(f"{seed}:contacts:{p.pk}")
        contacts += _contacts(rng, p, p.candidate.consultant_id, today)
    FollowUpContact.objects.bulk_create(contacts, batch_size=2000)
    ValueOfWorkResponse.objects.bulk_create(answers, batch_size=2000)
    return {"routes": routes, "contacts": len(contacts), "value_of_work": len(answers)}
