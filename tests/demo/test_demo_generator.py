"""The pure generator: deterministic, valid against the domain rules, realistic gaps."""

from collections import Counter
from decimal import Decimal

import pytest

from werkbrug.domain import fml
from werkbrug.domain.demo import SIZES, generate
from werkbrug.domain.identifiers import bsn_is_valid
from werkbrug.domain.records import check_record

KINDS = ("organisations", "locations", "candidates", "work", "tasks", "placements")


@pytest.fixture(scope="module")
def small():
    return generate("small", seed=7)


def test_same_seed_gives_identical_data_and_another_seed_does_not(small) -> None:
    again = generate("small", seed=7)
    for kind in (*KINDS, "baanambities"):
        assert getattr(again, kind) == getattr(small, kind), kind
    other = generate("small", seed=8)
    assert [c["bsn"] for c in other.candidates] != [c["bsn"] for c in small.candidates]


def test_sizes_within_bounds(small) -> None:
    counts = small.counts()
    assert counts["candidates"] == SIZES["small"].candidates
    assert counts["work"] == SIZES["small"].work
    employers = [o for o in small.organisations if o["kind"] == "employer"]
    assert len(employers) == SIZES["small"].employers
    assert 2 * counts["work"] <= counts["tasks"] <= 5 * counts["work"]
    assert 0.3 * counts["candidates"] <= counts["placements"] <= 1.2 * counts["candidates"]


def test_every_record_passes_the_domain_rules(small) -> None:
    for kind in KINDS:
        for record in getattr(small, kind):
            assert check_record(kind, record) == [], (kind, record.get("external_key") or record.get("key"))


def test_bsns_pass_the_elfproef_and_are_unique(small) -> None:
    bsns = [c["bsn"] for c in generate("region", seed=3).candidates]
    assert all(bsn_is_valid(b) for b in bsns)
    assert len(set(bsns)) == len(bsns) == SIZES["region"].candidates


def test_fml_profiles_and_demands_validate(small) -> None:
    for candidate in small.candidates:
        assert fml.validate_profile("fml_profile", candidate["fml_profile"]) == []
        assert len(candidate["fml_profile"]) <= 6
    for task in small.tasks:
        assert fml.validate_profile("fml_demand", task["fml_demand"]) == []
    hours = [c["fml_profile"]["VI.3"]["value"] for c in small.candidates if "VI.3" in c["fml_profile"]]
    assert hours and all(16 <= h <= 32 for h in hours)


def test_keys_references_and_regions_are_consistent(small) -> None:
    orgs = {o["external_key"]: o for o in small.organisations}
    work = {w["external_key"]: w for w in small.work}
    assert all(k.startswith("demo-") for k in (*orgs, *work))
    assert {c["arbeidsmarktregio"] for c in small.candidates} <= {"Holland Rijnland", "Haaglanden"}
    for placement in small.placements:
        assert placement["work"] in work and placement["employer_of_record"] in orgs
        if placement["kind"] == "detachering":
            assert placement["inlener"] == work[placement["work"]]["employer"]
            assert orgs[placement["employer_of_record"]]["kind"] == "sob"
    for item in small.work:
        if item["kind"] == "production_work":
            assert orgs[item["executed_by"]]["kind"] == "sob"
    sob_names = {o["name"] for o in small.organisations if o["kind"] == "sob"}
    assert {"DZB", "Werkse!"} <= sob_names


def test_task_hours_add_up_to_the_work_hours(small) -> None:
    per_work: Counter[str] = Counter()
    for task in small.tasks:
        per_work[task["work"]] += task["hours_per_week"]
    for item in small.work:
        assert per_work[item["external_key"]] == item["hours_per_week"]


def test_realistic_gaps_and_shares() -> None:
    data = generate("region", seed=1)
    n = len(data.candidates)
    share = lambda test: sum(1 for c in data.candidates if test(c)) / n  # noqa: E731
    assert 0.37 < share(lambda c: not c["education_level"]) < 0.47  # Kandidatenverkenner: 42%
    assert 0.10 < share(lambda c: not c["fml_profile"]) < 0.20
    assert 0.15 < share(lambda c: c["profile_reviewed_on"] is None) < 0.25
    assert 0.02 < share(lambda c: c["unavailable_until"] is not None) < 0.10
    working = {p["candidate"] for p in data.placements if p["end_date"] is None}
    assert 0.45 < len(working) / n < 0.60  # register: about half works
    sw_ages = [(data.as_of - c["date_of_birth"]).days / 365.25 for c in data.candidates
               if c["situation"] == "sw_dienstverband"]
    assert 50 < sum(sw_ages) / len(sw_ages) < 55  # Wsw average age 52.4
    assert any(p["end_reason"] for p in data.placements)
    assert all(p["hours_per_week"] >= Decimal(4) for p in data.placements)


def test_proefplaatsingen_are_short(small) -> None:
    data = generate("region", seed=2)
    trials = [p for p in data.placements if p["kind"] == "proefplaatsing"]
    assert trials
    for trial in trials:
        end = trial["end_date"] or data.as_of
        assert (end - trial["start_date"]).days <= 183  # never more than 6 months (rules-nl 2.8)


def test_caseloads_and_staffed_work(small) -> None:
    kinds = {o["external_key"]: o["kind"] for o in small.organisations}
    for candidate in small.candidates:
        expected = {"sw_dienstverband": "sob", "beschut_werk": "sob"}.get(candidate["situation"])
        if expected is None:
            expected = "uwv" if candidate["doelgroep_category"] in {"wajong", "wia_loondispensatie"} else "gemeente"
        assert kinds[candidate["organisation"]] == expected
    status = {w["external_key"]: w["status"] for w in small.work}
    assert all(status[p["work"]] in {"open", "filled"} for p in small.placements)
