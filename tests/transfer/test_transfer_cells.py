"""Cell parsing and formatting (werkbrug.domain.tabular): pure, no database."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from transfer_paths import make_bsn

from werkbrug.domain import tabular
from werkbrug.domain.identifiers import bsn_is_valid
from werkbrug.domain.schema import KINDS

ORG = KINDS["organisations"]
CAND = KINDS["candidates"]
TASK = KINDS["tasks"]


def parse(kind, name, raw):
    return tabular.parse_cell(kind.column(name), raw)


@pytest.mark.parametrize("raw, expected", [
    ("12,5", Decimal("12.5")), ("12.5", Decimal("12.5")), ("1.234,5", Decimal("1234.5")),
    ("1,234.5", Decimal("1234.5")), ("-3,25", Decimal("-3.25")), (" 7 ", Decimal("7")),
    (7, Decimal("7")), (52.0907, Decimal("52.0907")),
])
def test_decimals_take_a_comma_or_a_point(raw, expected):
    assert parse(ORG, "verloonde_uren_per_year", raw) == (expected, [])


@pytest.mark.parametrize("raw", ["12,5,5", "twaalf", "1e5", "NaN", "12,"])
def test_bad_decimals_name_the_value(raw):
    value, issues = parse(ORG, "verloonde_uren_per_year", raw)
    assert value is None and [i.code for i in issues] == ["not_decimal"]
    assert raw in issues[0].message.nl


@pytest.mark.parametrize("raw, expected", [
    ("31-12-2024", date(2024, 12, 31)), ("1-2-2024", date(2024, 2, 1)), ("2024-12-31", date(2024, 12, 31)),
    ("31/12/2024", date(2024, 12, 31)), (datetime(2024, 5, 6, 0, 0), date(2024, 5, 6)),
])
def test_dates_dutch_and_iso(raw, expected):
    assert parse(CAND, "registered_on", raw) == (expected, [])


@pytest.mark.parametrize("raw", ["31-02-2024", "2024/12/31", "12-31", "morgen"])
def test_bad_dates(raw):
    value, issues = parse(CAND, "registered_on", raw)
    assert value is None and issues[0].code == "not_date"
    assert str(issues[0].message) == f"'{raw}' is geen datum (dd-mm-jjjj) / '{raw}' is not a date (dd-mm-yyyy)"


@pytest.mark.parametrize("raw, expected", [
    ("ja", True), ("Nee", False), ("true", True), ("FALSE", False), ("1", True), ("0", False),
    (True, True), (0, False),
])
def test_booleans(raw, expected):
    assert parse(CAND, "driving_licence", raw) == (expected, [])


def test_bad_boolean():
    assert parse(CAND, "driving_licence", "misschien")[1][0].code == "not_bool"


def test_empty_cells_are_none():
    for raw in ("", "   ", None):
        assert parse(CAND, "driving_licence", raw) == (None, [])
        assert parse(CAND, "skills", raw) == (None, [])


def test_lists_codes_and_identifiers():
    assert parse(CAND, "wish_day_parts", "ochtend | Middag|") == (["ochtend", "middag"], [])
    assert parse(ORG, "kind", "Gemeente") == ("gemeente", [])
    assert parse(CAND, "postcode", "3511 ab") == ("3511AB", [])
    assert parse(CAND, "bsn", "11222333") == ("011222333", [])
    assert parse(CAND, "bsn", 111222333) == ("111222333", [])
    assert parse(ORG, "kvk_number", 1234567) == ("01234567", [])
    assert parse(CAND, "email", "geen-adres")[1][0].code == "email_invalid"


def test_ints():
    assert parse(ORG, "employees", "42") == (42, [])
    assert parse(ORG, "employees", 42.0) == (42, [])
    assert parse(ORG, "employees", "4,5")[1][0].code == "not_int"


def test_fml_cells_use_the_compact_form():
    value, issues = parse(TASK, "fml_demand", "tillen=1:5|VI.3=1:24")
    assert issues == [] and value == {"IV.12": {"level": 1, "value": 5.0}, "VI.3": {"level": 1, "value": 24.0}}
    assert tabular.format_cell(TASK.column("fml_demand"), value) == "IV.12=1:5;VI.3=1:24"
    _, bad = parse(TASK, "fml_demand", "IV.12=7")
    assert [i.code for i in bad] == ["fml_level"]


@pytest.mark.parametrize("text", ["=SUM(A1:A3)", "+31 6 12345678", "-geen-", "@home", "\tinspringen",
                                  "\rregel", "'=al gequote", "''+twee", "'gewoon", "gewoon", "a=b"])
def test_neutralised_text_round_trips(text):
    written = tabular.format_cell(ORG.column("name"), text)
    assert not written.startswith(tabular.FORMULA_STARTS)
    assert tabular.unneutralise(written) == text
    value, issues = tabular.parse_cell(ORG.column("arbeidsmarktregio"), written)
    assert issues == [] and value == text.strip() if not text.startswith(("\t", "\r")) else value == text


def test_only_one_apostrophe_is_removed():
    assert tabular.neutralise("=1") == "'=1"
    assert tabular.unneutralise("''=1") == "'=1"
    assert tabular.unneutralise("'tekst") == "'tekst"


def test_a_bare_formula_is_refused():
    value, issues = parse(ORG, "name", "=HYPERLINK(\"x\")")
    assert value is None and issues[0].code == "formula"


def test_numbers_are_not_neutralised():
    assert tabular.format_cell(ORG.column("verloonde_uren_per_year"), Decimal("-12.50")) == "-12,5"
    assert tabular.format_cell(CAND.column("latitude"), 52.0) == "52"
    assert tabular.format_cell(CAND.column("driving_licence"), False) == "nee"
    assert tabular.format_cell(CAND.column("registered_on"), date(2024, 1, 5)) == "05-01-2024"


def test_bsn_helper_makes_valid_numbers():
    made = {make_bsn(n) for n in range(10_000_000, 10_000_500, 7)}
    assert len(made) > 50 and all(bsn_is_valid(b) for b in made)
    assert all(bsn_is_valid(b) for b in ("111222333", "123456782", "999999990"))
