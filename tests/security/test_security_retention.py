"""Retention boundaries (day before / on / after) and erasure on request leaving nothing personal."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core import serializers
from django.core.management import call_command

from werkbrug.registry import services
from werkbrug.registry.models import Candidate, Placement
from werkbrug.security.models import AuditEvent, DeletionRecord, Introduction

pytestmark = [pytest.mark.django_db(databases=["default", "audit"]), pytest.mark.usefixtures("cli_operator")]
END = date(2024, 6, 30)  # the placement's end; the rule keeps 2 years from the last activity


@pytest.fixture
def person(registry_base: dict[str, Any], make_user: Any) -> Candidate:
    from record_values import candidate_values

    candidate, _ = services.save_record("candidates", candidate_values(
        "cand-1", email="sanne.jansen@example.nl", phone="0612345678", registered_on=date(2023, 1, 1)))
    services.save_record("placements", {
        "external_key": "pl-1", "candidate": "cand-1", "work": "work-1", "kind": "dienstverband",
        "employer_of_record": "emp-1", "hours_per_week": 24, "start_date": date(2023, 3, 1), "end_date": END})
    Introduction.objects.create(candidate=candidate, organisation=registry_base["employer"],
                                proposed_by=make_user("consulent", None))
    return candidate


@pytest.mark.parametrize("today,expired", [(date(2026, 6, 29), False), (date(2026, 6, 30), True),
                                           (date(2026, 7, 1), True)])
def test_retention_boundaries(person: Candidate, today: date, expired: bool) -> None:
    call_command("retention", "run", today=today)
    person.refresh_from_db()
    assert (person.given_name == "") == expired
    assert DeletionRecord.objects.count() == int(expired)


def test_running_placement_stops_the_clock(person: Candidate) -> None:
    Placement.objects.update(end_date=None)
    call_command("retention", "run", today=date(2040, 1, 1))
    person.refresh_from_db()
    assert person.given_name == "Sanne"


def test_dry_run_changes_nothing(person: Candidate, capsys: pytest.CaptureFixture[str]) -> None:
    call_command("retention", "run", "--dry-run", today=date(2030, 1, 1))
    person.refresh_from_db()
    assert person.given_name == "Sanne" and "1 zou anonimiseren" in capsys.readouterr().out


def _dump() -> str:
    from django.apps import apps
    models = [m for m in apps.get_models() if m._meta.app_label not in {"contenttypes", "sessions", "admin"}]
    return "".join(serializers.serialize("json", m._default_manager.all()) for m in models)


def test_erasure_leaves_nothing_personal_and_keeps_the_counts(person: Candidate) -> None:
    counts_before = {"placements": Placement.objects.count(), "doelgroep": person.doelgroep.count(),
                     "candidates": Candidate.objects.count()}
    before = _dump()
    secrets = ["Sanne", "Jansen", "111222333", "sanne.jansen@example.nl", "0612345678", "1995-04-12",
               "\"VCA\"", "cand-1"]
    assert [s for s in secrets if s not in before] == []
    call_command("erase", candidate=person.pk, reason="verzoek 2026-17")
    after = _dump()
    left = [s for s in secrets if s in after]
    assert not left, left
    assert {"placements": Placement.objects.count(), "doelgroep": person.doelgroep.count(),
            "candidates": Candidate.objects.count()} == counts_before
    person.refresh_from_db()
    assert person.fml_profile == {} and person.needed_accommodations == [] and person.date_of_birth == date(1995, 1, 1)
    record = DeletionRecord.objects.get()
    assert record.reason == "request" and record.counts["security.introduction"] == 1
    assert AuditEvent.objects.filter(action="erase", subject_id=person.pk).exists()
