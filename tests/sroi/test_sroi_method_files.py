"""The shipped valuation method files load; broken files name the file and the field."""

import pytest

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.sroi.loader import MethodFileError, get_method, load_methods, parse_method

GOOD = """
id = "testregio"
name = "Test"
region = "Testregio"
[[version]]
valid_from = 2024-01-01
source = "test"
fulltime_hours_per_week = 36
[[version.category]]
id = "ww"
name = "WW"
value_per_year = 20000
count_limit_months = 12
"""


def test_the_four_regions_are_shipped_with_sources() -> None:
    methods = load_methods()
    assert set(methods) == {"haaglanden-2023", "holland-rijnland-2023", "utrecht", "rijnvicus"}
    for method in methods.values():
        assert all(v.source and v.fulltime_hours_per_week == 36 for v in method.versions)
    assert "banenafspraak" in methods["haaglanden-2023"].category_ids()


def test_a_new_region_is_just_a_file() -> None:
    method = parse_method(GOOD, "testregio.toml")
    assert method.versions[0].categories["ww"].count_limit == 12


@pytest.mark.parametrize(("broken", "field"), [
    (GOOD.replace("value_per_year = 20000", "value_per_year = -5"), "version[0].category[0].value_per_year"),
    (GOOD.replace("value_per_year = 20000", ""), "version[0].category[0].value_per_year"),
    (GOOD.replace("count_limit_months = 12", 'count_limit_months = "forever"'),
     "version[0].category[0].count_limit_months"),
    (GOOD.replace('id = "ww"', 'id = "WW"'), "version[0].category[0].id"),
    (GOOD.replace("valid_from = 2024-01-01", 'valid_from = "soon"'), "version[0].valid_from"),
    (GOOD.replace('name = "Test"', ""), "name"),
    (GOOD + '[[version.category]]\nid = "x"\nname = "x"\nkind = "gift"\n', "version[0].category[1].kind"),
    (GOOD + '[[version.bonus]]\nid = "b"\nname = "b"\nvalue_per_year = 1\n', "version[0].bonus[0].min_age"),
    (GOOD + '[[version.bonus]]\nid = "b"\nname = "b"\nvalue_per_year = 1\nmin_age = 55\n'
            'applies_to = ["wia"]\n', "version[0].bonus[0].applies_to"),
])
def test_broken_files_name_file_and_field(broken: str, field: str) -> None:
    with pytest.raises(MethodFileError) as error:
        parse_method(broken, "testregio.toml")
    assert error.value.file == "testregio.toml" and error.value.field == field
    assert str(error.value).startswith(f"testregio.toml: {field}: ")


def test_file_name_must_match_id_and_toml_must_parse() -> None:
    with pytest.raises(MethodFileError, match="must match the file name"):
        parse_method(GOOD, "other.toml")
    with pytest.raises(MethodFileError, match="invalid TOML"):
        parse_method("id = ", "testregio.toml")


def test_unknown_region_lists_the_valid_ones() -> None:
    with pytest.raises(DomainValidationError, match="haaglanden-2023, holland-rijnland-2023, rijnvicus, utrecht"):
        get_method("amsterdam")
