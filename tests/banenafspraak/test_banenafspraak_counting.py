"""Counting payroll hours: inlener credit, doelgroep periods, aggregation, bad input."""

from datetime import date
from decimal import Decimal as D

import pytest

from werkbrug.domain.banenafspraak.counting import (
    DoelgroepPeriod,
    PayrollRecord,
    aggregate,
    credited_employer,
    in_doelgroep,
)
from werkbrug.domain.errors import DomainValidationError

UNIT = D(1331)


def month(person: str, employer: str, m: int, hours: str, inlener: str | None = None,
          year: int = 2024) -> PayrollRecord:
    end = date(year, m + 1, 1).toordinal() - 1 if m < 12 else date(year, 12, 31).toordinal()
    return PayrollRecord(person, employer, date(year, m, 1), date.fromordinal(end), D(hours), inlener)


def test_detachering_counts_for_the_inlener() -> None:
    record = month("p1", "sw-bedrijf", 1, "110.5", inlener="gemeente")
    assert credited_employer(record) == "gemeente"
    totals = aggregate([record], [DoelgroepPeriod("p1", date(2020, 1, 1))],
                       by=("employer", "year"), hours_per_baan_per_year=UNIT)
    assert set(totals) == {("gemeente", "2024")}
    assert credited_employer(month("p1", "bakkerij", 1, "1")) == "bakkerij"


def test_entering_the_doelgroep_mid_period_counts_the_whole_period() -> None:
    record = month("p1", "e1", 3, "100")
    assert in_doelgroep(record, [DoelgroepPeriod("p1", date(2024, 3, 20))])
    assert not in_doelgroep(record, [DoelgroepPeriod("p1", date(2024, 4, 1))])


def test_leaving_the_doelgroep_mid_period_counts_the_whole_period_and_not_after() -> None:
    periods = [DoelgroepPeriod("p1", date(2020, 1, 1), date(2024, 3, 5))]
    records = [month("p1", "e1", m, "100") for m in (2, 3, 4)]
    totals = aggregate(records, periods, by=("employer", "quarter"), hours_per_baan_per_year=UNIT)
    assert totals[("e1", "2024-Q1")].hours == D(200)
    assert ("e1", "2024-Q2") not in totals


def test_people_outside_the_doelgroep_do_not_count() -> None:
    totals = aggregate([month("p2", "e1", 1, "100")], [DoelgroepPeriod("p1", date(2020, 1, 1))],
                       by=("employer", "year"), hours_per_baan_per_year=UNIT)
    assert totals == {}


def test_aggregation_per_sector_region_and_quarter_in_banen() -> None:
    periods = [DoelgroepPeriod(p, date(2020, 1, 1)) for p in ("p1", "p2")]
    records = [month("p1", "e1", m, "110.5") for m in range(1, 13)]
    records += [month("p2", "uitzendbureau", m, "110.5", inlener="e2") for m in range(1, 13)]
    sectors, regions = {"e1": "markt", "e2": "overheid"}, {"e1": "Holland Rijn", "e2": "Holland Rijn"}
    by_year = aggregate(records, periods, by=("sector", "year"), sectors=sectors,
                        hours_per_baan_per_year=UNIT)
    assert by_year[("markt", "2024")].hours == D(1326)
    assert by_year[("overheid", "2024")].persons == {"p2"}
    assert by_year[("markt", "2024")].banen.quantize(D("0.01")) == D("1.00")
    by_region = aggregate(records, periods, by=("region", "quarter"), regions=regions,
                          hours_per_baan_per_year=UNIT)
    q1 = by_region[("Holland Rijn", "2024-Q1")]
    assert q1.hours == D("663") and len(q1.persons) == 2
    assert q1.banen.quantize(D("0.01")) == D("1.99")


def test_bad_records_are_refused_without_naming_persons() -> None:
    periods = [DoelgroepPeriod("secret-person", date(2020, 1, 1))]
    with pytest.raises(DomainValidationError, match="record 1.hours") as negative:
        aggregate([month("secret-person", "e1", 1, "-1")], periods, hours_per_baan_per_year=UNIT)
    assert "secret-person" not in str(negative.value)
    overlapping = [month("p1", "e1", 1, "10"),
                   PayrollRecord("p1", "e1", date(2024, 1, 15), date(2024, 2, 14), D(10))]
    with pytest.raises(DomainValidationError, match="record 2.period_start: .*overlap"):
        aggregate(overlapping, periods, hours_per_baan_per_year=UNIT)
    reversed_period = PayrollRecord("p1", "e1", date(2024, 2, 1), date(2024, 1, 1), D(10))
    with pytest.raises(DomainValidationError, match="period_end"):
        aggregate([reversed_period], periods, hours_per_baan_per_year=UNIT)


def test_overlapping_doelgroep_periods_and_bad_groupings_are_refused() -> None:
    periods = [DoelgroepPeriod("p1", date(2020, 1, 1)), DoelgroepPeriod("p1", date(2022, 1, 1))]
    with pytest.raises(DomainValidationError, match="doelgroep period 2.start"):
        aggregate([], periods, hours_per_baan_per_year=UNIT)
    with pytest.raises(DomainValidationError, match="unknown grouping gemeente"):
        aggregate([], [], by=("gemeente", "year"), hours_per_baan_per_year=UNIT)
    with pytest.raises(DomainValidationError, match="exactly one of year and quarter"):
        aggregate([], [], by=("employer",), hours_per_baan_per_year=UNIT)


def test_same_person_at_two_employers_in_one_month_is_not_an_overlap() -> None:
    periods = [DoelgroepPeriod("p1", date(2020, 1, 1))]
    totals = aggregate([month("p1", "e1", 1, "40"), month("p1", "e2", 1, "60")], periods,
                       by=("employer", "year"), hours_per_baan_per_year=UNIT)
    assert totals[("e1", "2024")].hours == 40 and totals[("e2", "2024")].hours == 60
