"""National and sector targets as data, unconfirmed years flagged (rules-nl.md 1.3)."""

from decimal import Decimal as D

import pytest

from werkbrug.domain.banenafspraak.targets import (
    progress_against_ambition,
    progress_against_target,
    target,
)
from werkbrug.domain.errors import DomainValidationError


@pytest.mark.parametrize(("year", "markt", "overheid", "total"), [
    (2016, 14000, 6500, 20500), (2017, 23000, 10000, 33000), (2019, 40000, 15000, 55000),
    (2022, 70000, 22500, 92500)])
def test_confirmed_years_add_up(year: int, markt: int, overheid: int, total: int) -> None:
    versions = [target(year, s) for s in ("markt", "overheid", "total")]
    assert [v.decimal for v in versions] == [markt, overheid, total]
    assert not any(v.unconfirmed for v in versions)


def test_every_year_sums_and_unconfirmed_years_are_flagged() -> None:
    for year in range(2015, 2026):
        assert target(year, "markt").decimal + target(year, "overheid").decimal == target(year, "total").decimal
    assert target(2018, "total").unconfirmed and target(2024, "overheid").unconfirmed
    assert not target(2023, "total").unconfirmed and target(2023, "markt").unconfirmed
    assert target(2025, "total").decimal == 125000


def test_progress_2017_driemeting() -> None:
    markt = progress_against_target(D(30432), 2017, "markt")
    overheid = progress_against_target(D(6471), 2017, "overheid")
    assert markt.met and not overheid.met
    assert overheid.as_dict()["percent"] == "64.7"


def test_unknown_year_or_sector() -> None:
    with pytest.raises(DomainValidationError, match="no target known for 2030/total"):
        target(2030, "total")
    with pytest.raises(DomainValidationError, match="unknown sector"):
        target(2020, "zorg")


def test_baanambitie_progress() -> None:
    assert progress_against_ambition(D(3), D(4)).percent == 75
