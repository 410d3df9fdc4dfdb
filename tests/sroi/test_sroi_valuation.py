"""Valuation of fulfilment entries: the 6.2 example, count limits, bonuses, table versions."""

from datetime import date
from decimal import Decimal as D

import pytest

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.sroi.loader import get_method, parse_method
from werkbrug.domain.sroi.obligation import fulfilment_progress, obligation
from werkbrug.domain.sroi.valuation import FulfilmentEntry, value_entry

HAAGLANDEN = get_method("haaglanden-2023")
START = date(2024, 1, 1)


def value(method: str, category: str, hours: str = "36", months: str = "12", **extra: object) -> D:
    entry = FulfilmentEntry(category, D(hours), D(months), **extra)  # type: ignore[arg-type]
    return value_entry(get_method(method), entry, START).value_eur


def test_6_2_example_one_fte_banenafspraak_fulfils_5_percent_of_a_million() -> None:
    required = obligation(D(1000000), D(5)).amount_eur
    assert required == D(50000)
    assert value("haaglanden-2023", "banenafspraak") == D(50000)
    half = value("haaglanden-2023", "banenafspraak", hours="18")
    assert half == D(25000)
    assert fulfilment_progress(required, [half, D(25000)]).met
    assert not fulfilment_progress(required, [half]).met
    assert fulfilment_progress(required, [half]).remaining_eur == D(25000)


@pytest.mark.parametrize(("category", "months", "expected"), [
    ("ww", "24", D(20000)),                 # max 12 months
    ("participatiewet", "36", D(80000)),    # max 24 months
    ("wia", "12", D(30000)),
    ("banenafspraak", "36", D(150000)),     # always
    ("bbl-niveau-3", "48", D(45000)),       # max 36 months
])
def test_haaglanden_count_limits(category: str, months: str, expected: D) -> None:
    assert value("haaglanden-2023", category, months=months) == expected


def test_haaglanden_bonuses() -> None:
    assert value("haaglanden-2023", "ww", age=55) == D(30000)
    assert value("haaglanden-2023", "ww", age=54) == D(20000)
    assert value("haaglanden-2023", "banenafspraak", hours="18", months="6", age=60,
                 flags=frozenset({"dienstverband-arbeidsbeperking"})) == D(17500)


def test_holland_rijnland_values_no_count_limit_and_bonuses() -> None:
    assert value("holland-rijnland-2023", "participatiewet-arbeidsbeperking", months="24") == D(100000)
    assert value("holland-rijnland-2023", "wia", age=55) == D(55000)
    assert value("holland-rijnland-2023", "pro-vso-dienstverband", flags=frozenset({"na-stage"})) == D(35000)
    assert value("holland-rijnland-2023", "ww", flags=frozenset({"na-stage"})) == D(15000)  # not this category
    day = value_entry(get_method("holland-rijnland-2023"),
                      FulfilmentEntry("maatschappelijke-activiteit", days=D(3)), START)
    assert day.value_eur == D(3000)
    assert any("no count limit" in c for c in value_entry(
        get_method("holland-rijnland-2023"), FulfilmentEntry("ww", D(36), D(12)), START).caveats)


def test_rijnvicus_values_and_55_plus() -> None:
    assert value("rijnvicus", "participatiewet-langer-dan-2-jaar") == D(30000)
    assert value("rijnvicus", "wajong", hours="27", age=58) == D("26250")


def test_utrecht_bonuses_stack_and_hours_are_capped_at_full_time() -> None:
    assert value("utrecht", "ww", age=51, permanent_contract=True,
                 flags=frozenset({"statushouder-taalachterstand"})) == D(50000)
    assert value("utrecht", "ww", hours="40") == D(20000)


def test_costs_and_per_hour_categories() -> None:
    secrid = value_entry(get_method("utrecht"), FulfilmentEntry("inkoop-sociaal-bedrijf",
                                                                amount_eur=D("12345.67")), START)
    assert secrid.value_eur == D("12345.67") and secrid.kind == "costs"
    hours = value_entry(get_method("utrecht"), FulfilmentEntry("maatschappelijke-activiteit",
                                                               hours=D(15)), START)
    assert hours.value_eur == D(1500)


def test_contract_spanning_a_table_change_keeps_the_table_of_its_start() -> None:
    utrecht = get_method("utrecht")
    entry = FulfilmentEntry("banenafspraak", D(36), D(12), start_date=date(2023, 3, 1))
    old = value_entry(utrecht, entry, contract_start=date(2020, 6, 1))
    new = value_entry(utrecht, entry)  # no contract: the entry's own start picks the table
    assert (old.value_eur, old.table_valid_from) == (D(35000), date(2016, 1, 1))
    assert (new.value_eur, new.table_valid_from) == (D(50000), date(2022, 1, 1))
    with pytest.raises(DomainValidationError, match="category: .*participatiewet-korter-dan-2-jaar"):
        value_entry(utrecht, FulfilmentEntry("participatiewet", D(36), D(12)), date(2020, 6, 1))


def test_synthetic_table_change_within_one_method() -> None:
    text = """id = "regio"\nname = "R"\nregion = "R"\n""" + "".join(
        f"""[[version]]\nvalid_from = {d}\nsource = "s"\nfulltime_hours_per_week = 36\n"""
        f"""[[version.category]]\nid = "ww"\nname = "WW"\nvalue_per_year = {v}\ncount_limit_months = 12\n"""
        for d, v in (("2024-07-01", 12000), ("2023-01-01", 10000)))
    method = parse_method(text, "regio.toml")
    entry = FulfilmentEntry("ww", D(36), D(12), start_date=date(2024, 9, 1))
    assert value_entry(method, entry, contract_start=date(2024, 6, 30)).value_eur == D(10000)
    assert value_entry(method, entry, contract_start=date(2024, 7, 1)).value_eur == D(12000)


def test_a_contract_before_the_first_table_is_refused() -> None:
    with pytest.raises(DomainValidationError, match="haaglanden-2023 has no table before 2023-07-01"):
        value_entry(HAAGLANDEN, FulfilmentEntry("ww", D(36), D(12)), date(2023, 6, 30))


@pytest.mark.parametrize(("entry", "field"), [
    (FulfilmentEntry("ww", D(-1), D(12)), "hours_per_week"),
    (FulfilmentEntry("ww", D(36), D(0)), "months"),
    (FulfilmentEntry("ww", D(36), D(-3)), "months"),
    (FulfilmentEntry("ww", None, D(12)), "hours_per_week"),
    (FulfilmentEntry("opleidings-begeleidingskosten"), "amount_eur"),
    (FulfilmentEntry("onbekend", D(36), D(12)), "category"),
])
def test_bad_entries(entry: FulfilmentEntry, field: str) -> None:
    with pytest.raises(DomainValidationError) as error:
        value_entry(HAAGLANDEN, entry, START)
    assert error.value.issues[0].field == field


def test_obligation_base_and_pso_discount() -> None:
    assert obligation(D(400000), D(5), base="wage_sum").amount_eur == D(20000)
    assert obligation(D(1000000), D(5), pso_discount_percent=D(20)).amount_eur == D(40000)
    with pytest.raises(DomainValidationError, match="base"):
        obligation(D(1), D(5), base="turnover")
    with pytest.raises(DomainValidationError, match="percentage"):
        obligation(D(1), D(105))
