"""POST /api/v1/carve/: the CarveResult JSON of `werkbrug carve --json`, dry run or saved."""

from __future__ import annotations

from typing import Any

import pytest
from capability_builders import cli_json
from rest_framework.test import APIClient

from werkbrug.registry.models import Organisation, Work

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def test_a_dry_run_answers_the_cli_json_and_saves_nothing(api: APIClient, ward: Any) -> None:
    before = Work.objects.count()
    answer = api.post("/api/v1/carve/", {"employer": ward.pk, "dry_run": True, "date": "2026-03-01"}, format="json")
    assert answer.status_code == 200, answer.content
    data = answer.json()
    assert data == cli_json("carve", "--employer", "CA-ZKH", "--dry-run", "--date", "2026-03-01")
    # 3 nurses × (4 + 3) hours of simple tasks = 21 hours in one morning role
    assert (data["new_roles"], data["hours_per_week"], data["saved_work"]) == (1, "21", [])
    assert data["candidates_nearby"] == 4 and data["carved_wage_per_hour"] == "14.71"
    assert Work.objects.count() == before


def test_without_dry_run_the_carved_roles_are_saved(api: APIClient, ward: Any) -> None:
    data = api.post("/api/v1/carve", {"employer": ward.pk, "date": "2026-03-01"}, format="json").json()
    assert len(data["saved_work"]) == 1
    saved = Work.objects.get(external_key=data["saved_work"][0])
    assert saved.kind == "carved_role" and saved.employer_id == ward.pk


def test_errors_are_problems(api: APIClient, anonymous: APIClient, ward: Any) -> None:
    unknown = api.post("/api/v1/carve/", {"employer": 999999}, format="json").json()
    assert unknown["status"] == 400
    assert [(p["name"], p["code"]) for p in unknown["invalid_params"]] == [("employer", "unknown_reference")]
    gemeente = Organisation.objects.get(external_key="CA-GEM")  # no work items: nothing to carve
    refused = api.post("/api/v1/carve/", {"employer": gemeente.pk}, format="json", HTTP_ACCEPT_LANGUAGE="en")
    assert refused.status_code == 400 and refused["Content-Type"] == "application/problem+json"
    assert refused.json()["type"] == "urn:werkbrug:problem:carving-refused"
    assert "no roles" in refused.json()["detail"] and "geen functies" in refused.json()["detail_nl"]
    assert api.post("/api/v1/carve/", {}, format="json").json()["invalid_params"][0]["name"] == "employer"
    assert anonymous.post("/api/v1/carve/", {"employer": ward.pk}, format="json").status_code == 401
