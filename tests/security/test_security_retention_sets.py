"""Retention beyond the candidate row: on the day the candidate's period runs out (not the day
before) their pathways rows, consent log and matching proposals go, pathways keeps its anonymous
copies and Social Return entries stay (the contract's accounting), so the aggregates do not move."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.core.management import call_command

from werkbrug.registry import services
from werkbrug.registry.models import Candidate

pytestmark = [pytest.mark.storage, pytest.mark.django_db(databases=["default", "audit"]),
              pytest.mark.usefixtures("cli_operator")]
END = date(2024, 6, 30)  # the placement's end; two years later the candidate's period runs out


@pytest.fixture
def person(registry_base: dict[str, Any]) -> Candidate:
    from record_values import candidate_values
    from werkbrug.pathways import services as pathways
    from werkbrug.sroi.models import Contract, Entry
    from werkbrug.trust.models import ConsentEvent

    candidate, _ = services.save_record("candidates", candidate_values("cand-1", registered_on=date(2023, 1, 1)))
    services.save_record("placements", {
        "external_key": "pl-1", "candidate": "cand-1", "work": "work-1", "kind": "dienstverband",
        "employer_of_record": "emp-1", "hours_per_week": 24, "start_date": date(2023, 3, 1), "end_date": END})
    pathways.append_period(candidate, "uitkering_bijstand", date(2023, 1, 1), end=END, today=date(2024, 7, 1))
    ConsentEvent.objects.create(candidate=candidate, flag="candidate", value=True, visible_before=False,
                                visible_after=False, shown={"skills": []})
    contract = Contract.objects.create(
        external_key="sroi-1", name="Schoonmaak", buyer=registry_base["gemeente"], supplier=registry_base["employer"],
        contract_value_eur=Decimal("100000"), sroi_percentage=Decimal("5"), start_date=date(2023, 1, 1),
        end_date=date(2025, 12, 31), method="psr")
    Entry.objects.create(contract=contract, kind="stage", candidate=candidate, period_start=date(2023, 3, 1),
                         period_end=END)
    return candidate


def counts(candidate: Candidate) -> dict[str, int]:
    from werkbrug.pathways.models import ErasedTrajectoryPeriod, TrajectoryPeriod
    from werkbrug.sroi.models import Entry
    from werkbrug.trust.models import ConsentEvent

    return {"periods": TrajectoryPeriod.objects.filter(candidate=candidate).count(),
            "erased_periods": ErasedTrajectoryPeriod.objects.count(),
            "consent": ConsentEvent.objects.filter(candidate=candidate).count(),
            "sroi_entries": Entry.objects.filter(candidate=candidate).count(),
            "placements": candidate.placements.count()}


@pytest.mark.parametrize("today,expired", [(date(2026, 6, 29), False), (date(2026, 6, 30), True),
                                           (date(2026, 7, 1), True)])
def test_every_personal_data_set_follows_the_candidates_limit(person: Candidate, today: date, expired: bool) -> None:
    before = counts(person)
    assert before == {"periods": 1, "erased_periods": 0, "consent": 1, "sroi_entries": 1, "placements": 1}
    call_command("retention", "run", today=today)
    after = counts(person)
    if not expired:
        assert after == before
        return
    assert after == {"periods": 0, "erased_periods": 1, "consent": 0, "sroi_entries": 1, "placements": 1}
