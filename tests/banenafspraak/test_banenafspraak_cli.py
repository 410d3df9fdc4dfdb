"""`werkbrug calc quotum`: JSON fields, caveats and input errors."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def calc(*args: str) -> str:
    out = StringIO()
    call_command("calc", "quotum", *args, stdout=out)
    return out.getvalue()


def test_json_of_the_2018_example() -> None:
    a = str(90000 * 1331 / 25.5)
    data = json.loads(calc("--year", "2018", "--sector", "overheid", "--hours-per-year", a,
                           "--doelgroep-hours-per-year", str(40 * 1331), "--json"))
    assert data["liable"] is True
    assert data["shortfall_banen"] == 28 and data["levy_eur"] == "140000.00"
    assert {p["name"]: p["value"] for p in data["parameters"]}["quotumpercentage_overheid"] == "1.93"
    assert any("122na" in c["source"] for c in data["caveats"])


@pytest.mark.parametrize(("hours", "liable"), [("40574", False), ("40575", True)])
def test_threshold_in_json(hours: str, liable: bool) -> None:
    data = json.loads(calc("--year", "2024", "--sector", "overheid", "--hours-per-year", hours,
                           "--doelgroep-hours-per-year", "0", "--json"))
    assert data["liable"] is liable
    # 40.575 × 2,76% ÷ 1.331 = 0,84: a shortfall, but less than one whole baan, so no levy
    assert (data["shortfall_banen_unrounded"] == "0.84") is liable
    assert data["levy_eur"] == "0.00"


def test_text_output_shows_caveats() -> None:
    text = calc("--year", "2026", "--sector", "overheid", "--hours-per-year", "100000",
                "--doelgroep-hours-per-year", "0")
    assert "quotumplichtig" in text and "inclusiviteitsopslag" in text


@pytest.mark.parametrize(("args", "message"), [
    (("--year", "2019", "--sector", "markt", "--hours-per-year", "1", "--doelgroep-hours-per-year", "0"),
     "--year: .*no quotumpercentage known for 2019/markt"),
    (("--year", "2018", "--sector", "overheid", "--hours-per-year", "-1", "--doelgroep-hours-per-year", "0"),
     "--hours-per-year: .*must not be negative"),
    (("--year", "2018", "--sector", "overheid", "--hours-per-year", "1", "--doelgroep-hours-per-year", "x"),
     "--doelgroep-hours-per-year: is geen getal"),
])
def test_bad_input(args: tuple[str, ...], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        calc(*args)
