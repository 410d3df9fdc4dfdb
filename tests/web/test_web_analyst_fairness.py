"""The fairness page: it finds a built-in disparity and does not flag data without one; small
groups are shown without figures; the downloads parse."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from io import BytesIO, StringIO
from typing import Any

import pytest
from django.test import Client
from test_web_analyst_builders import account, people, proposals, signed_in

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def _period() -> dict[str, str]:
    today = date.today()
    return {"start": (today - timedelta(days=30)).strftime("%d-%m-%Y"), "end": today.strftime("%d-%m-%Y")}


@pytest.fixture
def analyst(world: dict[str, Any]) -> Client:
    client = signed_in(account("analist", "policy_analyst", world["gemeente"]), mfa=False)
    client.cookies["django_language"] = "en"
    return client


def _flag_list(body: str) -> str:
    return body.split('id="flags"')[1].split("</ul>")[0] if "<ul" in body.split('id="flags"')[1][:200] else ""


def test_the_page_finds_a_built_in_disparity(world: dict[str, Any], analyst: Client) -> None:
    proposals(world, men=30, women=10)  # rates 75% and 25%: ratio 1/3 for women
    body = analyst.get("/trust/fairness/", _period()).content.decode()
    flags = _flag_list(body)
    assert "Recommended — Gender: <strong>Female</strong>" in flags and "unlikely to be chance" in flags
    assert "Male" not in flags
    assert "Selection rate by gender" in body and "Figures of the chart" in body  # chart with its table
    assert "What the figures mean" in body and "Katz" in body  # definitions on the page


def test_the_page_does_not_flag_data_without_a_disparity(world: dict[str, Any], analyst: Client) -> None:
    proposals(world, men=20, women=19)
    body = analyst.get("/trust/fairness/", _period()).content.decode()
    assert "No group is flagged" in body and _flag_list(body) == ""


def test_small_groups_are_shown_without_figures(world: dict[str, Any], analyst: Client) -> None:
    proposals(world, men=20, women=19)
    people(world["gemeente"], 3, start=3000, gender="x")
    body = analyst.get("/trust/fairness/", _period()).content.decode()
    table = body.split("Rates and ratios by gender")[1]
    other = table.split("Other / not stated</th>")[1].split("</tr>")[0]
    assert "&lt;5" in other and "Too few people" in other and "colspan=\"3\"" in other


def test_the_engine_lists_are_included_when_asked(world: dict[str, Any], analyst: Client) -> None:
    from test_web_analyst_builders import people as more

    more(world["gemeente"], 12, start=4000)
    body = analyst.get("/trust/fairness/", {**_period(), "engine": "on"}).content.decode()
    assert "In the engine&#x27;s top 10" in body or "In the engine's top 10" in body
    assert "scoring parameters version" in body


def test_fairness_downloads_parse(world: dict[str, Any], analyst: Client) -> None:
    from openpyxl import load_workbook

    proposals(world, men=30, women=10)
    xlsx = analyst.get("/trust/fairness/download/", {**_period(), "format": "xlsx"})
    assert xlsx.status_code == 200
    rows = list(load_workbook(BytesIO(xlsx.content))["fairness"].iter_rows(values_only=True))
    assert rows[1][:5] == ("outcome", "dimension", "group", "people", "selected")
    women = next(r for r in rows if r[:3] == ("recommended", "gender", "v"))
    assert women[3:5] == (45, 10) and women[-2] == "ja/yes"  # the world's five women and 40 more
    text = analyst.get("/trust/fairness/download/", {**_period(), "format": "csv"})
    table = list(csv.reader(StringIO(text.content.decode("utf-8-sig")), delimiter=";"))
    assert ["recommended", "gender", "m", "40", "30"] == table[[r[:3] for r in table].index(
        ["recommended", "gender", "m"])][:5]
    bad = analyst.get("/trust/fairness/download/", {"start": "x", "end": "y", "format": "csv"})
    assert bad.status_code == 400


def test_a_wrong_period_is_named_in_the_error_summary(world: dict[str, Any], analyst: Client) -> None:
    body = analyst.get("/trust/fairness/", {"start": "10-05-2026", "end": "01-05-2026"}).content.decode()
    assert 'id="error-summary"' in body and 'href="#id_end"' in body and "before the start date" in body
