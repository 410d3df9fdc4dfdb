"""Recommendations through the service use the cached in-memory index (`matching.population`):
same ranking as a brute-force run of the reference kernel, built once, rebuilt on a data change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np
import pytest

from werkbrug.domain.matching.arrays import encode_candidates, encode_work
from werkbrug.domain.matching.kernel import evaluate_block, feasible_pairs
from werkbrug.domain.matching.settings import load_settings
from werkbrug.domain.matching.topk import SCORE_SCALE
from werkbrug.matching import loading, population, services
from werkbrug.registry.models import Candidate, Location, Organisation, Task, Work

pytestmark = pytest.mark.django_db
TODAY = date(2026, 3, 1)
ITEMS = ("IV.12", "IV.4", "V.3", "II.1")


def _profile(rng: np.random.Generator) -> dict[str, dict[str, int]]:
    return {str(code): {"level": int(rng.integers(0, 3))} for code in rng.choice(ITEMS, int(rng.integers(0, 3)),
                                                                              replace=False)}


@pytest.fixture
def registry() -> None:
    population.clear()
    rng = np.random.default_rng(4)
    org = Organisation.objects.create(external_key="gem", name="Gemeente", kind="gemeente")
    employer = Organisation.objects.create(external_key="emp", name="Werkgever", kind="werkgever")
    for i in range(8):
        site = Location.objects.create(
            external_key=f"loc-{i}", organisation=employer, name="Hal", postcode="3542AA", place="Utrecht",
            latitude=52.0 + rng.random() * 0.2, longitude=5.0 + rng.random() * 0.2, arbeidsmarktregio="Midden-Utrecht")
        job = Work.objects.create(external_key=f"w-{i}", employer=employer, location=site, title="Werk",
                                  hours_per_week=Decimal("20"), start_date=TODAY, status="open" if i < 7 else "filled")
        for t in range(2):
            Task.objects.create(work=job, key=f"t{t}", name="Taak", hours_per_week=Decimal("10"), sequence=t,
                                fml_demand=_profile(rng), required_skills=[f"skill/{rng.integers(0, 4)}"])
    for i in range(30):
        Candidate.objects.create(
            organisation=org, external_key=f"c-{i}", given_name="Test", family_name=f"c{i}", bsn=f"1112223{i:02d}",
            date_of_birth=date(1990, 1, 1), postcode="3511AA", place="Utrecht",
            latitude=52.0 + rng.random() * 0.2, longitude=5.0 + rng.random() * 0.2,
            arbeidsmarktregio="Midden-Utrecht", registered_on=date(2024, 1, 1) if i % 3 else date(2022, 5, 1),
            max_travel_km=Decimal(int(rng.integers(5, 30))), fml_profile=_profile(rng),
            skills=[f"skill/{rng.integers(0, 4)}"], visible_by_candidate=i % 4 != 0, visible_by_consultant=True)


def _brute_force_work(candidate_key: str) -> list[str]:
    settings = load_settings()
    works = loading.work_specs(loading.open_work())
    W = encode_work(works, TODAY)
    [spec] = loading.candidate_specs(Candidate.objects.filter(external_key=candidate_key))
    C = encode_candidates([spec], W.vocabulary, settings, TODAY)
    pairs = feasible_pairs(C, W, evaluate_block(C, W, np.arange(1), np.arange(len(W))), settings)
    order = np.lexsort((W.ids[pairs.work], -np.rint(pairs.score * SCORE_SCALE)))
    return [works[int(pairs.work[i])].key for i in order]


def test_service_ranking_equals_the_reference_kernel_and_the_index_is_reused(registry: None) -> None:
    checked = 0
    for i in range(30):
        result = services.recommend_for_candidate(f"c-{i}", 5, today=TODAY)
        assert [row["work"] for row in result["work"]] == _brute_force_work(f"c-{i}")[:5]
        checked += len(result["work"])
    assert checked > 10   # the instance has matches to compare
    first = population.current(TODAY, load_settings())
    services.recommend_for_work("w-0", 5, today=TODAY)
    assert population.current(TODAY, load_settings()) is first   # nothing changed: no rebuild


def test_a_data_change_rebuilds_the_index(registry: None) -> None:
    before = services.recommend_for_work("w-1", 30, today=TODAY)["candidates"]
    first = population.current(TODAY, load_settings())
    assert before, "the work item should have candidates"
    busy = Candidate.objects.get(external_key=before[0]["candidate"])
    busy.max_travel_km = Decimal("0.1")   # saved through the ORM: updated_at moves
    busy.save()
    after = services.recommend_for_work("w-1", 30, today=TODAY)["candidates"]
    assert population.current(TODAY, load_settings()) is not first
    assert [r["candidate"] for r in after] == [r["candidate"] for r in before[1:]]


def test_anonymous_view_ranks_only_consenting_candidates(registry: None) -> None:
    full = services.recommend_for_work("w-2", 30, today=TODAY)["candidates"]
    anonymous = services.recommend_for_work("w-2", 30, today=TODAY, anonymous=True)["candidates"]
    consenting = [r for r in full if int(r["candidate"].split("-")[1]) % 4 != 0]
    assert [r["score"] for r in anonymous] == [r["score"] for r in consenting]
    assert all(r["candidate"].startswith("#") for r in anonymous)
