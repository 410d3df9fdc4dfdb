"""The pathways and follow-up pages: who may see them, the due list on a frozen day, recording a
contact and a transition (a refused one says why), learning routes, outcomes and downloads."""

from datetime import date
from io import BytesIO
from typing import Any

import pytest
from openpyxl import load_workbook
from pathways_world import build

from werkbrug.pathways.models import FollowUpContact, LearningRoute, TrajectoryPeriod
from werkbrug.registry.models import Certificate
from werkbrug.security.testing import session_client
from werkbrug.web.views import pathways_common

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
DAY = date(2025, 3, 12)


@pytest.fixture
def world(registry_base: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(pathways_common, "CLOCK", lambda: DAY)
    return build(registry_base)


def test_due_list_on_a_frozen_day_and_recording_the_contact(world: dict[str, Any]) -> None:
    client = session_client(world["coach"])
    page = client.get("/followup/").content.decode()
    assert "Sanne Jansen" in page and "2 dagen te laat" in page
    planned = FollowUpContact.objects.filter(planned_on=date(2025, 3, 10)).get()
    form = client.get(f"/followup/candidates/{world['mine'].pk}/?contact={planned.pk}")
    assert form.status_code == 200 and "10 maart 2025" in form.content.decode()
    done = client.post(f"/followup/candidates/{world['mine'].pk}/", {
        "contact": planned.pk, "kind": "contact", "held_on": "12-03-2025", "outcome": "going_well", "notes": "prima"})
    assert done.status_code == 302
    planned.refresh_from_db()
    assert planned.held_on == DAY and planned.jobcoach == world["coach"]
    assert "Niets aan de beurt" in client.get("/followup/").content.decode()
    future = client.post(f"/followup/candidates/{world['mine'].pk}/", {
        "kind": "contact", "held_on": "12-04-2025", "outcome": "going_well"})
    assert future.status_code == 400 and "toekomst" in future.content.decode()


def test_timeline_records_allowed_steps_and_explains_refusals(world: dict[str, Any]) -> None:
    client = session_client(world["coach"])
    url = f"/pathways/candidates/{world['mine'].pk}/"
    assert "Proefplaatsing" in client.get(url).content.decode()
    refused = client.post(url, {"situation": "sw_dienstverband", "start_date": "01-04-2025"})
    body = refused.content.decode()
    assert refused.status_code == 400 and "niet toegestaan" in body and "error-summary" in body
    ok = client.post(url, {"situation": "banenafspraak_baan", "start_date": "01-04-2025", "jobcoach": "on"})
    assert ok.status_code == 302
    last = TrajectoryPeriod.objects.filter(candidate=world["mine"]).last()
    assert (last.situation, last.transition_kind, last.support["jobcoach"]) == ("banenafspraak_baan", "forward", True)


def test_learning_route_from_start_to_certificate(world: dict[str, Any]) -> None:
    client = session_client(world["coach"])
    url = f"/pathways/candidates/{world['mine'].pk}/learning/"
    assert client.post(url, {"action": "start", "crebo": "90003", "target": "praktijkverklaring",
                             "start_date": "01-02-2025"}).status_code == 302
    route = LearningRoute.objects.get()
    prefix = f"r{route.pk}-B1-K1-W2"
    missing = client.post(url, {"action": "progress", "route": route.pk, "prefix": prefix,
                                f"{prefix}-werkproces": "B1-K1-W2", f"{prefix}-status": "achieved"})
    assert missing.status_code == 400 and "bewijs" in missing.content.decode()
    assert client.post(url, {"action": "progress", "route": route.pk, "prefix": prefix,
                             f"{prefix}-werkproces": "B1-K1-W2", f"{prefix}-status": "achieved",
                             f"{prefix}-evidence": "HACCP-check getekend"}).status_code == 302
    assert client.post(url, {"action": "complete", "route": route.pk,
                             f"c{route.pk}-completed_on": "10-03-2025"}).status_code == 302
    assert Certificate.objects.filter(candidate=world["mine"], code="PV-90003", kind="praktijkverklaring").exists()
    assert "PV-90003" in client.get(url).content.decode()


@pytest.mark.parametrize("path", ["/pathways/candidates/{theirs}/", "/pathways/candidates/{theirs}/learning/",
                                  "/followup/candidates/{theirs}/"])
def test_other_caseloads_are_refused(world: dict[str, Any], path: str) -> None:
    url = path.format(theirs=world["theirs"].pk)
    assert session_client(world["coach"]).get(url).status_code == 403
    assert session_client(world["analyst"]).get(url).status_code == 403
    assert session_client(world["colleague"]).get(url).status_code == 200


def test_outcomes_for_the_analyst_with_definitions_and_downloads(world: dict[str, Any]) -> None:
    analyst = session_client(world["analyst"])
    page = analyst.get("/pathways/outcomes/?as_of=2025-12-31")
    body = page.content.decode()
    assert page.status_code == 200 and "Definities" in body and "Wilson" in body and "<svg" not in body
    assert body.count('class="web-chart"') == 5 and "Sanne" not in body
    csv = analyst.get("/pathways/outcomes/download.csv?as_of=2025-12-31")
    text = csv.content.decode("utf-8-sig")
    assert csv.status_code == 200 and "# doorstroom" in text and "# definitions" in text
    # a cohort of one is published without its counts (small-count suppression)
    assert "2025;2025-01-01;2025-12-31;dagbesteding;werk;Holland Rijnland;;;;;;True" in text
    xlsx = analyst.get("/pathways/outcomes/download.xlsx?as_of=2025-12-31")
    book = load_workbook(BytesIO(xlsx.content))
    assert {"definitions", "doorstroom", "durability", "completions"} <= set(book.sheetnames)
    assert analyst.get("/pathways/outcomes/download.pdf").status_code == 404
    for who in ("coach", "hr"):
        assert session_client(world[who]).get("/pathways/outcomes/").status_code == 403
    assert session_client(world["hr"]).get("/followup/").status_code == 403


def test_candidate_page_links_to_the_pathway_pages_for_the_caseload(world: dict[str, Any]) -> None:
    page = session_client(world["coach"]).get(f"/candidates/{world['mine'].pk}/").content.decode()
    assert f"/pathways/candidates/{world['mine'].pk}/learning/" in page
    assert f"/followup/candidates/{world['mine'].pk}/" in page
    other = session_client(world["analyst"]).get(f"/candidates/{world['mine'].pk}/")
    assert other.status_code == 403 or "/pathways/candidates/" not in other.content.decode()
