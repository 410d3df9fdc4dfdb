"""TrajectoryPeriod storage: append_period checks and closes, the registry follows, the report runs."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from record_values import candidate_values
from werkbrug.domain.errors import DomainValidationError
from werkbrug.pathways import services
from werkbrug.pathways.models import TrajectoryPeriod
from werkbrug.registry import services as registry
from werkbrug.registry.models import Candidate

TODAY = date(2025, 6, 1)


@pytest.fixture
def candidate(registry_base: dict[str, object]) -> Candidate:
    obj, _ = registry.save_record("candidates", candidate_values(arbeidsmarktregio="Holland Rijnland"))
    return obj  # type: ignore[return-value]


def test_append_closes_the_previous_period_and_updates_the_registry(candidate: Candidate) -> None:
    services.append_period(candidate, "uitkering_bijstand", date(2024, 1, 1), today=TODAY)
    services.append_period(candidate, "dagbesteding", date(2024, 4, 1), today=TODAY)
    services.append_period(candidate, "regulier_werk", date(2025, 1, 15), today=TODAY,
                           support={"jobcoach": True, "loonkostensubsidie": True, "accommodations": ["a1"]})
    rows = services.timeline(candidate)
    assert [(r.situation, r.start_date, r.end_date, r.transition_kind) for r in rows] == [
        ("uitkering_bijstand", date(2024, 1, 1), date(2024, 3, 31), ""),
        ("dagbesteding", date(2024, 4, 1), date(2025, 1, 14), "forward"),
        ("regulier_werk", date(2025, 1, 15), None, "forward"),
    ]
    assert rows[-1].support["jobcoach"] is True
    assert Candidate.objects.get(pk=candidate.pk).situation == "regulier_werk"


def test_terugval_is_recorded_as_back(candidate: Candidate) -> None:
    services.append_period(candidate, "regulier_werk", date(2024, 1, 1), today=TODAY)
    period = services.append_period(candidate, "uitkering_wajong", date(2024, 9, 1), today=TODAY)
    assert period.transition_kind == "back"
    assert Candidate.objects.get(pk=candidate.pk).situation == "uitkering"


def test_impossible_transition_is_refused_and_nothing_changes(candidate: Candidate) -> None:
    services.append_period(candidate, "dagbesteding", date(2024, 1, 1), today=TODAY)
    with pytest.raises(DomainValidationError) as caught:
        services.append_period(candidate, "sw_dienstverband", date(2024, 6, 1), today=TODAY)
    assert caught.value.issues[0].code == "transition_not_allowed"
    assert "Wsw" in caught.value.issues[0].message.en
    only = TrajectoryPeriod.objects.get(candidate=candidate)
    assert only.end_date is None  # the previous period was not closed


def test_order_overlap_and_support_are_checked(candidate: Candidate) -> None:
    services.append_period(candidate, "dagbesteding", date(2024, 1, 1), end=date(2024, 6, 30), today=TODAY)
    with pytest.raises(DomainValidationError) as caught:
        services.append_period(candidate, "regulier_werk", date(2024, 6, 1), today=TODAY,
                               support={"jobcoach": "ja"})
    assert sorted(i.code for i in caught.value.issues) == ["not_boolean", "overlap"]
    with pytest.raises(DomainValidationError) as caught:
        services.append_period(candidate, "regulier_werk", date(2023, 1, 1), today=TODAY)
    assert [i.code for i in caught.value.issues] == ["not_after_previous"]


def test_report_command_counts_doorstroom_and_placement_survival(candidate: Candidate) -> None:
    services.append_period(candidate, "dagbesteding", date(2023, 1, 1), today=TODAY)
    services.append_period(candidate, "regulier_werk", date(2024, 5, 1), today=TODAY)
    registry.save_record("placements", {
        "external_key": "pl-1", "candidate": "cand-1", "work": "work-1", "kind": "dienstverband",
        "employer_of_record": "emp-1", "hours_per_week": 24, "start_date": date(2024, 5, 1)})
    out = StringIO()
    call_command("pathways", "report", "--from", "2024-01-01", "--to", "2024-12-31", "--as-of", "2025-05-01",
                 "--region", "Holland Rijnland", "--json", stdout=out)
    report = json.loads(out.getvalue())
    first = report["doorstroom"][0]
    assert (first["source"], first["target"], first["cohort"], first["moved"]) == ("dagbesteding", "werk", 1, 1)
    assert report["survival"]["placements"] == 1 and report["survival"]["events"] == 0
    durability = report["survival"]["durability"]
    assert durability[1]["survival"] == 1.0     # 6 months: followed up, nobody stopped
    assert durability[2]["survival"] is None    # 12 months = 365.25 days > 365 days of follow-up
    text = StringIO()
    call_command("pathways", "report", "--from", "2024-01-01", "--to", "2024-12-31", stdout=text)
    assert "Doorstroom" in text.getvalue() and "still working" in text.getvalue()
    with pytest.raises(CommandError, match="not a date"):
        call_command("pathways", "report", "--from", "gisteren")


def test_value_of_work_is_stored_with_scores_and_trends(candidate: Candidate) -> None:
    services.record_value_of_work(candidate, date(2025, 1, 1), {"co1": 2, "co2": 3}, assisted=True)
    row = services.record_value_of_work(candidate, date(2025, 7, 1), {"co1": 4, "co2": 5})
    assert row.scores["themes"]["colleagues"] == 4.5 and row.questionnaire_version
    again = services.record_value_of_work(candidate, date(2025, 7, 1), {"co1": 5, "co2": 5})
    assert again.pk == row.pk and again.scores["overall"] == 5.0   # same day replaces
    trend = {t.theme: t for t in services.value_of_work_trends(candidate)}
    assert trend["colleagues"].change == 2.5
    with pytest.raises(DomainValidationError):
        services.record_value_of_work(candidate, date(2025, 8, 1), {"co1": 9})
