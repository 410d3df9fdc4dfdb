"""Worked examples a consultant recognises: lifting limits, a job that fits minus one task."""

from __future__ import annotations

from datetime import date

from werkbrug.domain.matching.evaluate import evaluate
from werkbrug.domain.matching.settings import load_settings
from werkbrug.domain.matching.specs import CandidateSpec, TaskSpec, WorkSpec

TODAY = date(2026, 3, 1)
SETTINGS = load_settings()


def packaging_job(**changes: object) -> WorkSpec:
    tasks = (
        TaskSpec("inpakken", "Producten inpakken", 16, {"IV.12": {"level": 0, "value": 3}}),
        TaskSpec("dozen", "Dozen op pallet tillen", 6, {"IV.12": {"level": 1, "value": 15}}),
        TaskSpec("etiket", "Etiketteren", 3.5, {}),
    )
    values = dict(id=7, key="W-7", latitude=52.09, longitude=5.12, hours=25.5, tasks=tasks)
    values.update(changes)
    return WorkSpec(**values)  # type: ignore[arg-type]


def five_kg_candidate(**changes: object) -> CandidateSpec:
    values = dict(id=1, key="C-1", latitude=52.10, longitude=5.10,
                  capacity={"IV.12": {"level": 2, "value": 5}}, max_travel_km=20.0)
    values.update(changes)
    return CandidateSpec(**values)  # type: ignore[arg-type]


def test_fifteen_kilo_task_needs_a_lifting_aid_for_a_five_kilo_candidate() -> None:
    result = evaluate(five_kg_candidate(), packaging_job(), SETTINGS, TODAY)
    assert result.verdict == "fits_with_accommodations"
    conflict = next(c for c in result.conflicts if c.kind == "fml")
    assert (conflict.item, conflict.task, conflict.demand, conflict.capacity) == ("IV.12", "dozen", 15.0, 5.0)
    assert "15 kg" in conflict.message.nl and "5 kg" in conflict.message.en
    [aid] = result.accommodations
    assert aid.code == "tilhulp" and aid.relieves == ("IV.12",)
    assert aid.cost == 6000 and aid.funding_route == "generieke_werkgeversvoorziening"
    assert result.contributions["accommodation_cost"] < 0


def test_lifting_aid_in_place_makes_it_a_plain_fit() -> None:
    result = evaluate(five_kg_candidate(), packaging_job(accommodations_available=("tilhulp",)), SETTINGS, TODAY)
    assert result.verdict == "fits" and result.accommodations == []


def test_sixteen_hour_candidate_fits_the_job_without_one_task() -> None:
    candidate = five_kg_candidate(capacity={}, wish_hours_max=16.0)
    job = packaging_job(tasks=(
        TaskSpec("inpakken", "Producten inpakken", 10, {}),
        TaskSpec("magazijn", "Magazijn aanvullen", 9.5, {}),
        TaskSpec("etiket", "Etiketteren", 6, {})))
    result = evaluate(candidate, job, SETTINGS, TODAY)
    assert result.verdict == "fits_without_tasks"
    assert result.carving is not None
    assert result.carving.dropped == ("magazijn",) and result.carving.dropped_hours == 9.5
    assert result.carving.remaining_hours == 16
    [hours] = [c for c in result.conflicts if c.kind == "hours"]
    assert (hours.demand, hours.capacity) == (25.5, 16.0)
    assert result.score is not None


def test_too_far_is_excluded_and_says_why() -> None:
    result = evaluate(five_kg_candidate(latitude=53.2, longitude=6.56), packaging_job(), SETTINGS, TODAY)
    assert result.verdict == "excluded" and result.score is None
    assert [c.kind for c in result.conflicts if c.kind == "travel"] == ["travel"]
