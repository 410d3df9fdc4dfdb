"""/api/v1/business-case/ and its PDF and Excel downloads: the same JSON as the CLI, the
employer's pseudonymised view, refusals (403 with an audit row), bad input (400 naming the
parameter) and audited downloads."""

from __future__ import annotations

import json
import sys
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "carving"))
from carving_web_world import build  # noqa: E402

from werkbrug.businesscase.access import pseudonym_for  # noqa: E402
from werkbrug.security.access import actor_for  # noqa: E402
from werkbrug.security.models import AuditEvent  # noqa: E402
from werkbrug.security.testing import session_client  # noqa: E402

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
URL = "/api/v1/business-case/"


@pytest.fixture
def world(catalogues: None) -> dict[str, Any]:
    return build()


def _params(candidate: Any, work: Any, **extra: Any) -> dict[str, Any]:
    return {"candidate": candidate.pk, "work": work.pk, "loonwaarde": 50, "date": "2026-01-01", "months": 3, **extra}


def test_the_api_answers_the_json_of_the_cli(world: dict[str, Any], cli_operator: object) -> None:
    mine = world["candidates"][0]
    answer = session_client(world["consultant"]).get(URL, _params(mine, world["nurse"]))
    assert answer.status_code == 200
    out = StringIO()
    call_command("business_case", candidate=mine.external_key, work=world["nurse"].external_key, loonwaarde="50",
                 date="2026-01-01", months="3", json=True, stdout=out)
    assert answer.json() == json.loads(out.getvalue())
    assert answer.json()["candidate"] == mine.external_key


def test_an_employer_gets_the_pseudonymised_case(world: dict[str, Any]) -> None:
    candidate = world["candidates"][1]
    answer = session_client(world["hr"]).get(URL, _params(candidate, world["nurse"], loonwaarde=""))
    assert answer.status_code == 200
    body = answer.json()
    assert body["candidate"] == pseudonym_for(actor_for(world["hr"]), candidate.pk)
    assert not {"candidate_id", "doelgroep", "age"} & set(body)
    assert body["loonwaarde"]["kind"] == "estimate" and "limited_items" not in body["loonwaarde"]
    text = answer.content.decode()
    assert candidate.external_key not in text and candidate.bsn not in text and "fml_profile" not in text
    assert body["totals"]["lks"] > 0  # the amounts stay


@pytest.mark.parametrize("who, candidate_index, work", [
    ("hr", 3, "nurse"),          # not consented, not introduced
    ("hr", 1, "other_work"),     # another organisation's work
    ("hr_other", 1, "nurse"),    # another employer
    ("consultant", 3, "nurse"),  # not the consultant's caseload
    ("jobcoach", 0, "nurse"),    # no right to the work's wages
])
def test_refusals_are_403_with_an_audit_row(world: dict[str, Any], who: str, candidate_index: int,
                                            work: str) -> None:
    before = AuditEvent.objects.filter(result="refused").count()
    answer = session_client(world[who]).get(URL, _params(world["candidates"][candidate_index], world[work]))
    assert answer.status_code == 403
    assert AuditEvent.objects.filter(result="refused").count() == before + 1


def test_bad_input_names_the_parameter(world: dict[str, Any]) -> None:
    client = session_client(world["consultant"])
    mine = world["candidates"][0]
    answer = client.get(URL, _params(mine, world["nurse"], loonwaarde=150))
    assert answer.status_code == 400
    assert [p["name"] for p in answer.json()["invalid_params"]] == ["loonwaarde"]
    missing = client.get(URL, {"candidate": 999999, "work": world["nurse"].pk})
    assert missing.status_code == 400 and missing.json()["invalid_params"][0]["name"] == "candidate"


@pytest.mark.parametrize("kind, magic", [("pdf", b"%PDF"), ("xlsx", b"PK")])
def test_downloads_are_files_and_audited(world: dict[str, Any], kind: str, magic: bytes) -> None:
    candidate = world["candidates"][1]
    client = session_client(world["hr"])
    before = AuditEvent.objects.filter(action="export", subject_id=candidate.pk).count()
    answer = client.get(f"{URL}{kind}/", _params(candidate, world["nurse"]))
    assert answer.status_code == 200 and answer.content.startswith(magic)
    assert "attachment" in answer["Content-Disposition"]
    assert AuditEvent.objects.filter(action="export", subject_id=candidate.pk).count() == before + 1
    no_purpose = session_client(world["hr"], purpose=None).get(f"{URL}{kind}/", _params(candidate, world["nurse"]))
    assert no_purpose.status_code == 400  # an export states its purpose


def test_a_carved_role_has_a_business_case(world: dict[str, Any]) -> None:
    client = session_client(world["consultant"])
    carved = client.post("/api/v1/carve/", {"employer": world["orgs"]["cw-zkh"].pk, "date": "2026-03-01"},
                         format="json")
    assert carved.status_code == 200 and carved.json()["saved_work"]
    from werkbrug.registry.models import Work

    role = Work.objects.get(external_key=carved.json()["saved_work"][0])
    answer = client.get(URL, _params(world["candidates"][0], role))
    assert answer.status_code == 200 and answer.json()["work_kind"] == "carved_role"
    assert answer.json()["hours_per_week"] == 27.0


def test_an_employer_names_a_consenting_candidate_by_pseudonym(world: dict[str, Any]) -> None:
    client = session_client(world["hr"])
    consenting, hidden = world["candidates"][1], world["candidates"][3]
    name = pseudonym_for(actor_for(world["hr"]), consenting.pk)
    answer = client.get(URL, {**_params(consenting, world["nurse"]), "candidate": name.lower()})
    assert answer.status_code == 200 and answer.json()["candidate"] == name
    # a hidden candidate's pseudonym (as another tenant would compute it) is not found for this employer
    guessed = pseudonym_for(actor_for(world["hr"]), hidden.pk)
    answer = client.get(URL, {**_params(hidden, world["nurse"]), "candidate": guessed})
    assert answer.status_code == 400 and answer.json()["invalid_params"][0]["name"] == "candidate"
