"""Uniform loonwaarde method: validation, the worked tempo example, rounding, the combination rule."""

from datetime import date
from decimal import Decimal as D

import pytest

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.loonwaarde import Hoofdtaak, Measurement, compute_loonwaarde, tempo_pct
from werkbrug.domain.parameters import build_parameter_set, load_parameters

ON = date(2026, 3, 1)


def task(name: str, hours: str, days: list[int], tempo: str = "100", kwaliteit: str = "100",
         netto: str = "100") -> Hoofdtaak:
    return Hoofdtaak(name, D(hours), tuple(D(m) for m in days), D(tempo), D(kwaliteit), D(netto))


def codes(error: pytest.ExceptionInfo[DomainValidationError]) -> list[str]:
    return [i.code for i in error.value.issues]


def test_worked_tempo_example_norm_80_worker_70() -> None:
    assert tempo_pct(D(80), D(70)) == D("87.5")


def test_tempo_is_capped_at_100() -> None:
    assert tempo_pct(D(80), D(96)) == D(100)


def test_sum_of_arbeidsprestaties_hand_computed() -> None:
    # 24/32 × 87.5 = 65.625; 8/32 × 50 × 0.9 × 0.8 = 9; sum 74.625 -> 75
    m = Measurement(D(32), (task("inpakken", "24", [360] * 4, tempo="87.5"),
                            task("stickeren", "8", [120] * 4, tempo="50", kwaliteit="90", netto="80")))
    result = compute_loonwaarde(m, ON)
    assert result.loonwaarde_pct == 75
    assert result.unrounded_pct == D("74.625")
    assert [t.arbeidsprestatie_pct for t in result.tasks] == [D("65.625"), D(9)]
    assert result.rule.name == "time_share_x_tempo_x_kwaliteit_x_netto_werktijd"
    data = result.as_dict()
    assert data["rule"]["name"] == result.rule.name
    assert [p["name"] for p in data["unconfirmed"]] == ["loonwaarde_combination_rule"]


@pytest.mark.parametrize(("tempo", "expected"), [("74.4", 74), ("74.5", 75), ("74.6", 75)])
def test_rounded_arithmetically_to_whole_percents(tempo: str, expected: int) -> None:
    m = Measurement(D(20), (task("schoonmaken", "20", [240] * 5, tempo=tempo),))
    assert compute_loonwaarde(m, ON).loonwaarde_pct == expected


def test_combination_rule_is_a_dated_parameter() -> None:
    override = """[[loonwaarde_combination_rule]]
value = "time_share_x_tempo_x_kwaliteit"
valid_from = 2026-01-01
source = "test"
"""
    shipped = load_parameters()
    texts = [override]
    params = build_parameter_set(texts)
    merged = type(shipped)({**shipped.table, "loonwaarde_combination_rule":
                            shipped.table["loonwaarde_combination_rule"] + params.table["loonwaarde_combination_rule"]})
    m = Measurement(D(20), (task("a", "20", [240] * 5, tempo="80", netto="50"),))
    assert compute_loonwaarde(m, date(2025, 12, 31), merged).loonwaarde_pct == 40
    assert compute_loonwaarde(m, ON, merged).loonwaarde_pct == 80


def test_task_under_one_sixteenth_names_the_hoofdtaak() -> None:
    # 1/16 of 32 hours = 2 hours; 1.5 hours is too little even at 30 minutes a day
    m = Measurement(D(32), (task("inpakken", "30.5", [366] * 5), task("koffie", "1.5", [30, 30, 30])))
    with pytest.raises(DomainValidationError) as error:
        compute_loonwaarde(m, ON)
    assert "below_share" in codes(error)
    assert "'koffie'" in str(error.value) and "1/16" in str(error.value)


def test_task_under_30_minutes_on_a_working_day() -> None:
    m = Measurement(D(20), (task("a", "16", [200, 200, 200, 200, 160]), task("post", "4", [60, 60, 60, 40, 20])))
    with pytest.raises(DomainValidationError) as error:
        compute_loonwaarde(m, ON)
    assert codes(error) == ["below_daily_minimum"]
    assert "'post'" in error.value.issues[0].message.nl and "werkdag 5" in error.value.issues[0].message.nl
    assert "working day 5" in error.value.issues[0].message.en


def test_shares_must_add_up_to_the_contract_hours() -> None:
    m = Measurement(D(32), (task("a", "24", [360] * 4), task("b", "6", [90] * 4)))
    with pytest.raises(DomainValidationError) as error:
        compute_loonwaarde(m, ON)
    assert codes(error) == ["shares_do_not_add_up"]
    assert "30" in error.value.issues[0].message.en and "32" in error.value.issues[0].message.en


def test_sixth_hoofdtaak_refused() -> None:
    tasks = tuple(task(f"taak{i}", "6", [72] * 5) for i in range(6))
    with pytest.raises(DomainValidationError) as error:
        compute_loonwaarde(Measurement(D(36), tasks), ON)
    assert codes(error) == ["too_many"]
    assert "taak5" in str(error.value)


def test_tempo_above_100_refused_and_minutes_must_match_hours() -> None:
    m = Measurement(D(10), (task("a", "10", [120] * 4, tempo="110"),))
    with pytest.raises(DomainValidationError) as error:
        compute_loonwaarde(m, ON)
    assert sorted(codes(error)) == ["day_week_mismatch", "out_of_range"]
