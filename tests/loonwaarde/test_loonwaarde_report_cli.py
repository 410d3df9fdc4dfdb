"""The report's finality rule and `werkbrug calc loonwaarde FILE`."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from werkbrug.calc.api import input_serializer
from werkbrug.calc.subcommands import loonwaarde as module
from werkbrug.domain.loonwaarde import Zienswijze, report_finality
from werkbrug.domain.loonwaarde.report import ZienswijzeStatus as S


def test_not_final_without_both_zienswijzen() -> None:
    assert not report_finality([]).final_allowed
    only_employee = report_finality([Zienswijze("employee", S.RECORDED)])
    assert not only_employee.final_allowed
    assert len(only_employee.reasons) == 1 and "werkgever" in only_employee.reasons[0].nl
    assert not report_finality([Zienswijze("employee", S.RECORDED), Zienswijze("employer", S.PENDING)]).final_allowed


@pytest.mark.parametrize(("employee", "employer"), [(S.RECORDED, S.RECORDED), (S.WAIVED, S.RECORDED), (S.WAIVED, S.WAIVED)])
def test_final_when_recorded_or_waived(employee: S, employer: S) -> None:
    result = report_finality([Zienswijze("employee", employee), Zienswijze("employer", employer)])
    assert result.final_allowed and result.reasons == ()


def write(tmp_path: Path, data: object) -> str:
    path = tmp_path / "hoofdtaken.json"
    path.write_text(json.dumps(data), "utf-8")
    return str(path)


GOOD = {"contract_hours": 20, "hoofdtaken": [
    {"name": "inpakken", "hours_per_week": 20, "minutes_per_day": [240] * 5,
     "norm_output": 80, "measured_output": 70, "kwaliteit": 100, "netto_werktijd": 100}]}


def test_cli_json(tmp_path: Path) -> None:
    out = StringIO()
    call_command("calc", "loonwaarde", write(tmp_path, GOOD), "--date", "2026-03-01", "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["loonwaarde_pct"] == 88  # 87.5 rounded half up
    assert data["unconfirmed"][0]["name"] == "loonwaarde_combination_rule"


def test_cli_text_and_bad_input(tmp_path: Path) -> None:
    out = StringIO()
    call_command("calc", "loonwaarde", write(tmp_path, GOOD), stdout=out)
    assert "Loonwaarde: 88%" in out.getvalue() and "ONBEVESTIGD" in out.getvalue()
    bad = {**GOOD, "hoofdtaken": [{**GOOD["hoofdtaken"][0], "kwaliteit": "veel"}]}
    with pytest.raises(CommandError, match="kwaliteit: is geen getal"):
        call_command("calc", "loonwaarde", write(tmp_path, bad))
    (tmp_path / "broken.json").write_text("{", "utf-8")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("calc", "loonwaarde", str(tmp_path / "broken.json"))


def test_api_cannot_name_a_server_file() -> None:
    assert "file" not in input_serializer("loonwaarde", module)().fields
