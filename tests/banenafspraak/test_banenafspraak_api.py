"""GET /api/v1/banenafspraak/report/ and /api/v1/quotum/: the CLI's JSON, an employer's HR
officer sees only the own employer, a policy analyst the aggregates only."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from werkbrug.security.testing import session_client, user_with_role

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Any]:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "banenafspraak_monitor"))
    from monitor_builders import employer, payroll_file, row

    from werkbrug.banenafspraak import services

    own = employer("ba-own", "11111111", sector="overheid")
    other = employer("ba-other", "22222222", sector="overheid")
    rows = [row(f"P{i}", kvk, 2024, m, "130,00", doelgroep="ja" if i == 0 else "")
            for kvk in ("11111111", "22222222") for i in range(60) for m in range(1, 13)]
    services.import_payroll(payroll_file(tmp_path, rows))
    gemeente = employer("ba-gem", "", sector="overheid", kind="gemeente")
    return {"own": own, "other": other,
            "hr": user_with_role("ba-hr", "employer_hr", own),
            "analyst": user_with_role("ba-analyst", "policy_analyst", gemeente),
            "consultant": user_with_role("ba-consultant", "consultant", gemeente),
            "jobcoach": user_with_role("ba-jobcoach", "jobcoach", gemeente)}


def cli(*args: str) -> Any:
    out = StringIO()
    call_command(*args, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_the_employer_sees_its_own_report_and_quotum_as_the_cli_prints_them(world: dict[str, Any]) -> None:
    hr = session_client(world["hr"])
    report = hr.get(f"/api/v1/banenafspraak/report/?employer={world['own'].pk}&year=2024")
    assert report.status_code == 200, report.content
    assert report.json() == cli("banenafspraak", "report", "--employer", "ba-own", "--year", "2024")
    assert report.json()["employer"]["years"][0]["year"] == 2024
    quotum = hr.get("/api/v1/quotum/?employer=11111111&year=2024")
    assert quotum.status_code == 200, quotum.content
    assert quotum.json() == cli("quotum", "--employer", "ba-own", "--year", "2024")
    assert quotum.json()["caveats"]  # the legal caveats travel with the figures


def test_another_employer_and_the_aggregates_are_refused_to_employers(world: dict[str, Any]) -> None:
    hr = session_client(world["hr"])
    assert hr.get(f"/api/v1/banenafspraak/report/?employer={world['other'].pk}").status_code == 403
    assert hr.get("/api/v1/quotum/?employer=ba-other&year=2024").status_code == 403
    assert hr.get("/api/v1/banenafspraak/report/?year=2024").status_code == 403


def test_analysts_and_consultants_see_aggregates_only(world: dict[str, Any]) -> None:
    for who in ("analyst", "consultant"):
        client = session_client(world[who])
        aggregates = client.get("/api/v1/banenafspraak/report/?year=2024&region=Holland%20Rijnland")
        assert aggregates.status_code == 200
        assert aggregates.json() == cli("banenafspraak", "report", "--year", "2024", "--region", "Holland Rijnland")
        assert "employer" not in aggregates.json()
        assert client.get(f"/api/v1/banenafspraak/report/?employer={world['own'].pk}").status_code == 403
        assert client.get("/api/v1/quotum/?employer=ba-own&year=2024").status_code == 403
    assert session_client(world["jobcoach"]).get("/api/v1/banenafspraak/report/").status_code == 403


def test_bad_input_names_the_parameter(world: dict[str, Any]) -> None:
    hr = session_client(world["hr"])
    for url, name in (("/api/v1/quotum/?employer=ba-own", "year"), ("/api/v1/quotum/?year=2024", "employer"),
                      ("/api/v1/quotum/?employer=ba-own&year=twintig", "year"),
                      ("/api/v1/quotum/?employer=onbekend&year=2024", "employer"),
                      ("/api/v1/quotum/?employer=ba-own&year=2019", "year")):
        response = hr.get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 400, (url, response.content)
        assert response["Content-Type"].startswith("application/problem+json")
        assert response.json()["invalid_params"][0]["name"] == name, url
