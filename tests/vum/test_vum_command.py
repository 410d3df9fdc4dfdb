"""`werkbrug vum export|import`: round trip, atomic refusal, and no FML or doelgroep in any export."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from record_values import candidate_values, organisation_values

pytestmark = pytest.mark.django_db(databases=["default", "audit"])

ESCO_PACK = "http://data.europa.eu/esco/skill/667cbbaf-f377-46d8-8f2d-1f6d8a55d74a"


def base_registry() -> None:
    from werkbrug.registry.services import save_record

    save_record("organisations", organisation_values(
        "gem-1", name="Gemeente Leiden", kind="gemeente", sector="overheid", kvk_number=""))
    save_record("organisations", organisation_values("emp-1"))
    save_record("locations", {"external_key": "loc-1", "organisation": "emp-1", "name": "Bakkerij",
                              "postcode": "2312 CD", "place": "Leiden", "latitude": 52.158, "longitude": 4.49})


def candidate(key: str, **extra: object) -> None:
    from werkbrug.registry.services import save_record

    save_record("candidates", candidate_values(key, **extra))


def work(key: str) -> None:
    from werkbrug.registry.services import save_record

    save_record("work", {"external_key": key, "employer": "emp-1", "location": "loc-1", "kind": "vacancy",
                         "title": "Inpakker", "hours_per_week": 24, "contract_type": "tijdelijk", "status": "open"})
    save_record("tasks", {"work": key, "key": "t1", "name": "Dozen vullen", "hours_per_week": 24,
                          "fml_demand": {"IV.12": {"level": 2}}})


@pytest.fixture
def operator_name(db: None) -> str:
    from werkbrug.registry.models import Organisation
    from werkbrug.security.testing import user_with_role

    base_registry()
    user_with_role("vum-admin", "functional_admin", Organisation.objects.get(external_key="gem-1"))
    return "vum-admin"


def vum(*args: str) -> str:
    out = StringIO()
    call_command("vum", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_round_trip_and_no_fml_or_doelgroep(operator_name: str, tmp_path: Path) -> None:
    from werkbrug.vum.models import VumProfile

    candidate("cand-vum", skills=[ESCO_PACK], max_travel_km=15, travel_modes=["fiets"])
    work("work-vum")
    files = {kind: tmp_path / f"{kind}.json" for kind in ("candidate", "work")}
    vum("export", "candidate", "cand-vum", str(files["candidate"]), "--as", operator_name)
    vum("export", "work", "work-vum", str(files["work"]), "--as", operator_name)
    for path in files.values():
        text = path.read_text("utf-8").lower()
        for needle in ("fml", "doelgroep", "iv.12", "praktijkroute", "111222333", "jansen", "indicatieldr"):
            assert needle not in text, (path.name, needle)
    exported = json.loads(files["candidate"].read_text("utf-8"))
    assert exported["mobiliteit"]["bemiddelingspostcode"] == "2311"
    assert exported["competenties"] == ["https://example.org/competentnl/vaardigheid/goederen-inpakken"]
    assert "1 nieuw" in vum("import", str(files["candidate"]), "--as", operator_name)
    vum("import", str(files["work"]), "--as", operator_name)
    stored = VumProfile.objects.get(kind="werkzoekendeprofiel", profile_id="cand-vum")
    assert stored.payload == exported
    assert "1 bijgewerkt" in vum("import", str(files["candidate"]), "--as", operator_name)
    assert VumProfile.objects.count() == 2


def test_bad_file_writes_nothing(operator_name: str, tmp_path: Path) -> None:
    from werkbrug.vum.models import VumProfile

    good = {"vumVersie": "3.0", "profielsoort": "vacatureprofiel", "profielId": "v1",
            "mobiliteit": {"bemiddelingspostcode": "2312"}}
    bad = {**good, "profielId": "v2", "mobiliteit": {"bemiddelingspostcode": "23"}, "fmlProfiel": {}}
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"profielen": [good, bad]}), "utf-8")
    with pytest.raises(CommandError) as error:
        vum("import", str(path), "--as", operator_name)
    assert "nothing written" in str(error.value) and "profiel 2.mobiliteit.bemiddelingspostcode" in str(error.value)
    assert "profiel 2.fmlProfiel" in str(error.value)
    assert VumProfile.objects.count() == 0
    path.write_text("{", "utf-8")
    with pytest.raises(CommandError, match="not valid JSON"):
        vum("import", str(path), "--as", operator_name)


def test_operator_required(db: None, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="--as USER"):
        vum("import", str(tmp_path / "x.json"))


def test_round_trip_carries_the_suwiml_education_code(operator_name: str, tmp_path: Path) -> None:
    from werkbrug.vum.models import VumProfile

    candidate("cand-edu", education_level="mbo3")
    path = tmp_path / "candidate.json"
    vum("export", "candidate", "cand-edu", str(path), "--as", operator_name)
    exported = json.loads(path.read_text("utf-8"))
    assert exported["opleiding"] == [{"codelijst": "CdOpleidingsniveauClient", "niveau": "4",
                                      "omschrijving": "mbo/havo/vwo-niveau"}]
    vum("import", str(path), "--as", operator_name)
    assert VumProfile.objects.get(profile_id="cand-edu").payload["opleiding"][0]["niveau"] == "4"
    exported["opleiding"][0]["niveau"] = "mbo3"  # a Werkbrug level where a SuwiML code belongs
    path.write_text(json.dumps(exported), "utf-8")
    with pytest.raises(CommandError, match=r"opleiding\[0\].niveau"):
        vum("import", str(path), "--as", operator_name)
