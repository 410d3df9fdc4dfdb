"""The dashboard's follow-up block: the first due and overdue contacts of the user's own caseload,
with a link to the Nazorg page, left out for a user who may not see follow-up contacts, and the
same number of queries however many contacts are due."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from werkbrug.pathways import followup
from werkbrug.web.views import home, pathways_common

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
DAY = date(2025, 3, 12)


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pathways_common, "CLOCK", lambda: DAY)


def _name(candidate: Any) -> str:
    return f"{candidate.given_name} {candidate.family_name}".strip()


def test_the_dashboard_lists_due_and_overdue_contacts_of_my_caseload(
        consultant_client: Client, world: dict[str, Any], frozen: None) -> None:
    late, soon, later = world["mine"]
    followup.plan_contact(late, "contact", DAY - timedelta(days=2))
    followup.plan_contact(soon, "evaluation", DAY + timedelta(days=1))
    followup.plan_contact(later, "contact", DAY + timedelta(days=200))  # not due yet
    followup.plan_contact(world["theirs"][0], "contact", DAY - timedelta(days=5))  # a colleague's caseload
    page = consultant_client.get(reverse("web:home")).content.decode()
    assert "Nazorgcontacten" in page and reverse("web:followup-due") in page
    assert "2 dagen te laat" in page and _name(late) in page and _name(soon) in page
    assert _name(later) not in page.split('id="followup-caption"')[1].split("</table>")[0]
    assert _name(world["theirs"][0]) not in page
    assert "Op 12 maart 2025: 2 contacten" in page
    english = consultant_client.get(reverse("web:home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "overdue by 2 days" in english and "All follow-up contacts due" in english


def test_nothing_due_says_so(consultant_client: Client, world: dict[str, Any], frozen: None) -> None:
    page = consultant_client.get(reverse("web:home")).content.decode()
    assert "Niets aan de beurt. Goed bezig." in page


def test_the_block_is_left_out_for_a_user_who_may_not_see_follow_up(
        consultant_client: Client, world: dict[str, Any], frozen: None, monkeypatch: pytest.MonkeyPatch) -> None:
    followup.plan_contact(world["mine"][0], "contact", DAY - timedelta(days=2))
    monkeypatch.setattr(home.pathways_access, "permitted_gate", lambda actor, action="update": False)
    page = consultant_client.get(reverse("web:home")).content.decode()
    assert 'id="followup-caption"' not in page and "Alle nazorgcontacten die aan de beurt zijn" not in page
    assert "Mijn caseload" in page  # the rest of the dashboard is still there


def test_only_the_first_five_are_shown_with_a_constant_number_of_queries(
        consultant_client: Client, world: dict[str, Any], frozen: None) -> None:
    def count() -> tuple[int, str]:
        consultant_client.get(reverse("web:home"))  # warm
        with CaptureQueriesContext(connection) as captured:
            page = consultant_client.get(reverse("web:home")).content.decode()
        return len(captured), page

    followup.plan_contact(world["mine"][0], "contact", DAY - timedelta(days=1))
    few, _ = count()
    for n, candidate in enumerate(world["mine"] * 3):
        followup.plan_contact(candidate, "contact", DAY - timedelta(days=3 + n))
    many, page = count()
    assert many == few
    table = page.split('id="followup-caption"')[1].split("</table>")[0]
    assert table.count('scope="row"') == home.FOLLOWUP_SHOWN
    assert "Op 12 maart 2025: 10 contacten" in page


@pytest.mark.parametrize("user", ["consultant", "colleague", "hr"])
def test_names_in_one_query_decide_as_the_nazorg_page_does(world: dict[str, Any], user: str) -> None:
    from django.test import RequestFactory

    from werkbrug.security.access import MFA_SESSION_KEY

    request = RequestFactory().get("/")
    request.user, request.session = world[user], {MFA_SESSION_KEY: True}  # type: ignore[assignment]
    candidates = [*world["mine"], *world["theirs"]]
    expected = {c.pk: pathways_common.name_of(request, c) for c in candidates}
    assert home._names(request, candidates) == expected
    mine = world["mine"][0]  # the HR officer of the employer sees only the key, the consultants the name
    assert (expected[mine.pk] == mine.external_key) == (user == "hr")
