"""The job-carving wizard pages: who may use them, the three ways in (work items, upload, form),
the result, saving, the template downloads and errors that name the row and column."""

from __future__ import annotations

from typing import Any

import pytest
from carving_web_world import build, sign_in
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from werkbrug.carving.roles_template import template_csv
from werkbrug.registry.models import Work

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.fixture
def world(catalogues: None) -> dict[str, Any]:
    return build()


def _settings(world: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"employer": world["orgs"]["cw-zkh"].pk, "date": "01-03-2026", "min_hours": "12", "max_hours": "32",
            **extra}


def test_the_pages_refuse_roles_without_work_rights(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["jobcoach"])
    for path in ("/carving/", "/carving/roles/", "/carving/template.csv"):
        assert client.get(path).status_code == 403, path
    assert sign_in(Client(), world["hr"], mfa=False).get("/carving/").status_code == 200


def test_an_employer_carves_its_own_work_and_sees_pseudonyms_only(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["hr"], mfa=False)
    page = client.get("/carving/").content.decode()
    assert "Ziekenhuis Rijnland" in page and "Fabriek Elders" not in page  # only its own organisation
    response = client.post("/carving/", _settings(world, source="registry"))
    assert response.status_code == 200
    text = response.content.decode()
    # 3 × (4 + 3) from the nurses + 6 from the assistant = 27 hours in one role; 27 / 25.5 = 1.06 banen
    result = response.context["result"]
    assert (result["hours_per_week"], result["banen"]) == ("27", "1.06")
    assert "1,06" in text and "Bedden opmaken" in text  # Dutch number format; tasks by name
    consented = [c for c in world["candidates"] if c.visible_by_candidate]
    assert "P-" in text and not [c for c in world["candidates"] if c.external_key in text or c.given_name in text]
    assert len(consented) == 2 and text.count("P-") >= 2
    assert not Work.objects.filter(kind="carved_role").exists()  # a run saves nothing


def test_another_organisations_employer_is_refused(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["hr_other"], mfa=False)
    response = client.post("/carving/", _settings(world, source="registry"))
    assert response.status_code == 400  # not one of its choices: the form refuses it
    assert "Ziekenhuis" not in client.get("/carving/").content.decode()


def test_saving_creates_draft_work_and_links_the_business_case(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["consultant"])
    client.post("/carving/", _settings(world, source="registry"))
    response = client.post("/carving/save/")
    assert response.status_code == 200
    saved = Work.objects.get(kind="carved_role")
    assert saved.status == "draft" and saved.hours_per_week == 27
    text = response.content.decode()
    assert f"/business-case/?work={saved.pk}" in text
    assert "cw-c0" in text  # the consultant sees their own caseload candidate by key


def test_upload_of_the_template_carves_its_roles(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["consultant"])
    upload = SimpleUploadedFile("functies.csv", template_csv(), content_type="text/csv")
    response = client.post("/carving/", _settings(world, source="upload", roles_file=upload))
    assert response.status_code == 200, response.content.decode()[:2000]
    assert "Verpleegkundige dagdienst" in response.content.decode()


def test_an_upload_error_names_the_line_and_column_in_the_error_summary(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["consultant"])
    bad = b"role_key;fte;wage_per_hour;task_key;hours_per_week\r\nr1;x;20;t1;4\r\n"
    response = client.post("/carving/", _settings(world, source="upload",
                                                  roles_file=SimpleUploadedFile("f.csv", bad)))
    assert response.status_code == 400
    text = response.content.decode()
    assert 'id="error-summary"' in text and "regel/line 2, fte" in text


def test_the_form_path_starts_from_the_work_items_and_runs(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["hr"], mfa=False)
    response = client.post("/carving/", _settings(world, source="form"))
    assert response.status_code == 302 and response["Location"] == "/carving/roles/"
    page = client.get("/carving/roles/")
    rows = page.context["rows"]
    assert [f.initial.get("task_name") for f in rows.forms[:5]] == [
        "Bedden opmaken", "Maaltijden rondbrengen", "Medicatie", "Zorgplan", "Voorraad aanvullen"]
    data = {"rows-TOTAL_FORMS": "1", "rows-INITIAL_FORMS": "0", **{f"rows-0-{k}": v for k, v in {
        "role_key": "r1", "role_title": "Schoonmaker", "fte": "2", "wage_per_hour": "25", "shift": "ochtend",
        "task_key": "t1", "task_name": "Vegen", "hours_per_week": "8", "qualification_level": "0"}.items()},
        **_settings(world), "run": "1"}
    response = client.post("/carving/roles/", data)
    assert response.status_code == 200
    roles = response.context["result"]["roles"]  # 2 staff × 8 hours of sweeping: one role of 16 hours
    assert [r["hours_per_week"] for r in roles] == ["16"] and roles[0]["tasks"][0]["names"] == ["Vegen"]


def test_a_form_row_error_is_reported(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["hr"], mfa=False)
    data = {"rows-TOTAL_FORMS": "1", "rows-INITIAL_FORMS": "0", "rows-0-role_key": "r1", "rows-0-task_key": "t1",
            **_settings(world), "run": "1"}
    response = client.post("/carving/roles/", data)
    assert response.status_code == 400
    assert "regel/line 1, fte" in response.content.decode()


def test_more_rows_keeps_what_was_typed(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["hr"], mfa=False)
    data = {"rows-TOTAL_FORMS": "1", "rows-INITIAL_FORMS": "0", "rows-0-role_key": "mijn-functie",
            **_settings(world), "more": "1"}
    assert client.post("/carving/roles/", data).status_code == 302
    rows = client.get("/carving/roles/").context["rows"]
    assert rows.forms[0].initial["role_key"] == "mijn-functie" and len(rows.forms) == 6


def test_the_template_downloads_parse_back(world: dict[str, Any]) -> None:
    from werkbrug.carving.roles_file import parse_roles

    client = sign_in(Client(), world["hr"], mfa=False)
    for extension in ("csv", "xlsx"):
        response = client.get(f"/carving/template.{extension}")
        assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
        roles = parse_roles(f"t.{extension}", response.content)
        assert [r.key for r in roles] == ["verpl-dag", "assistent"]
