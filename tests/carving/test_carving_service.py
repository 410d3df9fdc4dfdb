"""carve_for_employer and `werkbrug carve` against a real registry."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from werkbrug.carving.services import CarveRefused, carve_for_employer, resolve_employer
from werkbrug.cli import main
from werkbrug.domain.identifiers import bsn_is_valid
from werkbrug.registry import services
from werkbrug.registry.models import Work

LEIDEN = (D("52.1601"), D("4.4970"))


def _bsns():
    n = 100000000
    while True:
        n += 1
        if bsn_is_valid(str(n)):
            yield str(n)


def _candidate(key: str, bsn: str, place: tuple[D, D], profile: dict, region: str = "Holland Rijnland",
               km: D | None = D(20)) -> None:
    services.save_record("candidates", {
        "external_key": key, "organisation": "gem", "given_name": "Test", "family_name": "Persoon", "bsn": bsn,
        "date_of_birth": date(1990, 1, 1), "postcode": "2311AB", "place": "Leiden", "latitude": place[0],
        "longitude": place[1], "arbeidsmarktregio": region, "situation": "uitkering", "benefit": "bijstand",
        "registered_on": date(2024, 1, 1), "fml_profile": profile, "max_travel_km": km})


def _work(key: str, title: str, places: int, wage: str, tasks: list[tuple[str, str, int, dict]],
          day_parts: list[str]) -> None:
    services.save_record("work", {
        "external_key": key, "employer": "zkh", "location": "zkh-ward", "kind": "vacancy", "title": title,
        "hours_per_week": D(sum(D(t[1]) for t in tasks)), "contract_type": "vast", "status": "open",
        "places": places, "wage_per_hour": D(wage), "day_parts": day_parts})
    for n, (name, hours, level, demand) in enumerate(tasks):
        services.save_record("tasks", {"work": key, "key": f"t{n}", "name": name, "hours_per_week": D(hours),
                                       "qualification_level": level, "fml_demand": demand})


@pytest.fixture
def ward(db: None) -> None:
    services.save_record("organisations", {"external_key": "gem", "name": "Gemeente Leiden", "kind": "gemeente",
                                           "sector": "overheid"})
    services.save_record("organisations", {"external_key": "zkh", "name": "Ziekenhuis", "kind": "employer",
                                           "sector": "markt", "arbeidsmarktregio": "Holland Rijnland"})
    services.save_record("locations", {"external_key": "zkh-ward", "organisation": "zkh", "name": "Afdeling",
                                       "postcode": "2333ZA", "place": "Leiden", "latitude": LEIDEN[0],
                                       "longitude": LEIDEN[1], "arbeidsmarktregio": "Holland Rijnland"})
    bsn = _bsns()
    for n in range(4):  # near, fit everything
        _candidate(f"c{n}", next(bsn), LEIDEN, {})
    _candidate("c-weak", next(bsn), LEIDEN, {"IV.12": {"level": 2, "value": 3.0}})  # may lift 3 kg
    _candidate("c-far", next(bsn), (D("53.2"), D("6.56")), {}, km=D(10))          # in the region, too far
    _candidate("c-other", next(bsn), LEIDEN, {}, region="Groningen", km=D(5))     # other region, near
    _work("vpk", "Verpleegkundige", 3, "32", [("Bedden opmaken", "4", 1, {}),
                                              ("Maaltijden rondbrengen", "3", 0, {"IV.12": {"level": 1, "value": 5}}),
                                              ("Medicatie", "8", 4, {}), ("Zorgplan", "10", 4, {})], ["ochtend"])
    _work("ass", "Afdelingsassistent", 1, "18", [("Voorraad aanvullen", "6", 1, {})], ["ochtend"])
    services.save_record("work", {"external_key": "no-wage", "employer": "zkh", "location": "zkh-ward",
                                  "kind": "vacancy", "title": "Zonder loon", "hours_per_week": D(10),
                                  "contract_type": "vast", "status": "open"})


def test_carves_from_the_registry_and_saves_draft_work(ward: None) -> None:
    result = carve_for_employer(resolve_employer("zkh"), on=date(2026, 3, 1))
    assert result.settings.carved_wage_per_hour == D("14.71") and "WML" in result.wage_source
    # 3 × (4 + 3) from the nurses + 6 from the assistant = 27 hours, one morning role.
    assert [r.hours for r in result.plan.roles] == [D(27)]
    assert result.figures.banen == D("1.06")
    # Fit nearby: c0-c3 and c-other (near, other region); not c-weak (5 kg), not c-far (too far).
    assert result.figures.candidates_nearby == 5
    assert result.as_dict()["skipped"][0]["en"] == "work no-wage skipped: hourly wage missing"
    work = Work.objects.get(external_key="carve-zkh-1")
    assert (work.kind, work.status, work.hours_per_week, work.wage_per_hour) == ("carved_role", "draft", D(27),
                                                                                 D("14.71"))
    assert sorted((t.name, t.hours_per_week) for t in work.tasks.all()) == [
        ("Bedden opmaken (Verpleegkundige)", D(12)), ("Maaltijden rondbrengen (Verpleegkundige)", D(9)),
        ("Voorraad aanvullen (Afdelingsassistent)", D(6))]
    freed = {e.role: e.hours_freed for e in result.figures.per_role}
    assert freed == {"vpk": D(21), "ass": D(6)}


def test_rerun_replaces_the_draft_but_keeps_a_placed_role(ward: None) -> None:
    employer = resolve_employer("zkh")
    carve_for_employer(employer, on=date(2026, 3, 1))
    carve_for_employer(employer, on=date(2026, 3, 1))
    assert list(Work.objects.filter(kind="carved_role").values_list("external_key", flat=True)) == ["carve-zkh-1"]
    services.save_record("placements", {
        "external_key": "p1", "candidate": "c0", "work": "carve-zkh-1", "kind": "dienstverband",
        "employer_of_record": "zkh", "hours_per_week": D(27), "start_date": date(2026, 3, 2)})
    again = carve_for_employer(employer, on=date(2026, 3, 3))
    assert again.saved == ["carve-zkh-2"]
    assert sorted(Work.objects.filter(kind="carved_role").values_list("external_key", flat=True)) == [
        "carve-zkh-1", "carve-zkh-2"]
    assert again.figures.candidates_nearby == 4  # c0 is placed now


def test_dry_run_saves_nothing_and_errors_are_bilingual(ward: None) -> None:
    carve_for_employer(resolve_employer("zkh"), persist=False)
    assert not Work.objects.filter(kind="carved_role").exists()
    with pytest.raises(CarveRefused, match="does not exist"):
        resolve_employer("nobody")


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("carve", *args, stdout=out)
    return out.getvalue()


def test_cli_json_roles_file_and_errors(ward: None, tmp_path: Path) -> None:
    employer_id = str(resolve_employer("zkh").pk)
    data = json.loads(_run("--employer", employer_id, "--dry-run", "--json", "--carved-wage", "16"))
    assert (data["new_roles"], data["carved_wage_per_hour"], data["carved_wage_source"]) == (1, "16",
                                                                                           "given / opgegeven")
    assert "1 nieuwe functie, 1,1 banen" in _run("--employer", "zkh", "--dry-run")
    roles = tmp_path / "functies.csv"
    roles.write_text("role_key;fte;wage_per_hour;location;shift;task_key;hours_per_week;qualification_level\n"
                     "x;2;30;zkh-ward;dag;a;-3;1\n", encoding="cp1252")
    err = io.StringIO()
    with pytest.raises(CommandError, match="functies bevatten fouten / the roles contain errors"):
        call_command("carve", "--employer", "zkh", "--roles", str(roles), "--dry-run", stderr=err)
    assert "regel/line 2: hours_per_week" in err.getvalue()
    with pytest.raises(CommandError, match="employer 'nobody' does not exist"):
        call_command("carve", "--employer", "nobody")
    assert not Work.objects.filter(kind="carved_role").exists()


def test_cli_exit_code_is_one_for_refused_input(db: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["carve", "--employer", "nobody", "--dry-run"]) == 1
    assert "werkgever 'nobody' bestaat niet" in capsys.readouterr().err
