"""Quotum liability, quotumtekort and levy (rules-nl.md 1.7 and the 6.2 vectors)."""

from decimal import Decimal as D

import pytest

from werkbrug.domain.banenafspraak.quotum import (
    assess_quotum,
    quotum_parameters,
    shortfall_banen,
    threshold_hours,
    whole_banen,
)
from werkbrug.domain.errors import DomainValidationError

# the 2018 example in yearly terms: 90.000 h/week over a year of 1.331 / 25,5 weeks
A_2018 = D(90000) * D(1331) / D("25.5")


def test_threshold_is_25_times_1623() -> None:
    assert threshold_hours(D(1623), D(25)) == D(40575)
    assert quotum_parameters(2018, "overheid").threshold_hours == D(40575)


@pytest.mark.parametrize(("hours", "liable"), [(D(40574), False), (D(40575), True)])
def test_threshold_boundary(hours: D, liable: bool) -> None:
    assert assess_quotum(2018, "overheid", hours, D(0)).liable is liable


def test_previous_year_below_threshold_exempts() -> None:
    result = assess_quotum(2018, "overheid", D(100000), D(0), previous_year_hours=D(40574))
    assert not result.liable and result.levy_eur == 0 and result.shortfall_banen == 0


def test_2018_example_weekly_1737_hours_is_68_banen() -> None:
    hours = D(90000) * D("1.93") / 100
    assert hours == D(1737)
    assert (hours / D("25.5")).quantize(D("0.1")) == D("68.1")
    assert whole_banen(shortfall_banen(A_2018, D("1.93"), D(0), D(1331))) == 68


def test_2018_example_with_40_banen_gives_28_and_140000_eur() -> None:
    result = assess_quotum(2018, "overheid", A_2018, D(40) * D(1331))
    assert result.liable
    assert result.shortfall_unrounded.quantize(D("0.1")) == D("28.1")
    assert result.shortfall_banen == 28
    assert result.levy_eur == D(140000)
    ids = {c.id for c in result.parameters.caveats}
    assert "no_levy_before_2026" in ids and "wet_banenafspraak_2026" not in ids


def test_shortfall_is_never_negative() -> None:
    assert shortfall_banen(D(100000), D("1.93"), D(50000), D(1331)) == 0
    assert assess_quotum(2018, "overheid", D(100000), D(50000)).levy_eur == 0


def test_2026_carries_the_law_change_caveat_and_unconfirmed_percentage() -> None:
    result = assess_quotum(2026, "overheid", A_2018, D(0))
    assert result.parameters.quotumpercentage.unconfirmed
    caveats = {c.id: c for c in result.parameters.caveats}
    assert "wet_banenafspraak_2026" in caveats and "no_levy_before_2026" not in caveats
    assert caveats["wet_banenafspraak_2026"].unconfirmed
    assert "inclusiviteitsopslag" in caveats["wet_banenafspraak_2026"].message.nl


@pytest.mark.parametrize(("year", "sector"), [(2019, "overheid"), (2018, "markt"), (2025, "overheid")])
def test_years_without_a_percentage_say_so_and_do_not_reuse_an_earlier_year(year: int, sector: str) -> None:
    with pytest.raises(DomainValidationError, match=f"no quotumpercentage known for {year}/{sector}"):
        assess_quotum(year, sector, D(50000), D(0))


def test_bad_input() -> None:
    with pytest.raises(DomainValidationError, match="hours_per_year"):
        assess_quotum(2018, "overheid", D(-1), D(0))
    with pytest.raises(DomainValidationError, match="doelgroep_hours_per_year"):
        assess_quotum(2018, "overheid", D(1), D(-5))
    with pytest.raises(DomainValidationError, match="unknown sector"):
        assess_quotum(2018, "zorg", D(1), D(0))


def test_output_lists_parameters_with_sources() -> None:
    data = assess_quotum(2018, "overheid", A_2018, D(0)).as_dict()
    names = {p["name"] for p in data["parameters"]}
    assert {"quotumpercentage_overheid", "werknemer_average_hours_per_year",
            "quotum_threshold_factor", "arbeidsbeperkte_average_hours_per_year",
            "quotumheffing_per_baan_eur"} <= names
    assert all(p["source"] for p in data["parameters"])
