"""Anonymous clients are refused; lists never show a full BSN; filters and pagination."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from api_builders import BSN_A, BSN_B, save
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.mark.parametrize("method,url", [("get", "/api/v1/candidates/"), ("post", "/api/v1/organisations/"),
                                        ("get", "/api/v1/fml/"), ("get", "/api/v1/skills/")])
def test_anonymous_is_refused(db: None, method: str, url: str) -> None:
    response = getattr(APIClient(), method)(url, {}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Token")
    assert response["Content-Type"].startswith("application/problem+json")


def test_basic_authentication_is_refused_token_works(user: Any) -> None:
    from werkbrug.security.testing import token_client, user_with_role

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Basic Y29uc3VsZW50OmdlaGVpbS13YWNodHdvb3JkLTE=")
    assert client.get("/api/v1/organisations/").status_code == 401
    admin = user_with_role("beheerder", "functional_admin", user.memberships.get().organisation)
    assert token_client(user, issued_by=admin).get("/api/v1/organisations/").status_code == 200


def test_list_masks_bsn_detail_shows_it(api: Any, registry: dict[str, Any]) -> None:
    listing = api.get("/api/v1/candidates/")
    assert BSN_A not in listing.content.decode() and BSN_B not in listing.content.decode()
    assert {c["bsn_masked"] for c in listing.json()["results"]} == {"*****2333", "*****6782"}
    assert all("bsn" not in c for c in listing.json()["results"])
    assert api.get(f"/api/v1/candidates/{registry['anna'].pk}/").json()["bsn"] == BSN_A


def ids(response: Any) -> set[str]:
    assert response.status_code == 200, response.json()
    return {r["external_key"] for r in response.json()["results"]}


def test_candidate_filters(api: Any, registry: dict[str, Any]) -> None:
    base = "/api/v1/candidates/"
    assert ids(api.get(f"{base}?postcode=3511")) == {"CAN-1"}
    assert ids(api.get(f"{base}?postcode=35")) == {"CAN-1", "CAN-2"}
    assert ids(api.get(f"{base}?situation=dagbesteding")) == {"CAN-2"}
    assert ids(api.get(f"{base}?available_on={date.today()}")) == {"CAN-1"}
    assert ids(api.get(f"{base}?doelgroep=praktijkroute")) == {"CAN-1"}
    assert ids(api.get(f"{base}?arbeidsmarktregio=midden-utrecht")) == {"CAN-1", "CAN-2"}
    assert ids(api.get(f"{base}?organisation={registry['bakery'].pk}")) == set()
    assert ids(api.get(f"{base}?external_key=CAN-2")) == {"CAN-2"}


def test_work_and_placement_filters(api: Any, registry: dict[str, Any]) -> None:
    bakery, gemeente = registry["bakery"], registry["gemeente"]
    assert ids(api.get(f"/api/v1/work/?employer={bakery.pk}&status=open&kind=carved_role")) == {"W-1"}
    assert ids(api.get("/api/v1/work/?status=closed")) == set()
    assert ids(api.get("/api/v1/work/?arbeidsmarktregio=Midden-Utrecht")) == {"W-1"}
    save("placements", external_key="P-2", candidate="CAN-2", work="W-1", kind="detachering",
         employer_of_record="ORG-G", inlener="ORG-B", hours_per_week=8, start_date=date(2020, 1, 1),
         end_date=date(2020, 6, 30))
    assert ids(api.get(f"/api/v1/placements/?employer={bakery.pk}")) == {"P-1", "P-2"}
    assert ids(api.get(f"/api/v1/placements/?employer={gemeente.pk}")) == set()
    assert ids(api.get("/api/v1/placements/?active_on=2020-03-01")) == {"P-2"}
    assert ids(api.get("/api/v1/placements/?active_on=2025-01-01")) == {"P-1"}
    assert ids(api.get(f"/api/v1/placements/?candidate={registry['anna'].pk}")) == {"P-1"}


def test_pagination_and_ordering(api: Any, db: None) -> None:
    for n in range(7):
        save("organisations", external_key=f"O-{n}", name=f"Org {n}", kind="employer", sector="markt")
    # kind=employer leaves out the signed-in administrator's own gemeente
    first = api.get("/api/v1/organisations/?kind=employer&page_size=3&ordering=-name").json()
    assert first["count"] == 7 and len(first["results"]) == 3
    assert [o["name"] for o in first["results"]] == ["Org 6", "Org 5", "Org 4"]
    last = api.get("/api/v1/organisations/?kind=employer&page_size=3&page=3&ordering=-name").json()
    assert [o["name"] for o in last["results"]] == ["Org 0"] and last["next"] is None
    assert api.get("/api/v1/organisations/?kind=employer&page=9").status_code == 404
