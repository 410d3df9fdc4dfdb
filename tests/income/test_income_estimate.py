"""Income effect of a job on bijstand and Wajong: hand-computed months, flags and texts."""

import json
from datetime import date
from decimal import Decimal as D
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.income import IncomeQuestion, estimate_income

START = date(2025, 9, 1)


def ask(benefit: str = "bijstand", age: int = 30, hours: str = "16", wage: str = "15", **extra: object) -> dict:
    return estimate_income(IncomeQuestion(benefit, str(extra.pop("household", "single")), age, D(hours), D(wage),
                                          START, **extra))  # type: ignore[arg-type]


def column(result: dict, key: str) -> list[str]:
    return [m[key] for m in result["months"]]


def test_bijstand_general_vrijlating_capped_then_ends_after_6_months() -> None:
    # 16 h × € 15 × 52 / 12 = 1040; 25% = 260, capped at 199; norm 1369.06
    r = ask()
    assert column(r, "earnings") == ["1040.00"] * 12
    assert column(r, "benefit") == ["528.06"] * 6 + ["329.06"] * 6
    assert column(r, "difference") == ["199.00"] * 6 + ["0.00"] * 6
    assert column(r, "rule") == ["general_vrijlating"] * 6 + ["vrijlating_ended"] * 6
    assert r["average_difference"] == "99.50"
    assert "€ 99,50" in r["summary"]["nl"] and "€ 99.50" in r["summary"]["en"]


def test_bijstand_vrijlating_under_the_cap() -> None:
    # 8 h: 520; 25% = 130; benefit = 1369.06 − (520 − 130) = 979.06
    r = ask(hours="8")
    assert r["months"][0]["benefit"] == "979.06" and r["months"][0]["total"] == "1499.06"


def test_bijstand_under_27_no_vrijlating() -> None:
    r = ask(age=26)
    assert column(r, "difference") == ["0.00"] * 12
    assert set(column(r, "rule")) == {"under_min_age"}
    assert "ongeveer evenveel" in r["summary"]["nl"]


def test_bijstand_medisch_urenbeperking_15_percent_capped_all_year() -> None:
    # 20 h: 1300; 15% = 195, capped at 170.18; benefit = 1369.06 − (1300 − 170.18) = 239.24
    r = ask(hours="20", medical_hours_limit=True)
    assert column(r, "benefit") == ["239.24"] * 12
    assert column(r, "difference") == ["170.18"] * 12
    # 16 h: 15% of 1040 = 156, below the cap
    assert column(ask(medical_hours_limit=True), "difference") == ["156.00"] * 12


def test_bijstand_couple_and_net_wage() -> None:
    r = ask(household="couple", net_month=D("900"))
    # 25% of 900 = 225, capped 199; benefit = 1955.80 − 701 = 1254.80
    assert r["months"][0]["benefit"] == "1254.80" and r["months"][0]["earnings"] == "900"


def test_wajong_keeps_30_cents_of_each_euro() -> None:
    # base 2025-09: 14.40 × 36 × 52 / 12 × 70% = 1572.48; 20 h × € 15 = 1300; benefit = 1572.48 − 910
    r = ask("wajong", hours="20")
    first = r["months"][0]
    assert (first["before"], first["benefit"], first["total"]) == ("1572.48", "662.48", "1962.48")
    assert column(r, "difference") == ["390.00"] * 12  # 30% of 1300, every month
    assert r["months"][4]["before"] == "1606.33"  # 2026-01: 14.71 × 36 × 52 / 12 × 70%
    assert "Toeslagenwet" in " ".join(c["en"] for c in r["check_also"])


def test_wajong_stops_when_wage_is_high() -> None:
    r = ask("wajong", hours="40", wage="20")
    assert r["months"][0]["benefit"] == "0.00" and r["months"][0]["rule"] == "benefit_stopped"


def test_unconfirmed_flags_visible() -> None:
    names = {p["name"] for p in ask("wajong", loondispensatie=True)["unconfirmed"]}
    assert {"wajong_offset_pct_loondispensatie", "wajong_wml_hours_per_week"} <= names
    bijstand = ask()
    assert {"bijstand_vrijlating_max_amount", "bijstand_norm_single"} <= {p["name"] for p in bijstand["unconfirmed"]}
    assert all(p["source"] for p in bijstand["parameters"])
    assert bijstand["estimate"] is True and "schatting" in bijstand["notice"]["nl"]
    assert "ONBEVESTIGD" in bijstand["when_job_ends"]["nl"]
    assert any("minimaregelingen" in c["nl"] for c in bijstand["check_also"])


def test_bad_input() -> None:
    with pytest.raises(DomainValidationError) as error:
        ask(age=19, hours="0")
    assert {i.field for i in error.value.issues} == {"age", "hours_per_week"}


def test_cli_json_and_text() -> None:
    out = StringIO()
    call_command("calc", "income", "--benefit", "bijstand", "--household", "single", "--age", "30", "--hours", "16",
                 "--wage", "15", "--start", "2025-09-01", "--json", stdout=out)
    assert json.loads(out.getvalue())["average_difference"] == "99.50"
    out = StringIO()
    call_command("calc", "income", "--benefit", "wajong", "--household", "single", "--age", "22", "--hours", "20",
                 "--wage", "15", "--start", "2025-09-01", stdout=out)
    assert "schatting" in out.getvalue() and "390.00" in out.getvalue()
    with pytest.raises(CommandError, match="--age"):
        call_command("calc", "income", "--benefit", "bijstand", "--household", "single", "--age", "20",
                     "--hours", "16", "--wage", "15")


@pytest.mark.django_db(databases=["default", "audit"])
def test_api_answers_the_cli_json() -> None:
    from werkbrug.registry import services
    from werkbrug.security.testing import session_client, user_with_role

    home, _ = services.save_record("organisations", {"external_key": "INC-HOME", "name": "Gemeente Inkomen",
                                                     "kind": "gemeente", "sector": "overheid"})
    api = session_client(user_with_role("income-consulent", "functional_admin", home))
    params = {"benefit": "wajong", "household": "single", "age": "22", "hours": "20", "wage": "15",
              "start": "2025-09-01"}
    answer = api.post("/api/v1/calc/income/", params, format="json")
    assert answer.status_code == 200, answer.content
    assert answer.json()["months"][0]["total"] == "1962.48"
    bad = api.post("/api/v1/calc/income/", {**params, "age": "12"}, format="json")
    assert bad.status_code == 400 and "age" in bad.content.decode()
