"""business_case_for on registry data: instruments per candidate, loonwaarde, dates, accommodations."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from businesscase_builders import BSNS, base_registry, candidate, work

from werkbrug.domain.business import lks

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(catalogues: None) -> None:
    base_registry()


def services():  # imported late: the app needs Django set up
    from werkbrug.businesscase import services as module

    return module


def test_participatiewet_candidate_gets_lks_at_the_given_loonwaarde(registry: None) -> None:
    work("w36", hours="36")
    candidate("pw")
    result = services().business_case_for("pw", "w36", loonwaarde=50, on=date(2026, 1, 1), months=6)
    assert result["instrument"]["code"] == "lks"
    assert result["loonwaarde"] == {**result["loonwaarde"], "pct": 50.0, "kind": "input"}
    # rules-nl.md 6.2: € 9.8101 per hour in 2026 at loonwaarde 50%; × 36 h × 52 / 12 = € 1,530.38
    assert {m["lks"] for m in result["per_month"]} == {1530.38}
    expected = lks(date(2026, 1, 1), Decimal(50), Decimal(36)).per_month.value
    assert result["totals"]["lks"] == float(expected * 6)
    assert result["lkv"]["code"] == "banenafspraak" and result["totals"]["lkv"] > 0
    assert result["noriskpolis"]["code"] == "noriskpolis" and result["totals"]["noriskpolis_avoided"] > 0
    json.dumps(result)  # JSON-ready


def test_wajong_candidate_gets_loondispensatie_and_no_lks(registry: None) -> None:
    work("w-low", wage="10.00")  # below the WML: only allowed with loondispensatie
    candidate("wj", benefit="wajong", category="wajong", needs_jobcoach=True)
    result = services().business_case_for("wj", "w-low", loonwaarde=60, on=date(2026, 2, 1))
    assert result["instrument"]["code"] == "loondispensatie"
    assert result["totals"]["lks"] == 0
    assert result["wage"] == {"basis": "cao", "hourly": 10.0}
    # the employer pays the loonwaarde: wage cost and productive value coincide every month
    assert all(m["wage_cost"] == m["productive_value"] > 0 for m in result["per_month"])
    assert result["jobcoach"]["funder"]["code"] == "uwv"
    assert result["totals"]["jobcoach_employer"] == 0


def test_candidate_outside_the_register_gets_no_lkv_and_no_noriskpolis(registry: None) -> None:
    work()
    candidate("out", category=None, needs_jobcoach=True)
    result = services().business_case_for("out", "work-bc", loonwaarde=70)
    assert result["doelgroep"] is None
    assert result["lkv"]["code"] is None and result["noriskpolis"]["code"] is None
    assert result["totals"]["lkv"] == 0 and result["totals"]["noriskpolis_avoided"] == 0
    assert result["instrument"]["code"] == "lks"  # bijstand: the Participatiewet still applies
    assert result["jobcoach"]["funder"]["code"] == "gemeente"


def test_registration_that_starts_after_the_contract_start_does_not_count(registry: None) -> None:
    work(start=date(2025, 6, 1))
    candidate("late", doelgroep_from=date(2025, 9, 1))
    result = services().business_case_for("late", "work-bc", loonwaarde=70)
    assert result["lkv"]["code"] is None
    assert "niet in het doelgroepregister" in result["lkv"]["reason"]["nl"]


def test_without_loonwaarde_the_estimate_is_labelled_and_flagged(registry: None) -> None:
    work()
    candidate("est")
    result = services().business_case_for("est", "work-bc")
    lw = result["loonwaarde"]
    assert lw["kind"] == "estimate" and lw["label"] == {"nl": "schatting", "en": "estimate"}
    assert "geen meting" in lw["explanation"]["nl"] and "not a measurement" in lw["explanation"]["en"]
    assert "schatting, geen meting" in result["summary"]["nl"]
    assert "estimate, not a measurement" in result["summary"]["en"]
    flagged = {p["name"] for p in result["unconfirmed"]}
    assert "loonwaarde_estimate_base_pct" in flagged
    # IV.12 level 1 on an item the work asks for: 80 − 3 × 1 × 2 = 74, rounded to 75
    assert lw["pct"] == 75.0


def test_more_limitations_give_a_lower_estimate(registry: None) -> None:
    work()
    candidate("light", fml_profile={}, bsn=BSNS[0])
    candidate("heavy", bsn=BSNS[1], fml_profile={
        "IV.12": {"level": 2, "value": 5.0}, "V.1": {"level": 2}, "I.1": {"level": 1}})
    light = services().business_case_for("light", "work-bc")["loonwaarde"]["pct"]
    heavy = services().business_case_for("heavy", "work-bc")["loonwaarde"]["pct"]
    assert light == 80.0 and heavy < light


def test_contract_crossing_1_january_and_1_july_follows_the_wml(registry: None) -> None:
    work(start=date(2025, 6, 1), end=date(2026, 7, 31), hours="36")
    candidate("cross")
    result = services().business_case_for("cross", "work-bc", loonwaarde=50)
    assert result["months"] == 14  # from the work's start and end dates
    wml = {m["month"]: m["wml_hourly"] for m in result["per_month"]}
    assert (wml["2025-06"], wml["2025-07"], wml["2025-12"], wml["2026-01"]) == (14.06, 14.40, 14.40, 14.71)
    lks_by_month = {m["month"]: m["lks"] for m in result["per_month"]}
    assert lks_by_month["2025-06"] < lks_by_month["2025-07"] < lks_by_month["2026-01"]
    assert [y["year"] for y in result["per_year"]] == [2025, 2026]
    assert sum(y["net_cost"] for y in result["per_year"]) == pytest.approx(result["totals"]["net_cost"])
    # no WML row for 1 July 2026: the January value is used in July and flagged
    assert any(p["name"] == "wml_hourly_21plus" for p in result["unconfirmed"])


def test_young_candidate_is_paid_the_youth_wml(registry: None) -> None:
    work()
    candidate("young", born=date(2006, 6, 1))  # 19 on 2026-01-01
    result = services().business_case_for("young", "work-bc", loonwaarde=50)
    assert result["age"] == 19
    assert {m["wml_hourly"] for m in result["per_month"]} == {8.83}


def test_carved_role_works_like_any_work_item(registry: None) -> None:
    work("carved", kind="carved_role", start=None, hours="20")
    candidate("pw")
    result = services().business_case_for("pw", "carved", loonwaarde=40, on=date(2026, 3, 1), months=3)
    assert result["work_kind"] == "carved_role" and result["months"] == 3
    assert [m["month"] for m in result["per_month"]] == ["2026-03", "2026-04", "2026-05"]


def test_accommodations_come_from_the_match_when_matching_can_explain(registry: None) -> None:
    from werkbrug.matching.services import explain

    work()
    cand = candidate("acc")
    result = services().business_case_for(cand, "work-bc", loonwaarde=50)
    assert result["accommodations"]["source"] == "matching"
    expected = [a["code"] for a in explain(str(cand.pk), "work-bc", today=date(2026, 1, 1))["accommodations"]]
    assert [a["code"] for a in result["accommodations"]["items"]] == expected


def test_without_matching_the_candidates_needs_and_the_catalogue_are_used(registry: None) -> None:
    w = work()
    w.accommodations_available = ["tilhulp"]
    w.save()
    candidate("needs", needed_accommodations=["tilhulp", "transportkar"])
    result = services().business_case_for("needs", "work-bc", loonwaarde=50, use_matching=False)
    acc = result["accommodations"]
    assert acc["source"] == "candidate_needs" and "catalogus" in acc["source_label"]["nl"]
    assert [a["code"] for a in acc["items"]] == ["transportkar"]  # tilhulp is already in place
    months = result["per_month"]
    # the transportkar (€ 400, one-off, paid by the employer) falls in month 1 only
    assert months[0]["accommodations_employer"] == 400.0 and months[1]["accommodations_employer"] == 0


def test_unknown_ids_raise_a_bilingual_not_found(registry: None) -> None:
    work()
    with pytest.raises(services().NotFound) as caught:
        services().business_case_for("nobody", "work-bc", loonwaarde=50)
    assert "bestaat niet" in caught.value.message.nl and "does not exist" in caught.value.message.en
    candidate("pw")
    with pytest.raises(services().NotFound, match="werk '999999'"):
        services().business_case_for("pw", 999999, loonwaarde=50)
