"""The regional dashboards: who may see them, the figures against hand-counted data, small-count
suppression on the page and in the downloads (which openpyxl and csv must read)."""

from __future__ import annotations

import csv
from io import BytesIO, StringIO
from typing import Any

import pytest
from django.test import Client
from test_web_analyst_builders import (
    REGION_A,
    REGION_B,
    YEAR,
    account,
    banen,
    placements,
    signed_in,
    sroi_contract,
    trajectories,
)

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
PAGES = ("/analyst/", "/analyst/download/?format=xlsx", "/trust/fairness/")


@pytest.fixture
def analyst(world: dict[str, Any]) -> Client:
    client = signed_in(account("analist", "policy_analyst", world["gemeente"]), mfa=False)
    client.cookies["django_language"] = "en"
    return client


def test_analysts_and_administrators_may_see_the_pages_and_others_may_not(world: dict[str, Any]) -> None:
    admin = signed_in(account("beheerder", "functional_admin", world["gemeente"]))
    admin_without_mfa = signed_in(account("beheerder2", "functional_admin", world["gemeente"]), mfa=False)
    analyst = signed_in(account("analist", "policy_analyst", world["gemeente"]), mfa=False)
    refused = [signed_in(world["consultant"]), signed_in(world["hr"], mfa=False), admin_without_mfa,
               signed_in(account("inkoper", "inkoper", world["gemeente"]), mfa=False)]
    for path in PAGES:
        assert analyst.get(path).status_code == 200, path
        assert admin.get(path).status_code == 200, path
        for client in refused:
            assert client.get(path).status_code == 403, path
        assert Client().get(path).status_code == 302  # to the sign-in page
    menu = analyst.get("/trust/fairness/").content.decode()
    assert 'href="/analyst/"' in menu and 'href="/trust/fairness/"' in menu
    assert 'href="/analyst/"' not in signed_in(world["consultant"]).get("/").content.decode()


def test_placements_per_region_and_quarter_with_suppression(world: dict[str, Any], analyst: Client) -> None:
    from werkbrug.trust import dashboards

    placements(world)
    data = dashboards.placements(YEAR)
    shown = {r["region"]: [str(c) for c in [*r["quarters"], r["total"]]] for r in data["rows"]}
    # hand-counted: A (6, 3, 7, 0 | 16), B (5, 5, 0, 0 | 10); the 3 is too small, and the 6, then the
    # two 5s are hidden too, or the row and column totals would give the 3 away
    assert shown == {REGION_A: ["<5", "<5", "7", "0", "16"], REGION_B: ["<5", "<5", "0", "0", "10"]}
    assert [str(c) for c in [*data["total"]["quarters"], data["total"]["total"]]] == ["11", "8", "7", "0", "26"]
    body = analyst.get("/analyst/", {"year": YEAR}).content.decode()
    assert "Placements started per region, 2025" in body and "&lt;5" in body
    assert "fewer than 5" in body  # the page says that small counts are suppressed
    only_a = dashboards.placements(YEAR, REGION_A)
    assert [r["region"] for r in only_a["rows"]] == [REGION_A]


def test_doorstroom_rate_and_its_suppression(world: dict[str, Any]) -> None:
    from werkbrug.trust import dashboards_flows

    trajectories(world, moved=6, stayed=7)
    rows = [r for r in dashboards_flows.doorstroom(YEAR)["rows"]
            if (r["source"], r["target"]) == ("dagbesteding", "werk")]
    region = next(r for r in rows if r["region"] == REGION_A)
    assert (region["cohort"].shown, region["moved"].shown) == (13, 6)
    assert round(region["rate"], 4) == round(6 / 13, 4)
    assert next(r for r in rows if r["total"])["cohort"].shown == 13


def test_doorstroom_with_few_movers_is_not_shown(world: dict[str, Any]) -> None:
    from werkbrug.trust import dashboards_flows

    trajectories(world, moved=3, stayed=7)
    rows = [r for r in dashboards_flows.doorstroom(YEAR)["rows"]
            if (r["source"], r["target"]) == ("dagbesteding", "werk")]
    assert all(r["moved"].suppressed and r["rate"] is None for r in rows)
    assert all(r["cohort"].shown == 10 for r in rows)


def test_banen_and_social_return_totals(world: dict[str, Any], analyst: Client) -> None:
    from werkbrug.trust import dashboards, dashboards_flows

    banen()
    sroi_contract(world)
    regional = {r["region"]: r for r in dashboards.banen_by_sector_region(YEAR)["rows"]}
    assert regional[REGION_A]["employers"] == 6 and str(regional[REGION_A]["banen"]) == "6.00"
    assert regional[REGION_B]["suppressed"] and regional[REGION_B]["banen"] is None  # one employer
    sroi = dashboards_flows.sroi_totals(YEAR)["rows"]
    assert [(r["region"], r["contracts"], str(r["obligation"])) for r in sroi] == [(REGION_A, 1, "5000.00")]
    assert dashboards_flows.sroi_totals(YEAR - 1)["rows"] == []  # the contract starts in YEAR
    body = analyst.get("/analyst/", {"year": YEAR}).content.decode()
    assert "Banen per region and sector, 2025" in body and "Social Return per region of the buyer" in body


def test_downloads_parse_and_keep_the_suppression(world: dict[str, Any], analyst: Client) -> None:
    from openpyxl import load_workbook

    placements(world)
    banen()
    response = analyst.get("/analyst/download/", {"year": YEAR, "format": "xlsx"})
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    book = load_workbook(BytesIO(response.content))
    assert {"placements", "banen_national", "banen_regional", "doorstroom", "sroi"} <= set(book.sheetnames)
    rows = list(book["placements"].iter_rows(values_only=True))
    assert rows[1] == ("Region", "Q1", "Q2", "Q3", "Q4", "Year")
    assert rows[2] == (REGION_B, "<5", "<5", 0, 0, 10)
    assert rows[-1] == ("All regions", 11, 8, 7, 0, 26)
    regional = list(book["banen_regional"].iter_rows(values_only=True))
    assert (REGION_B, "Market", 1, "<5") in regional
    text = analyst.get("/analyst/download/", {"year": YEAR, "format": "csv", "table": "placements"})
    assert text["Content-Type"].startswith("text/csv")
    table = list(csv.reader(StringIO(text.content.decode("utf-8-sig")), delimiter=";"))
    assert table[0][0] == "Region" and [REGION_A, "<5", "<5", "7", "0", "16"] in table
    from werkbrug.security.models import AuditEvent

    exports = AuditEvent.objects.filter(action="export", object_type="statistics", purpose="verantwoording")
    assert exports.count() == 2 and not exports.exclude(subject_id=None).exists()  # no person named
    assert analyst.get("/analyst/download/", {"year": YEAR, "format": "csv", "table": "x"}).status_code == 404
    assert analyst.get("/analyst/download/", {"year": "1900", "format": "xlsx"}).status_code == 400


def test_the_dashboard_refuses_a_bad_year_with_an_error_summary(world: dict[str, Any], analyst: Client) -> None:
    response = analyst.get("/analyst/", {"year": "abc"})
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="error-summary"' in body and 'href="#id_year"' in body
