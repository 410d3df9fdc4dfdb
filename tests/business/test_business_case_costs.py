"""Business case: jobcoach, accommodations, no-riskpolis, input errors, output shape."""

import json
from datetime import date
from decimal import Decimal

import pytest

from werkbrug.domain.business import Accommodation, CaseInput, Jobcoach, business_case
from werkbrug.domain.errors import DomainValidationError


def case(**changes: object) -> CaseInput:
    base: dict = {"start": date(2026, 1, 1), "months": 3, "hours_per_week": Decimal(24),
                  "loonwaarde_pct": Decimal(60), "sickness_rate_pct": Decimal(5)}
    return CaseInput(**{**base, **changes})


def test_jobcoach_costs_the_employer_only_when_the_employer_funds_it() -> None:
    own = business_case(case(jobcoach=Jobcoach(Decimal(4), "werkgever", Decimal(75), months=2)))
    assert [m.amounts["jobcoach_employer"].value for m in own.months] == [Decimal("300.00")] * 2 + [0]
    funded = business_case(case(jobcoach=Jobcoach(Decimal(4), "uwv", Decimal(75))))
    assert funded.totals()["jobcoach_employer"] == 0
    assert "300.00" in funded.months[0].amounts["jobcoach_employer"].rule.en


def test_the_placeholder_jobcoach_tariff_is_flagged() -> None:
    result = business_case(case(jobcoach=Jobcoach(Decimal(4), "gemeente")))
    assert "jobcoach_hourly_tariff" in {p["name"] for p in result.unconfirmed()}


def test_accommodations_one_off_and_yearly() -> None:
    items = (Accommodation("aangepaste stoel", Decimal(600), "werkgever"),
             Accommodation("software", Decimal(1200), "werkgever", "per_jaar"),
             Accommodation("brailleleesregel", Decimal(5000), "uwv_wia35"))
    months = business_case(case(accommodations=items)).months
    assert [m.amounts["accommodations_employer"].value for m in months] == [
        Decimal("700.00"), Decimal("100.00"), Decimal("100.00")]
    assert "5000.00" in months[0].amounts["accommodations_employer"].rule.en


def test_noriskpolis_full_pay_and_default_rate() -> None:
    base = business_case(case()).months[0].amounts["noriskpolis_avoided"].value
    full = business_case(case(noriskpolis_full_pay=True)).months[0].amounts["noriskpolis_avoided"].value
    assert full == (base / Decimal("0.7")).quantize(Decimal("0.01"))
    assert business_case(case(noriskpolis=False)).totals()["noriskpolis_avoided"] == 0
    assumed = business_case(case(sickness_rate_pct=None))
    assert "noriskpolis_assumed_sickness_rate_pct" in {p["name"] for p in assumed.unconfirmed()}


def test_net_cost_adds_up_and_averages() -> None:
    result = business_case(case(jobcoach=Jobcoach(Decimal(2), "werkgever", Decimal(50))))
    t = result.totals()
    assert t["net_cost"] == (t["wage_cost"] - t["lks"] - t["lkv"] - t["noriskpolis_avoided"]
                             + t["jobcoach_employer"] + t["accommodations_employer"])
    assert result.per_month_average()["net_cost"] == (t["net_cost"] / 3).quantize(Decimal("0.01"))
    data = json.loads(json.dumps(result.as_dict(), default=str))
    assert len(data["months"]) == 3 and data["months"][0]["month"] == "2026-01"
    assert data["months"][0]["lks"]["parameters"][0]["source"]


@pytest.mark.parametrize(("changes", "field"), [
    ({"months": 0}, "months"),
    ({"hours_per_week": Decimal(0)}, "hours_per_week"),
    ({"hours_per_week": Decimal(61)}, "hours_per_week"),
    ({"loonwaarde_pct": Decimal(-5)}, "loonwaarde"),
    ({"age": 14}, "age"),
    ({"instrument": "bonus"}, "instrument"),
    ({"lkv_kind": "bonus"}, "lkv_kind"),
    ({"sickness_rate_pct": Decimal(101)}, "sickness_rate_pct"),
    ({"jobcoach": Jobcoach(Decimal(4), "buurman")}, "jobcoach.funder"),
    ({"accommodations": (Accommodation("x", Decimal(-1), "werkgever"),)}, "accommodations[0].cost"),
    ({"accommodations": (Accommodation("x", Decimal(1), "bank"),)}, "accommodations[0].funder"),
    ({"hourly_wage": Decimal(10)}, "hourly_wage"),
    ({"start": date(2024, 12, 1)}, "date"),
])
def test_invalid_input_names_the_field(changes: dict, field: str) -> None:
    with pytest.raises(DomainValidationError) as error:
        business_case(case(**changes))
    assert error.value.issues[0].field == field
    assert " / " in str(error.value)  # Dutch / English


def test_a_cao_wage_above_wml_is_used_and_below_wml_allowed_with_loondispensatie() -> None:
    cao = business_case(case(hourly_wage=Decimal(16))).months[0].amounts
    assert cao["wage_cost"].value == Decimal("2219.44")  # 16 × 1.08 × 104 × 1.235 = 2219.4432
    assert cao["lks"].value == business_case(case()).months[0].amounts["lks"].value  # LKS on WML
    low = business_case(case(hourly_wage=Decimal(10), instrument="loondispensatie"))
    assert low.months[0].amounts["wage_cost"].value > 0
