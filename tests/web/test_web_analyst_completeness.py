"""Profile completeness for a consultant's caseload: incomplete or stale profiles, what to ask next,
a link to the candidate; only the own caseload; refused for roles without profile access."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from test_web_analyst_builders import account, signed_in

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def test_the_consultant_sees_their_incomplete_profiles_and_what_to_ask(world: dict[str, Any],
                                                                        consultant_client: Client) -> None:
    consultant_client.cookies["django_language"] = "en"
    response = consultant_client.get("/trust/completeness/")
    assert response.status_code == 200
    body = response.content.decode()
    for candidate in world["mine"]:
        assert f'href="/candidates/{candidate.pk}/"' in body  # never reviewed: stale, so listed
    for candidate in world["theirs"]:
        assert f'href="/candidates/{candidate.pk}/"' not in body  # a colleague's caseload
    assert "review due" in body and "<ol" in body  # the questions to ask next
    assert 'href="/trust/completeness/"' in body  # in the consultant's menu


def test_completeness_is_refused_without_profile_access(world: dict[str, Any]) -> None:
    assert signed_in(account("analist", "policy_analyst", world["gemeente"]), mfa=False).get(
        "/trust/completeness/").status_code == 403
    assert signed_in(world["hr"], mfa=False).get("/trust/completeness/").status_code == 403
