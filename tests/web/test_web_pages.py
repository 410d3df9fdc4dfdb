"""Each page answers, shows what it should, and never shows a full BSN on a list."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def test_home_invites_to_sign_in_when_anonymous(db: None) -> None:
    response = Client().get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'lang="nl"' in body and "Aanmelden" in body and 'href="#main"' in body


def test_pages_need_a_sign_in(db: None) -> None:
    response = Client().get(reverse("web:candidates"))
    assert response.status_code == 302 and "/auth/login/" in response["Location"]


def test_dashboard_shows_the_caseload(consultant_client: Client, world: dict[str, Any]) -> None:
    response = consultant_client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Mijn caseload" in body
    assert "Jansen1" in body and "Jansen10" not in body  # a colleague's candidate is not in my caseload


def test_candidate_list_hides_the_bsn(consultant_client: Client, world: dict[str, Any]) -> None:
    response = consultant_client.get(reverse("web:candidates"))
    assert response.status_code == 200
    body = response.content.decode()
    for candidate in world["mine"] + world["theirs"]:
        assert candidate.family_name in body
        assert candidate.bsn not in body and candidate.bsn[-4:] not in body


def test_candidate_list_filters_and_searches(consultant_client: Client, world: dict[str, Any]) -> None:
    mine = consultant_client.get(reverse("web:candidates"), {"mine": "on"}).content.decode()
    assert "Jansen1," in mine and "Jansen10" not in mine
    found = consultant_client.get(reverse("web:candidates"), {"q": "jansen2"}).content.decode()
    assert "Jansen2," in found and "Jansen1," not in found
    by_key = consultant_client.get(reverse("web:candidates"), {"q": "cand-3"}).content.decode()
    assert "Jansen3," in by_key and "Jansen1," not in by_key


def test_candidate_list_paginates(consultant_client: Client, world: dict[str, Any]) -> None:
    from web_builders import make_candidates

    make_candidates(30, world["consultant"], start=100)
    first = consultant_client.get(reverse("web:candidates")).content.decode()
    assert "Pagina 1 van 2" in first and 'rel="next"' in first
    second = consultant_client.get(reverse("web:candidates"), {"page": 2}).content.decode()
    assert "Pagina 2 van 2" in second and 'rel="prev"' in second


def test_candidate_detail_masks_the_bsn(consultant_client: Client, world: dict[str, Any]) -> None:
    candidate = world["mine"][0]
    response = consultant_client.get(reverse("web:candidate", args=[candidate.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert candidate.bsn not in body and f"*****{candidate.bsn[-4:]}" in body
    assert "IV.12" in body and "Tillen" in body or "tillen" in body.lower()


def test_candidate_detail_outside_the_caseload_shows_no_health_data(
        consultant_client: Client, world: dict[str, Any]) -> None:
    other = world["theirs"][0]
    response = consultant_client.get(reverse("web:candidate", args=[other.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert other.family_name in body and "IV.12" not in body


def test_english_is_selectable(consultant_client: Client, world: dict[str, Any]) -> None:
    response = consultant_client.post(reverse("web:set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    body = consultant_client.get("/").content.decode()
    assert 'lang="en"' in body and "My caseload" in body


def test_list_and_detail_query_counts(consultant_client: Client, world: dict[str, Any],
                                      django_assert_max_num_queries: Any) -> None:
    from web_builders import make_candidates

    make_candidates(25, world["consultant"], start=200)
    # 4 for the session, the user and their grants, 3 for the session's last-seen time, 2 for the page
    with django_assert_max_num_queries(9):
        assert consultant_client.get(reverse("web:candidates")).status_code == 200
    with django_assert_max_num_queries(10):  # and 1 for the follow-up contacts due (none here)
        assert consultant_client.get(reverse("web:home")).status_code == 200
    with django_assert_max_num_queries(14):
        assert consultant_client.get(reverse("web:candidate", args=[world["mine"][0].pk])).status_code == 200
