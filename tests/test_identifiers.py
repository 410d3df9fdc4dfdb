import pytest

from werkbrug.domain.identifiers import bsn_is_valid, check_bsn, check_kvk, normalise_postcode


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "999999990"])
def test_valid_bsns_pass_the_elfproef(bsn: str) -> None:
    assert bsn_is_valid(bsn)


@pytest.mark.parametrize("bsn", ["123456789", "111222334", "000000000", "12345678", "12345678a", ""])
def test_invalid_bsns_fail(bsn: str) -> None:
    assert not bsn_is_valid(bsn)


def test_bsn_with_lost_leading_zero_is_repaired_before_the_check() -> None:
    # 012345672: 0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2-2 = 110 -> divisible by 11
    assert bsn_is_valid("012345672")
    assert check_bsn("bsn", "12345672") is None


def test_bsn_issue_names_field_in_both_languages_without_the_number() -> None:
    issue = check_bsn("bsn", "123456789")
    assert issue is not None and issue.field == "bsn"
    assert "elfproef" in issue.message.nl and "elfproef" in issue.message.en
    assert "123456789" not in str(issue)


@pytest.mark.parametrize("raw,expected", [("1234 ab", "1234AB"), ("1234AB", "1234AB"), ("9999", "9999"),
                                          (" 2511 CV ", "2511CV")])
def test_postcodes_are_normalised(raw: str, expected: str) -> None:
    assert normalise_postcode(raw) == expected


@pytest.mark.parametrize("raw", ["0123 AB", "1234 SS", "12345", "ABCD", "1234 A1"])
def test_invalid_postcodes_are_refused(raw: str) -> None:
    assert normalise_postcode(raw) is None


def test_kvk_must_be_eight_digits() -> None:
    assert check_kvk("kvk_number", "12345678") is None
    assert check_kvk("kvk_number", "1234567") is not None
    assert check_kvk("kvk_number", "1234567a") is not None
