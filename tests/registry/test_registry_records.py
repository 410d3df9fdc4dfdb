"""Record rules that hold whatever channel a record comes in by."""

from datetime import date
from decimal import Decimal

from record_values import candidate_values
from werkbrug.domain.records import check_record


def codes(issues: list) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in issues}


def test_a_complete_candidate_has_no_issues() -> None:
    assert check_record("candidates", candidate_values()) == []


def test_every_problem_in_a_record_is_reported_at_once() -> None:
    values = candidate_values(bsn="123456789", postcode="12AB", situation="zwerven",
                              wish_hours_min=Decimal("30"), wish_hours_max=Decimal("20"),
                              fml_profile={"IV.12": {"level": 3}, "XX.1": {"level": 1}}, given_name="")
    found = codes(check_record("candidates", values))
    assert found >= {("bsn", "bsn_invalid"), ("postcode", "postcode_invalid"), ("situation", "unknown_code"),
                     ("wish_hours_max", "order"), ("fml_profile", "fml_level"),
                     ("fml_profile", "fml_unknown_item"), ("given_name", "required")}


def test_hours_out_of_range_are_refused_with_the_limit_named() -> None:
    issues = check_record("candidates", candidate_values(wish_hours_max=Decimal("61")))
    assert [(i.field, i.code) for i in issues] == [("wish_hours_max", "too_large")]
    assert "60" in issues[0].message.nl and "60" in issues[0].message.en


def test_doelgroep_needs_a_start_date_and_periods_run_forward() -> None:
    found = codes(check_record("candidates", candidate_values(doelgroep_from=None)))
    assert ("doelgroep_from", "required") in found
    found = codes(check_record("candidates", candidate_values(doelgroep_to=date(2020, 1, 1))))
    assert ("doelgroep_to", "order") in found


def test_a_birth_date_in_the_future_is_refused() -> None:
    assert ("date_of_birth", "out_of_range") in codes(
        check_record("candidates", candidate_values(date_of_birth=date(2999, 1, 1))))


def test_kvk_and_sector_of_an_organisation_are_checked() -> None:
    found = codes(check_record("organisations", {"external_key": "o", "name": "X", "kind": "employer",
                                                 "kvk_number": "1234", "sector": "private"}))
    assert found == {("kvk_number", "kvk_invalid"), ("sector", "unknown_code")}


def test_a_placement_end_reason_needs_an_end_date() -> None:
    values = {"external_key": "p", "candidate": "c", "work": "w", "kind": "dienstverband",
              "employer_of_record": "e", "hours_per_week": Decimal("20"), "start_date": date(2025, 1, 1),
              "end_reason": "ziekte"}
    assert codes(check_record("placements", values)) == {("end_date", "required")}


def test_partial_checks_only_look_at_given_fields() -> None:
    assert check_record("candidates", {"wish_hours_max": Decimal("20")}, partial=True) == []
    assert codes(check_record("candidates", {"bsn": "1"}, partial=True)) == {("bsn", "bsn_invalid")}
