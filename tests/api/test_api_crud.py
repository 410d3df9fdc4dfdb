"""Create, read, update and delete through the API for each registry resource."""

from __future__ import annotations

from typing import Any

import pytest
from api_builders import candidate_body

from werkbrug.registry.models import Candidate, Location, Organisation, Placement, Task, Work

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def test_organisation_crud(api: Any) -> None:
    created = api.post("/api/v1/organisations/", {"external_key": "ORG-X", "name": "Groen BV",
                                                  "kind": "employer", "sector": "markt"}, format="json")
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["version"] == 1 and created["ETag"] == '"1"'
    url = f"/api/v1/organisations/{body['id']}/"
    got = api.get(url)
    assert got.json()["name"] == "Groen BV" and got["ETag"] == '"1"'
    put = api.put(url, {"version": 1, "external_key": "ORG-X", "name": "Groen B.V.", "kind": "employer",
                        "sector": "markt", "employees": 40}, format="json")
    assert put.status_code == 200, put.json()
    assert put.json()["version"] == 2 and put.json()["employees"] == 40
    patch = api.patch(url, {"employees": 41}, format="json", HTTP_IF_MATCH='"2"')
    assert patch.status_code == 200 and patch.json()["name"] == "Groen B.V."
    assert Organisation.objects.get(pk=body["id"]).employees == 41
    assert api.delete(url).status_code == 204
    assert not Organisation.objects.filter(pk=body["id"]).exists()
    assert api.get(url).status_code == 404


def test_put_resets_what_it_leaves_out(api: Any, registry: dict[str, Any]) -> None:
    bakery = registry["bakery"]
    put = api.put(f"/api/v1/organisations/{bakery.pk}/", {"version": 1, "external_key": "ORG-B",
                  "name": "Bakkerij", "kind": "employer", "sector": "markt"}, format="json")
    assert put.status_code == 200, put.json()
    assert put.json()["kvk_number"] == "" and put.json()["arbeidsmarktregio"] == ""


def test_location_crud(api: Any, registry: dict[str, Any]) -> None:
    org = registry["bakery"]
    created = api.post("/api/v1/locations/", {"external_key": "LOC-2", "organisation": org.pk, "name": "Hal",
                                              "postcode": "3511 cd", "place": "Utrecht", "latitude": 52.1,
                                              "longitude": 5.1}, format="json")
    assert created.status_code == 201, created.json()
    assert created.json()["postcode"] == "3511CD" and created.json()["organisation_key"] == "ORG-B"
    url = f"/api/v1/locations/{created.json()['id']}/"
    assert api.patch(url, {"version": 1, "place": "Zeist"}, format="json").json()["place"] == "Zeist"
    assert api.delete(url).status_code == 204
    assert not Location.objects.filter(external_key="LOC-2").exists()


def test_candidate_crud(api: Any, registry: dict[str, Any]) -> None:
    body = candidate_body(registry["gemeente"].pk, bsn="111111110", external_key="CAN-9")
    created = api.post("/api/v1/candidates/", body, format="json")
    assert created.status_code == 201, created.json()
    assert created.json()["bsn"] == "111111110" and created.json()["bsn_masked"] == "*****1110"
    url = f"/api/v1/candidates/{created.json()['id']}/"
    patched = api.patch(url, {"version": 1, "situation": "opleiding"}, format="json")
    assert patched.status_code == 200, patched.json()
    assert Candidate.objects.get(external_key="CAN-9").situation == "opleiding"
    assert api.delete(url, HTTP_IF_MATCH='"2"').status_code == 204
    assert not Candidate.objects.filter(external_key="CAN-9").exists()


def test_candidate_detail_shows_doelgroep_read_only(api: Any, registry: dict[str, Any]) -> None:
    body = api.get(f"/api/v1/candidates/{registry['anna'].pk}/").json()
    assert body["doelgroep"] == [{"category": "praktijkroute", "valid_from": "2023-01-01", "valid_to": None}]


def test_work_with_tasks(api: Any, registry: dict[str, Any]) -> None:
    bakery, location = registry["bakery"], registry["location"]
    body = {"external_key": "W-2", "employer": bakery.pk, "location": location.pk, "kind": "vacancy",
            "title": "Bezorger", "hours_per_week": "24", "contract_type": "vast", "status": "open",
            "tasks": [{"key": "rijden", "name": "Rijden", "hours_per_week": "16"},
                      {"key": "laden", "name": "Laden", "hours_per_week": "8",
                       "fml_demand": {"IV.12": {"level": 2, "value": 20}}}]}
    created = api.post("/api/v1/work/", body, format="json")
    assert created.status_code == 201, created.json()
    assert {t["key"] for t in created.json()["tasks"]} == {"rijden", "laden"}
    url = f"/api/v1/work/{created.json()['id']}/"
    patched = api.patch(url, {"version": 1, "tasks": [{"key": "rijden", "name": "Rijden", "hours_per_week": 20}]},
                        format="json")
    assert patched.status_code == 200, patched.json()
    assert patched.json()["version"] == 2
    work = Work.objects.get(external_key="W-2")
    assert list(work.tasks.values_list("key", "hours_per_week")) == [("rijden", 20)]
    assert api.patch(url, {"version": 2, "title": "Koerier"}, format="json").json()["tasks"][0]["key"] == "rijden"
    assert api.delete(url).status_code == 204
    assert not Task.objects.filter(work__external_key="W-2").exists()


def test_task_crud_raises_work_version(api: Any, registry: dict[str, Any]) -> None:
    work = registry["work"]
    created = api.post("/api/v1/tasks/", {"work": work.pk, "key": "vegen", "name": "Vegen",
                                          "hours_per_week": "4"}, format="json")
    assert created.status_code == 201, created.json()
    assert created.json()["version"] == 2 and created.json()["work_key"] == "W-1"
    url = f"/api/v1/tasks/{created.json()['id']}/"
    stale = api.patch(url, {"version": 1, "name": "Vegen binnen"}, format="json")
    assert stale.status_code == 409
    ok = api.patch(url, {"version": 2, "name": "Vegen binnen"}, format="json")
    assert ok.status_code == 200 and ok.json()["version"] == 3
    moved = api.patch(url, {"version": 3, "key": "dweilen"}, format="json")
    assert moved.status_code == 400 and moved.json()["invalid_params"][0]["name"] == "key"
    assert api.get(f"/api/v1/tasks/?work={work.pk}").json()["count"] == 3
    assert api.delete(url).status_code == 204
    assert Work.objects.get(pk=work.pk).version == 4


def test_placement_crud(api: Any, registry: dict[str, Any]) -> None:
    body = {"external_key": "P-2", "candidate": registry["bram"].pk, "work": registry["work"].pk,
            "kind": "detachering", "employer_of_record": registry["gemeente"].pk,
            "inlener": registry["bakery"].pk, "hours_per_week": "16", "start_date": "2024-05-01"}
    created = api.post("/api/v1/placements/", body, format="json")
    assert created.status_code == 201, created.json()
    assert created.json()["credited_employer"] == registry["bakery"].pk
    url = f"/api/v1/placements/{created.json()['id']}/"
    ended = api.patch(url, {"version": 1, "end_date": "2024-12-31", "end_reason": "einde_contract"}, format="json")
    assert ended.status_code == 200, ended.json()
    assert str(Placement.objects.get(external_key="P-2").end_date) == "2024-12-31"
    assert api.delete(url).status_code == 204


def test_catalogues(api: Any, catalogues: None) -> None:
    accommodations = api.get("/api/v1/accommodations/").json()
    assert accommodations["count"] > 0
    code = accommodations["results"][0]["code"]
    assert api.get(f"/api/v1/accommodations/{code}/").json()["code"] == code
    assert api.post("/api/v1/accommodations/", {}, format="json").status_code == 405
    skills = api.get("/api/v1/skills/?kind=occupation").json()
    assert skills["count"] > 0 and {s["kind"] for s in skills["results"]} == {"occupation"}
    fml = api.get("/api/v1/fml/").json()
    assert len(fml["rubrieken"]) == 6
    item = fml["rubrieken"][3]["items"][0]
    assert item["name_nl"] and item["name_en"] and "unit" in item
