"""Where each role starts after signing in: consultants on their caseload dashboard, employers in
the explorer, roles without a dashboard on the first page their menu offers, and an account
without a role on a plain explanation."""

from __future__ import annotations

from typing import Any

import pytest

from werkbrug.security.testing import session_client, user_with_role

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.mark.parametrize(("role", "organisation", "start"), [
    ("inkoper", "gemeente", "/sroi/"),
    ("policy_analyst", "gemeente", "/analyst/"),
    ("employer_hr", "employer", "/explorer/"),
])
def test_a_role_without_a_dashboard_starts_on_its_first_page(registry_base: dict[str, Any], role: str,
                                                              organisation: str, start: str) -> None:
    client = session_client(user_with_role(f"user-{role}", role, registry_base[organisation]))
    answer = client.get("/")
    assert answer.status_code == 302 and answer["Location"] == start
    assert client.get(start).status_code == 200


def test_a_consultant_sees_the_dashboard_and_an_account_without_role_the_explanation(
        registry_base: dict[str, Any]) -> None:
    consultant = session_client(user_with_role("consulent", "consultant", registry_base["gemeente"]))
    assert consultant.get("/").status_code == 200
    nobody = session_client(user_with_role("niemand", None))
    answer = nobody.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert answer.status_code == 200 and "no role yet" in answer.content.decode()
