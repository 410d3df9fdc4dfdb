from werkbrug.domain.fml import format_profile, load_catalogue, parse_profile, validate_profile


def test_catalogue_has_six_rubrieken_with_the_documented_item_counts() -> None:
    catalogue = load_catalogue()
    assert [r.code for r in catalogue.rubrieken] == ["I", "II", "III", "IV", "V", "VI"]
    assert [len(r.items) for r in catalogue.rubrieken] == [9, 12, 8, 21, 10, 4]
    assert catalogue.resolve("tillen") is catalogue.items["IV.12"]
    assert catalogue.items["IV.12"].unit == "kg" and catalogue.items["IV.12"].norm == 15


def test_compact_text_round_trips() -> None:
    profile, issues = parse_profile("fml", "tillen=1:5; VI.3=1:20 ;I.1=2")
    assert issues == []
    assert profile == {"I.1": {"level": 2}, "IV.12": {"level": 1, "value": 5.0}, "VI.3": {"level": 1, "value": 20.0}}
    assert format_profile(profile) == "I.1=2;IV.12=1:5;VI.3=1:20"
    assert parse_profile("fml", format_profile(profile))[0] == profile


def test_decimal_comma_is_accepted_in_values() -> None:
    profile, issues = parse_profile("fml", "IV.12=1:7,5")
    assert issues == [] and profile["IV.12"]["value"] == 7.5


def test_bad_entries_name_the_item() -> None:
    _, issues = parse_profile("fml", "IV.12=3;foo=1;I.1=x")
    texts = " ".join(str(i) for i in issues)
    assert "IV.12" in texts and "'foo=1'" in texts and "I.1" in texts
    assert len(issues) == 3


def test_values_only_on_numeric_items_and_never_negative() -> None:
    issues = validate_profile("fml", {"I.1": {"level": 1, "value": 3}, "IV.12": {"level": 1, "value": -1}})
    assert {i.code for i in issues} == {"fml_value"} and len(issues) == 2
