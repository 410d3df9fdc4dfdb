"""Same recorded inputs -> identical output; a different parameter version is recorded.

Runs on the `small` demo size for speed (the issue asks for the region data; the code path is the
same, only the counts differ)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from werkbrug.domain.demo import DEFAULT_AS_OF, generate
from werkbrug.domain.matching.settings import load_settings

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
REGION = "Holland Rijnland"


@pytest.fixture
def demo(db: None) -> None:
    from werkbrug.demo.load import load

    load(generate("small", seed=5))


def _strip(result: dict) -> dict:
    return {k: v for k, v in result.items() if k != "run"}


def test_assign_and_recommend_repeat_exactly(demo: None) -> None:
    from werkbrug.matching import runs, services
    from werkbrug.matching.models import MatchRun

    first, run1 = runs.assign_and_save(REGION, today=DEFAULT_AS_OF)
    assert first["assigned"] > 0
    assert services.assign(REGION, today=DEFAULT_AS_OF) == first
    second, run2 = runs.assign_and_save(REGION, today=DEFAULT_AS_OF)
    assert _strip(second) == _strip(first)
    recorded = ("input_hash", "parameters_version", "code_version", "reference_date", "candidates_count")
    assert [getattr(run1, f) for f in recorded] == [getattr(run2, f) for f in recorded]
    work = first["assignments"][0]["work"]
    again = [services.recommend_for_work(work, 10, today=DEFAULT_AS_OF) for _ in range(2)]
    assert again[0] == again[1] and again[0]["candidates"]
    # the recorded run is enough to repeat it: same reference date and region -> same output
    stored = MatchRun.objects.get(pk=run1.pk)
    assert services.assign(stored.region, stored.mode, stored.top, today=stored.reference_date) == first


def test_a_different_parameter_version_is_recorded(demo: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from werkbrug.matching import runs, services

    _, before = runs.assign_and_save(REGION, today=DEFAULT_AS_OF)
    changed = replace(load_settings(), version="test-2", weights=load_settings().weights | {"travel": 0.0})
    monkeypatch.setattr(services, "load_settings", lambda: changed)
    result, after = runs.assign_and_save(REGION, today=DEFAULT_AS_OF)
    assert (before.parameters_version, after.parameters_version) == (load_settings().version, "test-2")
    assert result["settings_version"] == "test-2"
    assert before.input_hash == after.input_hash  # same data: the difference is the parameters
