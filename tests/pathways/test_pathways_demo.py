"""Demo trajectories: always valid under the status model, ending in the registry situation."""

import random
from datetime import date

import pytest
from django.core.management import call_command

from werkbrug.domain.pathways import demo, model
from werkbrug.domain.pathways.model import check_timeline

M = model.load()
TODAY = date(2026, 1, 1)


@pytest.mark.parametrize("final", sorted(M.situations))
def test_generated_histories_pass_the_model_and_end_open_in_the_final_situation(final: str) -> None:
    for seed in range(40):
        periods = demo.history(random.Random(seed), final, TODAY, M, boost=2.0)
        assert not check_timeline(periods), (final, seed, periods)
        assert periods[-1].situation == final and periods[-1].end is None
        assert periods[-1].start <= TODAY and periods[0].start >= demo.EARLIEST or final == "sw_dienstverband"


def test_sw_dienstverband_started_before_2015_and_benefits_map_by_type() -> None:
    periods = demo.history(random.Random(3), "sw_dienstverband", TODAY, M)
    assert len(periods) == 1 and periods[0].start < date(2015, 1, 1)
    assert demo.final_situation("uitkering", "wajong", M) == "uitkering_wajong"
    assert demo.final_situation("uitkering", "geen", M) == "uitkering_anders"
    assert demo.final_situation("regulier_werk", "geen", M) == "regulier_werk"


def test_demo_command_is_deterministic_and_leaves_the_registry_situation(registry_base: dict[str, object]) -> None:
    from record_values import candidate_values
    from werkbrug.pathways.models import TrajectoryPeriod
    from werkbrug.registry import services as registry
    from werkbrug.registry.models import Candidate

    registry.save_record("candidates", candidate_values(situation="dagbesteding"))
    call_command("pathways", "demo", "--today", "2026-01-01", "--seed", "7")
    first = list(TrajectoryPeriod.objects.values_list("situation", "start_date", "end_date"))
    call_command("pathways", "demo", "--today", "2026-01-01", "--seed", "7")  # nothing new: has one
    assert list(TrajectoryPeriod.objects.values_list("situation", "start_date", "end_date")) == first
    call_command("pathways", "demo", "--today", "2026-01-01", "--seed", "7", "--replace")
    assert list(TrajectoryPeriod.objects.values_list("situation", "start_date", "end_date")) == first
    assert first[-1][0] == "dagbesteding" and first[-1][2] is None
    assert Candidate.objects.get().situation == "dagbesteding"
