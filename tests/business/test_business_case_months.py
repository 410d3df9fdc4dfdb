"""The business case month by month: indexation, caps, instruments (rules-nl.md 2.2-2.7)."""

from datetime import date
from decimal import Decimal

from werkbrug.domain.business import CaseInput, business_case
from werkbrug.domain.parameters import ParameterSet, build_parameter_set, load_parameters


def case(**changes: object) -> CaseInput:
    base: dict = {"start": date(2025, 11, 1), "months": 1, "hours_per_week": Decimal(24),
                  "loonwaarde_pct": Decimal(60), "sickness_rate_pct": Decimal(5)}
    return CaseInput(**{**base, **changes})


def test_one_month_by_hand() -> None:
    month = business_case(case()).months[0].amounts
    # 24 h × 52 / 12 = 104 h; WML 14.40 (1-7-2025); VB 8%; charges 23.5%
    assert month["wage_cost"].value == Decimal("1997.50")  # 14.40 × 1.08 × 104 × 1.235
    assert month["lks"].value == Decimal("799.00")  # 7.6827/h (LW 60%) × 104
    assert month["lkv"].value == Decimal("105.04")  # 104 × 1.01
    assert month["noriskpolis_avoided"].value == Decimal("56.61")  # 5% × 1617.408 × 70%
    assert month["net_cost"].value == Decimal("1036.85")
    assert month["productive_value"].value == Decimal("1198.50")  # 60% × 1997.50
    assert all(a.rule.nl and a.rule.en for a in month.values())


def test_contract_crossing_1_july_and_1_january_follows_the_wml() -> None:
    result = business_case(case(start=date(2025, 6, 1), months=8))
    wml = [m.wml_hourly.value for m in result.months]
    assert wml == [Decimal("14.06")] + [Decimal("14.40")] * 6 + [Decimal("14.71")]
    costs = [m.amounts["wage_cost"].value for m in result.months]
    assert costs[0] < costs[1] == costs[6] < costs[7]
    lks = [m.amounts["lks"].value for m in result.months]
    assert lks[0] < lks[1] < lks[7]
    years = result.per_year()
    assert [(y["year"], y["months"]) for y in years] == [(2025, 7), (2026, 1)]
    assert years[0]["wage_cost"] + years[1]["wage_cost"] == result.totals()["wage_cost"]


def test_months_after_the_unknown_july_2026_wml_are_flagged() -> None:
    result = business_case(case(start=date(2026, 5, 1), months=4, lkv_kind=None))
    flagged = [m.wml_hourly.unconfirmed for m in result.months]
    assert flagged == [False, False, True, True]
    assert "wml_hourly_21plus" in {p["name"] for p in result.unconfirmed()}
    assert "UNCONFIRMED" in result.summary().en


def _with_july_2026(value: str) -> ParameterSet:
    shipped = load_parameters()
    extra = build_parameter_set([f'[[wml_hourly_21plus]]\nvalue = "{value}"\nvalid_from = 2026-07-01\nsource = "t"\n'])
    return ParameterSet({**shipped.table, "wml_hourly_21plus":
                         shipped.table["wml_hourly_21plus"] + extra.table["wml_hourly_21plus"]})


def test_a_known_july_2026_wml_is_used_from_july() -> None:
    result = business_case(case(start=date(2026, 6, 1), months=2), _with_july_2026("15.00"))
    assert [m.wml_hourly.value for m in result.months] == [Decimal("14.71"), Decimal("15.00")]
    assert not result.months[1].wml_hourly.unconfirmed


def test_lkv_stops_at_the_yearly_maximum() -> None:
    result = business_case(case(start=date(2025, 1, 1), months=13, hours_per_week=Decimal(40)))
    by_year = {y["year"]: y["lkv"] for y in result.per_year()}
    assert by_year[2025] == Decimal("2000.00")  # 12 × 173.33 h × 1.01 = 2100.80 → capped
    assert result.months[11].amounts["lkv"].value < result.months[10].amounts["lkv"].value
    assert by_year[2026] == Decimal("175.07")  # a new calendar year, a new maximum


def test_forfaitaire_lks_for_six_months_then_the_loonwaarde() -> None:
    result = business_case(case(start=date(2026, 1, 1), months=7, instrument="lks_forfaitair",
                                loonwaarde_pct=Decimal(80)))
    lks = [m.amounts["lks"].value for m in result.months]
    assert lks[0] == lks[5] == Decimal("1020.25")  # 9.8101 × 104 = 1020.2504
    assert lks[6] == Decimal("408.10")  # 3.9240 × 104 = 408.096 (loonwaarde 80%)
    assert "10d lid 5" in result.months[0].amounts["lks"].rule.en
    assert "10d lid 4" in result.months[6].amounts["lks"].rule.en


def test_loondispensatie_employer_pays_the_loonwaarde() -> None:
    plain = business_case(case(instrument="none")).months[0].amounts
    dispensatie = business_case(case(instrument="loondispensatie")).months[0].amounts
    assert dispensatie["lks"].value == 0
    assert dispensatie["wage_cost"].value == Decimal("1198.50")  # 60% × 1997.50
    assert plain["lks"].value == 0 and plain["wage_cost"].value == Decimal("1997.50")
    assert "Wajong 2:20" in dispensatie["wage_cost"].rule.en


def test_loonwaarde_0_and_100() -> None:
    full = business_case(case(loonwaarde_pct=Decimal(100))).months[0].amounts
    assert full["lks"].value == 0
    assert full["productive_value"].value == full["wage_cost"].value
    none = business_case(case(loonwaarde_pct=Decimal(0))).months[0].amounts
    assert none["productive_value"].value == 0
    assert none["lks"].value == Decimal("1398.25")  # cap: 14.40 × 1.08 × 0.7 × 1.235 = 13.4447 × 104


def test_age_scaled_case_uses_the_youth_wml() -> None:
    month = business_case(case(age=19, start=date(2026, 1, 1))).months[0]
    assert month.wml_hourly.value == Decimal("8.83")
    assert month.amounts["wage_cost"].value == Decimal("1224.86")  # 8.83 × 1.08 × 104 × 1.235 = 1224.855
