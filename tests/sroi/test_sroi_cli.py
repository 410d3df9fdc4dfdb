"""`werkbrug calc sroi`: JSON fields, --list and input errors."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def calc(*args: str) -> str:
    out = StringIO()
    call_command("calc", "sroi", *args, stdout=out)
    return out.getvalue()


def test_json_holds_value_and_how_it_was_computed() -> None:
    data = json.loads(calc("--method", "haaglanden-2023", "--category", "banenafspraak",
                           "--hours-per-week", "18", "--months", "12", "--age", "56", "--json"))
    assert data["value_eur"] == "30000.00"  # (50.000 + 55+ bonus 10.000) × 0,5
    steps = data["computation"]
    assert steps["fte_factor"] == "0.5000" and steps["counted_months"] == "12"
    assert [b["id"] for b in steps["bonuses"]] == ["55-plus"]


def test_permanent_contract_and_contract_start_options() -> None:
    data = json.loads(calc("--method", "utrecht", "--category", "ww", "--hours-per-week", "36",
                           "--months", "12", "--permanent-contract", "--json"))
    assert data["value_eur"] == "30000.00"
    old = json.loads(calc("--method", "utrecht", "--category", "banenafspraak", "--hours-per-week",
                          "36", "--months", "12", "--contract-start", "2019-01-01", "--json"))
    assert (old["value_eur"], old["table_valid_from"]) == ("35000.00", "2016-01-01")


def test_list_prints_methods_and_categories() -> None:
    text = calc("--list")
    for method in ("haaglanden-2023", "holland-rijnland-2023", "utrecht", "rijnvicus"):
        assert method in text
    assert "banenafspraak" in text and "participatiewet" in text
    data = json.loads(calc("--list", "--json"))
    assert len(data["methods"]) == 4


@pytest.mark.parametrize(("args", "message"), [
    (("--category", "ww"), "--method: is verplicht"),
    (("--method", "amsterdam", "--category", "ww", "--hours-per-week", "1", "--months", "1"),
     "--method: .*haaglanden-2023, holland-rijnland-2023, rijnvicus, utrecht"),
    (("--method", "utrecht", "--category", "x", "--hours-per-week", "1", "--months", "1"),
     "--category: .*choose from .*banenafspraak"),
    (("--method", "utrecht", "--category", "ww", "--hours-per-week", "-1", "--months", "1"),
     "--hours-per-week: .*not negative"),
    (("--method", "utrecht", "--category", "ww", "--hours-per-week", "1", "--months", "0"),
     "--months: .*greater than 0"),
    (("--method", "utrecht", "--category", "ww", "--hours-per-week", "x", "--months", "1"),
     "--hours-per-week: is geen getal"),
])
def test_bad_input(args: tuple[str, ...], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        calc(*args)
