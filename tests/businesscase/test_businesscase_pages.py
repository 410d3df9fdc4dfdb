"""The business-case page and its downloads: who may see which case, the employer's pseudonymised
view (no identity, FML, doelgroep or benefit), the inputs, the chart's data table and errors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "carving"))
from carving_web_world import build, sign_in  # noqa: E402

from werkbrug.businesscase.access import pseudonym_for  # noqa: E402
from werkbrug.security.access import actor_for  # noqa: E402
from werkbrug.security.models import AuditEvent  # noqa: E402

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.fixture
def world(catalogues: None) -> dict[str, Any]:
    return build()


def _query(candidate: str, work: Any, **extra: str) -> str:
    values = {"candidate": candidate, "work": str(work.pk), "loonwaarde": "50", "date": "01-01-2026",
              "months": "3", **extra}
    return "&".join(f"{k}={v}" for k, v in values.items())


def test_a_consultant_sees_the_full_case_of_their_caseload(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["consultant"])
    mine = world["candidates"][0]
    response = client.get(f"/business-case/?{_query(mine.external_key, world['nurse'])}")
    assert response.status_code == 200
    text = response.content.decode()
    assert mine.external_key in text and "Participatiewet" in text  # the reason names the candidate's situation
    assert "wml_hourly_21plus" in text and "2026-01-01" in text  # a parameter with its valid-from date
    assert "ONBEVESTIGD" in text  # the unconfirmed flags (nl is the default language)
    assert "<table" in text and "web-chart" in text  # the chart and its data table
    assert AuditEvent.objects.filter(action="read", subject_id=mine.pk).exists()


def test_a_consultant_is_refused_a_colleagues_candidate(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["consultant"])
    other = world["candidates"][3]  # same gemeente, no consultant, not consented
    assert client.get(f"/business-case/?{_query(other.external_key, world['nurse'])}").status_code == 403


def test_an_employer_sees_a_consenting_candidate_by_pseudonym_without_identity(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["hr"], mfa=False)
    candidate = world["candidates"][1]
    name = pseudonym_for(actor_for(world["hr"]), candidate.pk)
    response = client.get(f"/business-case/?{_query(name, world['nurse'])}&loonwaarde=")
    assert response.status_code == 200, response.content.decode()[:3000]
    text = response.content.decode()
    assert name in text and candidate.external_key not in text and candidate.given_name not in text
    assert candidate.bsn not in text and "IV.12" not in text and "praktijkroute" not in text
    assert "valt onder de Participatiewet" not in text and "FML-items" not in text  # no reason about the person
    assert "schatting" in text.lower()  # the estimate is labelled


def test_an_employer_may_not_name_a_candidate_by_key(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["hr"], mfa=False)
    candidate = world["candidates"][1]
    response = client.get(f"/business-case/?{_query(candidate.external_key, world['nurse'])}")
    assert response.status_code == 400 and 'id="error-summary"' in response.content.decode()


def test_an_employer_is_refused_other_work_and_hidden_candidates(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["hr"], mfa=False)
    consented = pseudonym_for(actor_for(world["hr"]), world["candidates"][1].pk)
    assert client.get(f"/business-case/?{_query(consented, world['other_work'])}").status_code == 403
    hidden = world["candidates"][3]  # not consented: by key it is refused, by a guessed pseudonym not found
    assert client.get(f"/business-case/?{_query(hidden.external_key, world['nurse'])}").status_code == 403
    other_hr = sign_in(Client(), world["hr_other"], mfa=False)
    assert other_hr.get(f"/business-case/?{_query(consented, world['nurse'])}").status_code == 403


def test_roles_without_work_rights_get_403(world: dict[str, Any]) -> None:
    assert sign_in(Client(), world["jobcoach"]).get("/business-case/").status_code == 403


def test_downloads_are_audited_and_hold_the_case(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["hr"], mfa=False)
    candidate = world["candidates"][2]
    name = pseudonym_for(actor_for(world["hr"]), candidate.pk)
    before = AuditEvent.objects.filter(action="export", subject_id=candidate.pk).count()
    pdf = client.get(f"/business-case/download.pdf?{_query(name, world['nurse'])}")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    xlsx = client.get(f"/business-case/download.xlsx?{_query(name, world['nurse'])}")
    assert xlsx.status_code == 200 and xlsx.content.startswith(b"PK")
    from io import BytesIO

    from openpyxl import load_workbook

    cells = " ".join(str(c.value) for row in load_workbook(BytesIO(xlsx.content))["Samenvatting"].iter_rows()
                     for c in row if c.value is not None)
    assert name in cells and candidate.external_key not in cells
    assert AuditEvent.objects.filter(action="export", subject_id=candidate.pk).count() == before + 2


def test_bad_input_is_named_in_the_error_summary(world: dict[str, Any]) -> None:
    client = sign_in(Client(), world["consultant"])
    mine = world["candidates"][0]
    response = client.get(f"/business-case/?{_query(mine.external_key, world['nurse'], loonwaarde='150')}")
    assert response.status_code == 400
    text = response.content.decode()
    assert 'id="error-summary"' in text and 'href="#id_loonwaarde"' in text
    response = client.get(f"/business-case/?{_query('nobody', world['nurse'])}")
    assert response.status_code == 400 and "nobody" in response.content.decode()
