"""/api/v1/match/…: recommendations both ways, explain, assign (and save) — numeric ids with
*_key next to them, problem+json errors."""

from __future__ import annotations

from typing import Any

import pytest
from proposal_builders import REGION

from werkbrug.matching import services
from werkbrug.matching.models import MatchRun

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def test_work_for_a_candidate(api: Any, region: dict[str, Any]) -> None:
    anna, work = region["anna"], region["work"]
    answer = api.get(f"/api/v1/match/candidates/{anna.pk}/work/", {"top": 5}, HTTP_ACCEPT_LANGUAGE="en")
    assert answer.status_code == 200, answer.content
    data = answer.json()
    assert (data["candidate"], data["candidate_key"]) == (anna.pk, "PB-C1")
    [row] = data["results"]
    assert (row["rank"], row["candidate"], row["work"], row["work_key"]) == (1, anna.pk, work.pk, "PB-W1")
    assert row["summary"] == "fits" and {c["name"] for c in row["components"]} >= {"travel", "skills"}
    service = services.recommend_for_candidate("PB-C1", 5, language="en")["work"][0]
    assert row["score"] == service["score"] and row["components"] == service["components"]


def test_candidates_for_work_and_the_anonymous_employer_view(api: Any, region: dict[str, Any]) -> None:
    work = region["work"]
    data = api.get(f"/api/v1/match/work/{work.pk}/candidates").json()
    assert [(r["candidate_key"], r["candidate"]) for r in data["results"]] == [
        ("PB-C1", region["anna"].pk), ("PB-C2", region["bram"].pk)]
    assert data["results"][0]["summary"] == "past"  # Dutch by default
    anonymous = api.get(f"/api/v1/match/work/{work.pk}/candidates/", {"anonymous": "true", "top": "1"}).json()
    assert anonymous["anonymous"] is True
    assert [(r["rank"], r["candidate"], r["candidate_key"]) for r in anonymous["results"]] == [(1, None, None)]
    assert "PB-C1" not in str(anonymous)


def test_explain_one_pair(api: Any, region: dict[str, Any]) -> None:
    pair = api.get("/api/v1/match/explain/", {"candidate": region["bram"].pk, "work": region["work"].pk}).json()
    assert (pair["candidate_key"], pair["work_key"], pair["verdict"]) == ("PB-C2", "PB-W1", "fits")
    assert "rank" not in pair and pair["conflicts"] == [] and pair["carving"] is None


def test_assign_with_and_without_saving(api: Any, region: dict[str, Any]) -> None:
    plain = api.post("/api/v1/match/assign/", {"region": REGION}, format="json").json()
    assert (plain["assigned"], plain["run"], plain["mode"]) == (1, None, "optimal")
    assert plain["assignments"] == [{"candidate": region["anna"].pk, "candidate_key": "PB-C1",
                                     "work": region["work"].pk, "work_key": "PB-W1",
                                     "score": plain["assignments"][0]["score"]}]
    assert not MatchRun.objects.exists()
    saved = api.post("/api/v1/match/assign", {"region": REGION, "mode": "stable", "save": True}, format="json")
    run = MatchRun.objects.get(pk=saved.json()["run"])
    assert (run.mode, run.created_by.username, run.proposals.count()) == ("stable", "proposal-consulent", 1)


@pytest.mark.parametrize(("path", "params", "name"), [
    ("/api/v1/match/explain/", {"work": "1"}, "candidate"),
    ("/api/v1/match/explain/", {"candidate": "x", "work": "1"}, "candidate"),
    ("/api/v1/match/explain/", {"candidate": "999999", "work": "1"}, "candidate"),
    ("/api/v1/match/candidates/{anna}/work/", {"top": "0"}, "top"),
    ("/api/v1/match/candidates/{anna}/work/", {"top": "\u00b9"}, "top"),  # a superscript digit: isdigit() but no int
    ("/api/v1/match/work/{work}/candidates/", {"anonymous": "misschien"}, "anonymous"),
])
def test_bad_parameters_are_problems_naming_them(api: Any, region: dict[str, Any], path: str,
                                                 params: dict[str, str], name: str) -> None:
    url = path.format(anna=region["anna"].pk, work=region["work"].pk)
    answer = api.get(url, params)
    assert answer.status_code == 400 and answer["Content-Type"] == "application/problem+json"
    [param] = answer.json()["invalid_params"]
    assert param["name"] == name and param["reason_nl"] and param["reason_en"]


def test_unknown_ids_bad_modes_and_authentication(api: Any, anonymous: Any, region: dict[str, Any]) -> None:
    missing = api.get("/api/v1/match/candidates/999999/work/")
    assert missing.status_code == 404 and missing.json()["type"] == "urn:werkbrug:problem:not-found"
    bad_mode = api.post("/api/v1/match/assign/", {"mode": "greedy"}, format="json").json()
    assert bad_mode["invalid_params"][0]["name"] == "mode"
    for url in (f"/api/v1/match/candidates/{region['anna'].pk}/work/", "/api/v1/match/explain/",
                "/api/v1/proposals/", "/api/v1/match/runs/", "/api/v1/proposals/workflow/"):
        answer = anonymous.get(url)
        assert answer.status_code == 401 and answer["Content-Type"] == "application/problem+json", url
    assert anonymous.post("/api/v1/match/assign/", {}, format="json").status_code == 401
