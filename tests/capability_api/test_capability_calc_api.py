"""/api/v1/calc/NAME/: the same options and the same JSON as `werkbrug calc NAME --json`
(the rules-nl.md 6.2 test vectors), with problem+json errors naming the parameter."""

from __future__ import annotations

from typing import Any

import pytest
from capability_builders import as_parameters, cli_json
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db(databases=["default", "audit"])

QUOTUM_2018 = ("--year", "2018", "--sector", "overheid", "--hours-per-year", str(90000 * 1331 / 25.5),
               "--doelgroep-hours-per-year", str(40 * 1331))
# (calculator, CLI arguments, a headline field, its expected value) — rules-nl.md 6.2
VECTORS = [
    ("lks", ("--date", "2026-01-01", "--loonwaarde", "50", "--hours", "36"), "per_hour", 9.8101),
    ("lks", ("--date", "2026-01-01", "--loonwaarde", "20", "--hours", "36"), "per_hour", 13.7341),
    ("lks", ("--date", "2026-01-01", "--loonwaarde", "80", "--hours", "36"), "per_hour", 3.924),
    ("lks", ("--date", "2026-01-01", "--forfaitair", "--hours", "36"), "per_hour", 9.8101),
    ("lkv", ("--date", "2025-06-01", "--hours-per-year", "1326"), "per_year", 1339.26),
    ("lkv", ("--date", "2025-06-01", "--hours-per-year", "2080"), "per_year", 2000.0),
    ("baan", ("--hours-per-week", "51"), "banen", "2.00"),
    ("baan", ("--hours-per-week", "12.75"), "banen", "0.50"),
    ("quotum", ("--year", "2024", "--sector", "overheid", "--hours-per-year", "40574",
                "--doelgroep-hours-per-year", "0"), "liable", False),
    ("quotum", ("--year", "2024", "--sector", "overheid", "--hours-per-year", "40575",
                "--doelgroep-hours-per-year", "0"), "liable", True),
    ("quotum", QUOTUM_2018, "levy_eur", "140000.00"),
    ("sroi", ("--method", "haaglanden-2023", "--category", "banenafspraak", "--hours-per-week", "36",
              "--months", "12"), "value_eur", "50000.00"),
    ("sroi", ("--list",), "methods", None),
]


@pytest.mark.parametrize(("name", "args", "field", "expected"), VECTORS)
def test_get_and_post_answer_exactly_the_cli_json(api: APIClient, name: str, args: tuple[str, ...], field: str,
                                                  expected: Any) -> None:
    cli = cli_json("calc", name, *args)
    params = as_parameters(args)
    got = api.get(f"/api/v1/calc/{name}/", params)
    posted = api.post(f"/api/v1/calc/{name}/", params, format="json")
    assert got.status_code == posted.status_code == 200, got.content
    assert got.json() == cli == posted.json()
    if expected is not None:
        assert cli[field] == expected
    else:
        assert len(cli[field]) == 4


def test_post_accepts_json_numbers_and_the_alias_without_slash(api: APIClient) -> None:
    body = {"date": "2026-01-01", "loonwaarde": 50, "hours": 36}
    answer = api.post("/api/v1/calc/lks", body, format="json")
    assert answer.status_code == 200 and answer.json()["per_hour"] == 9.8101


@pytest.mark.parametrize(("name", "params", "bad"), [
    ("lks", {"date": "2026-01-01", "loonwaarde": "150", "hours": "36"}, "loonwaarde"),
    ("lks", {"date": "2026-01-01", "hours": "36"}, "loonwaarde"),
    ("lks", {"date": "2026-13-01", "loonwaarde": "50", "hours": "36"}, "date"),
    ("lkv", {"date": "2025-06-01", "hours_per_year": "veel"}, "hours_per_year"),
    ("quotum", {"year": "2019", "sector": "markt", "hours_per_year": "1", "doelgroep_hours_per_year": "0"}, "year"),
    ("sroi", {"method": "haaglanden-2023", "category": "banenafspraak", "hours_per_week": "36", "months": "12",
              "contract_start": "gisteren"}, "contract_start"),
])
def test_calculator_input_errors_are_problems_naming_the_parameter(api: APIClient, name: str,
                                                                   params: dict[str, str], bad: str) -> None:
    answer = api.get(f"/api/v1/calc/{name}/", params, HTTP_ACCEPT_LANGUAGE="en")
    assert answer.status_code == 400 and answer["Content-Type"] == "application/problem+json"
    problem = answer.json()
    assert problem["type"] == "urn:werkbrug:problem:validation"
    [param] = problem["invalid_params"]
    assert param["name"] == bad
    assert param["reason_nl"] != param["reason_en"] and param["reason"] == param["reason_en"]
    assert not param["reason_en"].startswith("--")


@pytest.mark.parametrize(("params", "bad", "code"), [
    ({"loonwaarde": "50"}, "hours", "required"),
    ({"hours": "36", "loonwaarde": "50", "loonwaarde_pct": "50"}, "loonwaarde_pct", "unknown_parameter"),
    ({"hours": "36", "forfaitair": "misschien"}, "forfaitair", "invalid"),
])
def test_parse_errors_name_the_parameter(api: APIClient, params: dict[str, str], bad: str, code: str) -> None:
    problem = api.post("/api/v1/calc/lks/", params, format="json").json()
    assert problem["status"] == 400
    assert [(p["name"], p["code"]) for p in problem["invalid_params"]] == [(bad, code)]


def test_a_choice_outside_the_cli_choices_is_refused(api: APIClient) -> None:
    problem = api.get("/api/v1/calc/quotum/", {"year": "2024", "sector": "zorg", "hours_per_year": "1",
                                               "doelgroep_hours_per_year": "0"}).json()
    assert problem["invalid_params"][0]["name"] == "sector"


def test_calculators_need_an_authenticated_user(anonymous: APIClient) -> None:
    answer = anonymous.get("/api/v1/calc/baan/", {"hours_per_week": "51"})
    assert answer.status_code == 401 and answer["Content-Type"] == "application/problem+json"
    assert answer.json()["type"] == "urn:werkbrug:problem:not-authenticated"
    assert anonymous.post("/api/v1/calc/lks/", {}, format="json").status_code == 401
