"""Completeness per field group (rules as data), staleness, what to ask next, CLI and API."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from trust_builders import REGION

from werkbrug.domain.trust import completeness as rules


def test_scores_follow_the_weights_and_ask_the_biggest_gap_first() -> None:
    empty = rules.score({}, "candidate")
    assert empty.score == 0.0 and set(empty.groups) == {"fml", "availability", "skills", "travel", "wishes",
                                                         "education"}
    assert empty.missing[0].group == "fml"             # the FML weighs most
    full = {"fml_assessed_on": date(2025, 1, 1), "fml_profile": {}, "available_from": date(2025, 1, 1),
            "wish_hours_max": 20, "skills": ["s"], "experience": [{"years": 1}], "max_travel_minutes": 30,
            "travel_modes": ["fiets"], "wish_occupations": ["o"], "wish_sectors": ["zorg"],
            "wish_day_parts": ["ochtend"], "education_level": "mbo2"}
    assert rules.score(full, "candidate").score == 1.0 and not rules.score(full, "candidate").missing
    no_education = rules.score({**full, "education_level": ""}, "candidate")
    assert no_education.score == 0.95 and no_education.groups["education"] == 0.0
    assert [q.key for q in no_education.missing] == ["education_level"]
    no_fml = rules.score({**full, "fml_assessed_on": None}, "candidate")
    assert no_fml.groups["fml"] == 0.0 and no_fml.score == 0.7


def test_staleness_in_whole_months() -> None:
    assert rules.is_stale(None, date(2026, 3, 1), 12)
    assert not rules.is_stale(date(2025, 3, 2), date(2026, 3, 1), 12)
    assert rules.is_stale(date(2025, 3, 1), date(2026, 3, 1), 12)


@pytest.mark.django_db(databases=["default", "audit"])
def test_report_cli_and_api(region: dict[str, Any], api: Any) -> None:
    from werkbrug.trust import services

    report = services.completeness_report(REGION, today=date(2026, 3, 2), language="en")
    items = report["candidates"]["items"]
    assert [i["key"] for i in items] == ["TR-C1", "TR-C2"] and all(i["stale"] for i in items)
    asks = items[0]["ask_next"]
    assert [(a["field"], a["gain"]) for a in asks[:3]] == [("skills", 0.15), ("available_from", 0.12),
                                                           ("fml_assessed_on", 0.12)]
    assert asks[2]["ask"] == "When was the FML assessed (date)?" and items[0]["groups"]["fml"] == 0.6
    [work] = report["work"]["items"]
    assert work["groups"]["fml"] == 1.0 and work["groups"]["skills"] == 0.0
    out = StringIO()
    call_command("profiles", "completeness", "--region", REGION, "--json", stdout=out)
    assert json.loads(out.getvalue())["candidates"]["summary"]["count"] == 2
    assert services.completeness_report("Elders")["candidates"]["summary"]["count"] == 0
    body = api.get("/api/v1/trust/completeness/", {"region": REGION, "stale_months": 600}).json()
    assert body["stale_after_months"] == 600 and body["candidates"]["summary"]["stale"] == 2  # never reviewed
