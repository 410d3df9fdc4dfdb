"""Loonkostenvoordeel (rules-nl.md 2.5 and 6.2)."""

from datetime import date
from decimal import Decimal

import pytest

from werkbrug.domain.business.lkv import lkv
from werkbrug.domain.errors import DomainValidationError

Y2025 = date(2025, 6, 1)


def test_rules_nl_vectors_2025() -> None:
    assert lkv(Y2025, 1326).per_year.value == Decimal("1339.26")
    capped = lkv(Y2025, 2080)
    assert capped.per_year.value == Decimal("2000.00")
    assert capped.cap_reached_at_hours == Decimal("1980.20")
    assert lkv(Y2025, 1980).per_year.value == Decimal("1999.80")
    assert lkv(Y2025, 1981).per_year.value == Decimal("2000.00")
    assert not capped.per_year.unconfirmed


def test_2026_amounts_are_flagged_unconfirmed() -> None:
    result = lkv(date(2026, 6, 1), 1326)
    assert result.per_year.value == Decimal("1339.26")
    assert result.per_year.unconfirmed


def test_hires_before_2026_keep_the_three_year_limit() -> None:
    start = date(2025, 3, 1)
    last = lkv(date(2028, 6, 1), 1326, start)
    assert last.per_year.value == Decimal("1339.26")
    assert any("2028-03-01" in n.en for n in last.terms.notes)
    assert lkv(date(2029, 6, 1), 1326, start).per_year.value == 0
    assert any("doelgroepverklaring requested within 3 months" in n.en
               for n in lkv(Y2025, 1326, start).terms.notes)


def test_hires_from_2026_have_no_limit_and_need_no_verklaring() -> None:
    result = lkv(date(2032, 6, 1), 1326, date(2026, 2, 1))
    assert result.terms.eligible and result.per_year.value == Decimal("1339.26")
    assert any("no doelgroepverklaring" in n.en for n in result.terms.notes)


def test_other_kinds() -> None:
    assert lkv(Y2025, 1000, kind="arbeidsgehandicapt").per_year.value == Decimal("3050.00")
    assert lkv(Y2025, 2080, kind="arbeidsgehandicapt").per_year.value == Decimal("6000.00")
    assert lkv(date(2026, 6, 1), 1000, date(2025, 3, 1), kind="herplaatsen").per_year.value == Decimal("3050.00")
    assert lkv(date(2027, 6, 1), 1000, date(2025, 3, 1), kind="herplaatsen").per_year.value == 0
    assert lkv(Y2025, 1000, kind="oudere").per_year.value == Decimal("1350.00")
    assert lkv(Y2025, 2080, kind="oudere").per_year.value == Decimal("2600.00")
    assert lkv(date(2026, 1, 1), 1000, kind="oudere").per_year.value == 0  # not after 2025-12-31


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"hours_per_year": -1}, "hours_per_year"),
    ({"hours_per_year": 9000}, "hours_per_year"),
    ({"hours_per_year": 100, "kind": "unknown"}, "kind"),
    ({"hours_per_year": 100, "start_date": date(2026, 1, 1)}, "start_date"),
])
def test_invalid_input(kwargs: dict, field: str) -> None:
    with pytest.raises(DomainValidationError) as error:
        lkv(Y2025, **kwargs)
    assert error.value.issues[0].field == field


def test_dates_before_the_first_parameter() -> None:
    with pytest.raises(DomainValidationError) as error:
        lkv(date(2024, 6, 1), 100)
    assert error.value.issues[0].code == "before_first_parameter"
