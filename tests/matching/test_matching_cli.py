"""The three questions through `werkbrug match` on a small registry (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from werkbrug.matching import loading, services
from werkbrug.registry.models import Candidate, Location, Organisation, Task, Work

pytestmark = [pytest.mark.django_db(databases=["default", "audit"]), pytest.mark.usefixtures("cli_operator")]
TODAY = date(2026, 3, 1)


def _candidate(org: Organisation, key: str, bsn: str, **extra: object) -> Candidate:
    values: dict[str, object] = dict(
        organisation=org, external_key=key, given_name="Test", family_name=key, bsn=bsn,
        date_of_birth=date(1990, 1, 1), postcode="3511AA", place="Utrecht", latitude=52.09, longitude=5.11,
        arbeidsmarktregio="Midden-Utrecht", registered_on=date(2024, 1, 1), max_travel_km=Decimal("20"),
        visible_by_candidate=True, visible_by_consultant=True)
    values.update(extra)
    return Candidate.objects.create(**values)


@pytest.fixture
def registry() -> dict[str, object]:
    org = Organisation.objects.create(external_key="gem-u", name="Gemeente", kind="gemeente")
    employer = Organisation.objects.create(external_key="emp-1", name="Inpak BV", kind="werkgever")
    site = Location.objects.create(external_key="loc-1", organisation=employer, name="Hal", postcode="3542AA",
                                   place="Utrecht", latitude=52.10, longitude=5.06, arbeidsmarktregio="Midden-Utrecht")
    job = Work.objects.create(external_key="inpak-1", employer=employer, location=site, title="Inpakker",
                              hours_per_week=Decimal("25.5"), start_date=TODAY, status="open")
    Task.objects.create(work=job, key="inpakken", name="Producten inpakken", hours_per_week=Decimal("10"),
                        required_skills=["skill/pack"], sequence=1)
    Task.objects.create(work=job, key="dozen", name="Dozen op pallet tillen", hours_per_week=Decimal("9.5"),
                        fml_demand={"IV.12": {"level": 1, "value": 15}}, sequence=2)
    Task.objects.create(work=job, key="etiket", name="Etiketteren", hours_per_week=Decimal("6"), sequence=3)
    lifter = _candidate(org, "cand-5kg", "111222333", fml_profile={"IV.12": {"level": 2, "value": 5}},
                        skills=["skill/pack"])
    part_time = _candidate(org, "cand-16u", "111222334", wish_hours_max=Decimal("16"))
    far = _candidate(org, "cand-ver", "111222335", latitude=53.2, longitude=6.56, arbeidsmarktregio="Groningen")
    return {"job": job, "lifter": lifter, "part_time": part_time, "far": far}


def _json(*args: str) -> dict:  # type: ignore[type-arg]
    out = StringIO()
    call_command("match", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_explain_the_lifting_example_lists_the_aid_cost_and_funding(registry: dict) -> None:
    row = _json("explain", "--candidate", "cand-5kg", "--work", "inpak-1", "--language", "en")
    assert row["verdict"] == "fits_with_accommodations"
    assert row["conflicts"][0]["item"] == "IV.12" and "15 kg" in row["conflicts"][0]["text"]
    assert [(a["code"], a["cost"], a["funding_route"]) for a in row["accommodations"]] == [
        ("tilhulp", "6000", "generieke_werkgeversvoorziening")]


def test_explain_by_numeric_id_gives_the_carving_option(registry: dict) -> None:
    cand, job = registry["part_time"], registry["job"]
    row = _json("explain", "--candidate", str(cand.id), "--work", str(job.id))
    assert row["verdict"] == "fits_without_tasks"
    assert row["carving"] == {"dropped_tasks": ["dozen"], "dropped_hours": 9.5, "remaining_hours": 16.0}
    assert "Dozen op pallet tillen" in row["summary"]


def test_recommend_work_for_a_candidate_and_candidates_for_work(registry: dict) -> None:
    assert [w["work"] for w in _json("recommend", "--candidate", "cand-5kg")["work"]] == ["inpak-1"]
    assert _json("recommend", "--candidate", "cand-ver")["work"] == []
    ranked = _json("recommend", "--work", "inpak-1", "--top", "5")["candidates"]
    assert [r["candidate"] for r in ranked] == ["cand-5kg"]  # the 16-hour candidate does not fit as is
    anonymous = _json("recommend", "--work", "inpak-1", "--anonymous")["candidates"]
    assert [r["candidate"] for r in anonymous] == ["#1"]


def test_assign_a_region_in_both_modes(registry: dict) -> None:
    for mode in ("optimal", "stable"):
        result = _json("assign", "--region", "Midden-Utrecht", "--mode", mode)
        assert result["candidates"] == 2 and result["work"] == 1
        assert [(a["candidate"], a["work"]) for a in result["assignments"]] == [("cand-5kg", "inpak-1")]
    assert _json("assign", "--region", "Groningen")["assigned"] == 0


def test_text_output_and_unknown_ids(registry: dict) -> None:
    out = StringIO()
    call_command("match", "explain", "--candidate", "cand-ver", "--work", "inpak-1", stdout=out)
    assert "past niet" in out.getvalue() and "reisafstand" in out.getvalue()
    with pytest.raises(CommandError):
        call_command("match", "explain", "--candidate", "nobody", "--work", "inpak-1")


def test_loading_uses_a_fixed_number_of_queries(registry: dict) -> None:
    with CaptureQueriesContext(connection) as queries:
        specs = loading.work_specs(loading.open_work())
        cands = loading.candidate_specs(loading.available_candidates(TODAY))
    assert len(specs) == 1 and len(specs[0].tasks) == 3 and len(cands) == 3
    assert len(queries) <= 4
    assert services.assign(None, today=TODAY)["assigned"] == 1
