"""`werkbrug calc lks` and `werkbrug calc lkv`."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

WERKBRUG = Path(sys.executable).with_name("werkbrug")


def calc(*args: str) -> str:
    out = StringIO()
    call_command("calc", *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize(("loonwaarde", "per_hour"), [("50", 9.8101), ("20", 13.7341), ("80", 3.924)])
def test_lks_json_vectors(loonwaarde: str, per_hour: float) -> None:
    data = json.loads(calc("lks", "--date", "2026-03-01", "--loonwaarde", loonwaarde, "--hours", "36", "--json"))
    assert data["per_hour"] == per_hour and isinstance(data["per_hour"], float)
    assert isinstance(data["per_month"], float) and isinstance(data["per_year"], float)
    assert data["rule"]["en"].startswith("LKS")
    assert {p["name"] for p in data["amounts"]["per_hour"]["parameters"]} >= {
        "wml_hourly_21plus", "vakantiebijslag_pct", "lks_werkgeverslasten_pct"}


def test_lks_forfaitair_without_loonwaarde_and_text_output() -> None:
    data = json.loads(calc("lks", "--date", "2026-03-01", "--forfaitair", "--hours", "36", "--json"))
    assert data["per_hour"] == 9.8101
    text = calc("lks", "--date", "2026-03-01", "--loonwaarde", "50", "--hours", "24,5", "--age", "19")
    assert "per uur" in text and "Regel:" in text


def test_lks_flags_unconfirmed_parameters() -> None:
    data = json.loads(calc("lks", "--date", "2026-08-01", "--loonwaarde", "50", "--hours", "36", "--json"))
    assert [p["name"] for p in data["unconfirmed"]] == ["wml_hourly_21plus"]


@pytest.mark.parametrize(("args", "expected"), [
    (["--loonwaarde", "150", "--hours", "36"], "--loonwaarde"),
    (["--loonwaarde", "50", "--hours", "-2"], "--hours"),
    (["--loonwaarde", "50", "--hours", "61"], "--hours"),
    (["--loonwaarde", "50", "--hours", "36", "--age", "14"], "--age"),
    (["--loonwaarde", "50", "--hours", "36", "--age", "18.5"], "--age"),
    (["--hours", "36"], "--loonwaarde"),
    (["--loonwaarde", "abc", "--hours", "36"], "--loonwaarde"),
])
def test_lks_bad_input(args: list[str], expected: str) -> None:
    with pytest.raises(CommandError) as error:
        calc("lks", "--date", "2026-03-01", *args)
    assert str(error.value).startswith(expected) and " / " in str(error.value)


def test_lks_dates_before_the_first_parameter_and_bad_dates() -> None:
    with pytest.raises(CommandError, match="^--date: .*01-01-2025"):
        calc("lks", "--date", "2024-06-01", "--loonwaarde", "50", "--hours", "36")
    with pytest.raises(CommandError, match="^--date"):
        calc("lks", "--date", "2026-13-01", "--loonwaarde", "50", "--hours", "36")


def test_lkv_json_vectors() -> None:
    assert json.loads(calc("lkv", "--date", "2025-06-01", "--hours-per-year", "1326", "--json"))["per_year"] == 1339.26
    data = json.loads(calc("lkv", "--date", "2025-06-01", "--hours-per-year", "2080", "--json"))
    assert data["per_year"] == 2000.0 and data["cap_reached_at_hours"] == "1980.20"


def test_lkv_start_date_rules() -> None:
    old = json.loads(calc("lkv", "--date", "2029-06-01", "--hours-per-year", "1326",
                          "--start-date", "2025-03-01", "--json"))
    new = json.loads(calc("lkv", "--date", "2029-06-01", "--hours-per-year", "1326",
                          "--start-date", "2026-03-01", "--json"))
    assert old["per_year"] == 0 and new["per_year"] == 1339.26
    assert new["unconfirmed"]
    with pytest.raises(CommandError, match="^--start-date"):
        calc("lkv", "--date", "2025-06-01", "--hours-per-year", "10", "--start-date", "2026-01-01")
    with pytest.raises(CommandError, match="^--hours-per-year"):
        calc("lkv", "--date", "2025-06-01", "--hours-per-year", "-1")


@pytest.mark.skipif(not WERKBRUG.exists(), reason="werkbrug script not installed next to python")
def test_the_installed_command() -> None:
    done = subprocess.run([str(WERKBRUG), "calc", "lks", "--date", "2026-01-01", "--loonwaarde", "50",
                           "--hours", "36", "--json"], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout)["per_hour"] == 9.8101
