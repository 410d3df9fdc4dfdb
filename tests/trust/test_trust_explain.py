"""The full comparison per task and FML item, beoordelingspunten, and why-not on hand-built cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from trust_builders import BSNS, TODAY, candidate

from werkbrug.domain.matching.evaluate import evaluate
from werkbrug.domain.matching.settings import load_settings
from werkbrug.domain.matching.specs import CandidateSpec, TaskSpec, WorkSpec
from werkbrug.domain.trust import points as pts
from werkbrug.trust import services

pytestmark = [pytest.mark.django_db(databases=["default", "audit"]), pytest.mark.usefixtures("cli_operator")]


def _pair(capacity: dict, demand: dict) -> tuple[list[pts.ItemRow], list[pts.Point]]:
    settings = load_settings()
    c = CandidateSpec(1, "c", 52.0, 5.0, capacity=capacity)
    w = WorkSpec(1, "w", 52.0, 5.0, 20.0, (TaskSpec("t", "Taak", 20.0, demand),))
    return pts.compare(c, w, evaluate(c, w, settings, TODAY), settings)


def test_points_at_the_level_limit_within_the_margin_and_for_judgement_items() -> None:
    rows, points = _pair({"IV.12": {"level": 1, "value": 10.0}}, {"IV.12": {"level": 1, "value": 2.0}})
    assert [(p.rule, p.key) for p in points] == [("limit", "IV.12|t")]
    assert rows[0].result == "at_limit"
    _, points = _pair({"IV.12": {"level": 0, "value": 10.0}}, {"IV.12": {"level": 0, "value": 9.0}})
    assert [p.rule for p in points] == ["margin"]          # 9 >= 0.9 * 10
    _, points = _pair({"IV.12": {"level": 0, "value": 10.0}}, {"IV.12": {"level": 0, "value": 8.9}})
    assert points == []                                    # outside the margin: nothing to judge
    _, points = _pair({"I.7": {"level": 1}}, {"I.7": {"level": 0}})
    assert [p.rule for p in points] == ["judgement"]       # pace of work: a professional judges
    rows, points = _pair({"IV.12": {"level": 2, "value": 1.0}}, {"IV.12": {"level": 2, "value": 20.0}})
    assert rows[0].result == "excluded" and points == []   # a conflict is not a point


def test_explain_shows_items_tasks_and_points(region: dict[str, Any]) -> None:
    row = services.explain("TR-C2", "TR-W1", today=TODAY, language="en")
    assert row["verdict"] == "fits"
    assert [(i["task"], i["item"], i["result"]) for i in row["items"]] == [("inpakken", "IV.12", "at_limit")]
    assert row["tasks"] == {"inpakken": "fits", "etiket": "fits"}
    assert [p["key"] for p in row["beoordelingspunten"]] == ["IV.12|inpakken"]
    assert services.explain("TR-C1", "TR-W1", today=TODAY)["beoordelingspunten"] == []


def test_match_explain_command_shows_points(region: dict[str, Any]) -> None:
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("match", "explain", "--candidate", "TR-C2", "--work", "TR-W1", "--language", "en", stdout=out)
    assert "IV.12|inpakken" in out.getvalue() and "at the limit" in out.getvalue()


def test_why_not_names_each_reason(region: dict[str, Any]) -> None:
    assert services.why_not("TR-C1", "TR-W1", today=TODAY)["in_list"] is True
    far = candidate("TR-C3", BSNS[2], latitude=53.2, longitude=6.56, max_travel_km=10)   # Groningen
    heavy = candidate("TR-C4", BSNS[3], fml_profile={"IV.12": {"level": 2, "value": 0.1}},
                      visible_by_candidate=False)
    codes = [r["code"] for r in services.why_not(far.external_key, "TR-W1", today=TODAY)["reasons"]]
    assert codes == ["outside_travel"]
    answer = services.why_not(heavy.external_key, "TR-W1", today=TODAY, employer_view=True, language="en")
    # 5 kg is too heavy, but without the packing task 8 hours of labelling remain: lists show whole jobs
    assert [r["code"] for r in answer["reasons"]] == ["no_consent", "only_without_task"]
    assert answer["reasons"][0]["missing"] == ["candidate"] and answer["reasons"][1]["tasks"] == ["inpakken"]
    strict = candidate("TR-C5", BSNS[4], fml_profile={"IV.12": {"level": 2, "value": 0.1}},
                       wish_hours_min=Decimal("16"))  # 8 hours without the task is too few for them
    conflicts = services.why_not(strict.external_key, "TR-W1", today=TODAY)["reasons"]
    assert [(r["code"], r["item"], r["task"]) for r in conflicts] == [("fml_conflict", "IV.12", "inpakken")]
    ranked = services.why_not("TR-C2", "TR-W1", top=1, today=TODAY)
    assert ranked["reasons"][0]["code"] == "rank_below_top" and ranked["rank"] == 2


def test_why_not_command_and_api(region: dict[str, Any], api: Any) -> None:
    from io import StringIO

    from django.core.management import call_command

    candidate("TR-C6", BSNS[5], unavailable_until=date(2026, 6, 30), unavailable_reason="operatie")
    out = StringIO()
    call_command("match", "why-not", "--candidate", "TR-C6", "--work", "TR-W1", stdout=out)
    assert "[unavailable]" in out.getvalue()
    body = api.get("/api/v1/trust/why-not/", {"candidate": region["bram"].pk, "work": region["work"].pk,
                                              "top": 1}).json()
    assert body["reasons"][0]["code"] == "rank_below_top"
    explained = api.get("/api/v1/trust/explain/", {"candidate": region["bram"].pk, "work": region["work"].pk})
    assert explained.status_code == 200 and explained.json()["beoordelingspunten"]
