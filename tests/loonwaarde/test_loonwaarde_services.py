"""Measurements stored per placement: validation by the pure core, the finality rule, final means final."""

from __future__ import annotations

from typing import Any

import pytest
from loonwaarde_builders import placement_world, record, with_zienswijzen

from werkbrug.domain.errors import DomainValidationError, VersionConflict
from werkbrug.loonwaarde import services
from werkbrug.loonwaarde.models import LoonwaardeMeasurement
from werkbrug.security.models import AuditEvent

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def test_a_valid_measurement_is_stored_as_a_draft_with_its_rule() -> None:
    world = placement_world()
    row = services.save_measurement(world["placement"], record())
    assert (row.status, row.loonwaarde_pct, row.combination_rule) == (
        "draft", 75, "time_share_x_tempo_x_kwaliteit_x_netto_werktijd")
    assert str(row.unrounded_pct) == "74.625"
    assert row.hoofdtaken[0]["minutes_per_day"] == ["360", "360", "360", "360"]
    assert AuditEvent.objects.filter(object_type="loonwaarde", action="create", object_id=str(row.pk)).exists()


def test_an_invalid_measurement_is_refused_naming_every_problem_and_nothing_is_stored() -> None:
    world = placement_world()
    bad = record()
    bad["hoofdtaken"][1]["minutes_per_day"] = [20, 20, 20, 420]
    bad["deskundige"] = "nobody"
    bad["measured_on"] = "gisteren"
    with pytest.raises(DomainValidationError) as refused:
        services.save_measurement(world["placement"], bad)
    fields = {issue.field for issue in refused.value.issues}
    assert {"hoofdtaken[1].minutes_per_day", "measured_on"} <= fields
    assert not LoonwaardeMeasurement.objects.exists()


def test_a_report_is_not_final_before_both_zienswijzen_are_recorded_or_waived() -> None:
    world = placement_world()
    row = services.save_measurement(world["placement"], record())
    with pytest.raises(DomainValidationError) as refused:
        services.finalise(row)
    texts = " ".join(issue.message.en for issue in refused.value.issues)
    assert "employee's zienswijze is missing" in texts and "employer's zienswijze is missing" in texts
    row = services.save_measurement(world["placement"], with_zienswijzen("recorded", "pending"), measurement=row)
    with pytest.raises(DomainValidationError, match="employer's zienswijze"):
        services.finalise(row)
    row = services.save_measurement(world["placement"], with_zienswijzen("recorded", "waived"), measurement=row)
    final = services.finalise(row)
    assert final.status == "final" and final.finalised_at is not None


def test_a_report_is_not_final_while_the_deskundige_qualification_is_incomplete() -> None:
    world = placement_world()
    data = with_zienswijzen()
    data["deskundige"]["years_experience"] = 1
    data["deskundige"]["keeps_knowledge_current"] = False
    row = services.save_measurement(world["placement"], data)
    with pytest.raises(DomainValidationError) as refused:
        services.finalise(row)
    assert {i.message.en.split(" ")[0] for i in refused.value.issues} == {"at", "the"}
    assert LoonwaardeMeasurement.objects.get(pk=row.pk).status == "draft"


def test_a_final_report_cannot_be_changed_and_a_stale_version_is_refused() -> None:
    world = placement_world()
    row = services.save_measurement(world["placement"], with_zienswijzen())
    with pytest.raises(VersionConflict):
        services.save_measurement(world["placement"], with_zienswijzen(), measurement=row, expected_version=99)
    services.finalise(row)
    with pytest.raises(DomainValidationError, match="final report cannot be changed"):
        services.save_measurement(world["placement"], with_zienswijzen(), measurement=row)


def test_the_latest_final_measurement_is_the_default_and_drafts_are_not() -> None:
    world = placement_world()
    placement = world["placement"]
    assert services.lks_default(placement.pk) is None
    services.finalise(services.save_measurement(placement, with_zienswijzen()))
    later = with_zienswijzen()
    later["measured_on"], later["reassess_on"] = "2026-01-10", None
    later["hoofdtaken"][0]["measured_output"] = 80  # tempo 100%: 75 + 9 = 84
    services.save_measurement(placement, later)  # a newer draft does not count
    assert services.lks_default(placement.pk) == 75
    services.finalise(services.save_measurement(placement, later))
    assert services.lks_default(placement.pk) == 84
    found = services.business_case_default(world["candidate"].pk, world["work"].pk)
    assert found is not None and (found["pct"], found["kind"]) == (84, "measured")


def test_dates_before_the_uniform_method_and_oversized_numbers_are_refused_by_field() -> None:
    world = placement_world()
    early = record(measured_on="2020-01-01", contract_hours=100)
    early["normfunctie"]["normloon_hourly"] = "5000"
    with pytest.raises(DomainValidationError) as refused:
        services.save_measurement(world["placement"], early)
    fields = {issue.field for issue in refused.value.issues}
    assert {"measured_on", "contract_hours", "normfunctie.normloon_hourly"} <= fields


def test_erasing_a_candidate_removes_the_measurements_of_their_placements() -> None:
    world = placement_world()
    services.save_measurement(world["placement"], with_zienswijzen())
    assert services.erase_candidate(world["candidate"].pk) == {"loonwaarde.loonwaardemeasurement": 1}
    assert not LoonwaardeMeasurement.objects.exists()
    assert services.erase_candidate(world["candidate"].pk) == {}


def test_the_latest_measurements_of_many_placements_in_one_query_agree_with_one_by_one(
        django_assert_num_queries: Any) -> None:
    world = placement_world()
    placement = world["placement"]
    services.save_measurement(placement, with_zienswijzen())
    later = with_zienswijzen()
    later["measured_on"], later["reassess_on"] = "2026-01-10", None
    newest = services.save_measurement(placement, later)
    with django_assert_num_queries(1):
        found = services.latest_for_placements([placement.pk, placement.pk + 999])
    assert found == {placement.pk: newest} and services.latest_for_placement(placement.pk) == newest
