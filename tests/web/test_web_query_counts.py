"""No N+1: the main list and detail pages run the same number of queries whether they show a
few rows or many (each page is asked once to warm caches, then counted)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from administration_builders import make_admin, signed_in
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from web_builders import make_candidates

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def queries(client: Client, url: str) -> int:
    assert client.get(url).status_code == 200  # warm: the matching index, the catalogues
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def add_work(start: int, count: int) -> None:
    from werkbrug.registry import services

    for n in range(start, start + count):
        services.save_record("work", {
            "external_key": f"work-q{n}", "employer": "emp-1", "location": "loc-1", "kind": "vacancy",
            "title": f"Medewerker {n}", "hours_per_week": Decimal("24"), "contract_type": "tijdelijk",
            "status": "open", "start_date": date(2025, 3, 1)})
        services.save_record("tasks", {"work": f"work-q{n}", "key": "t1", "name": "Inpakken",
                                       "hours_per_week": Decimal("24"), "fml_demand": {}})


def add_placements(candidate: Any, count: int) -> None:
    from werkbrug.registry import services

    for n in range(count):
        services.save_record("placements", {
            "external_key": f"pl-{candidate.pk}-{n}", "candidate": candidate.external_key, "work": "work-1",
            "kind": "dienstverband", "employer_of_record": "emp-1", "hours_per_week": Decimal("20"),
            "start_date": date(2020 + n % 5, 1 + n % 12, 1), "end_date": date(2020 + n % 5, 1 + n % 12, 20),
            "end_reason": "einde_contract"})


def test_candidate_list_and_dashboard(consultant_client: Client, world: dict[str, Any]) -> None:
    urls = [reverse("web:candidates"), reverse("web:home"), reverse("web:candidates") + "?mine=on&status=available"]
    few = [queries(consultant_client, url) for url in urls]
    make_candidates(40, world["consultant"], start=300)
    assert [queries(consultant_client, url) for url in urls] == few


def test_candidate_detail_with_many_placements(consultant_client: Client, world: dict[str, Any]) -> None:
    candidate = world["mine"][0]
    url = reverse("web:candidate", args=[candidate.pk])
    add_placements(candidate, 1)
    few = queries(consultant_client, url)
    add_placements(candidate, 12)
    assert queries(consultant_client, url) == few


def test_work_list_and_matches(consultant_client: Client, world: dict[str, Any]) -> None:
    candidate = world["mine"][0]
    urls = [reverse("web:work"), reverse("web:candidate-matches", args=[candidate.pk]),
            reverse("web:work-candidates", args=[world["work"].pk])]
    add_work(1, 2)
    few = [queries(consultant_client, url) for url in urls]
    add_work(10, 20)
    make_candidates(15, world["consultant"], start=400)
    assert [queries(consultant_client, url) for url in urls] == few


def test_administration_lists(world: dict[str, Any]) -> None:
    from django.contrib.auth import get_user_model

    from werkbrug.security.models import DataSharingAgreement, Membership

    admin = make_admin(world["gemeente"])
    client = signed_in(admin)
    urls = [reverse("web:administration-accounts"), reverse("web:administration-organisations"),
            reverse("web:administration-agreements"), reverse("web:administration-parameters")]
    DataSharingAgreement.objects.create(provider=world["gemeente"], recipient=world["employer"],
                                        field_classes=["general"], purpose="bemiddeling", reference="r",
                                        valid_from=date(2026, 1, 1), recorded_by=admin)
    few = [queries(client, url) for url in urls]
    for n in range(15):
        user = get_user_model().objects.create_user(f"extra-{n}")
        Membership.objects.create(user=user, organisation=world["gemeente"], role="jobcoach")
        Membership.objects.create(user=user, organisation=world["employer"], role="employer_hr")
        DataSharingAgreement.objects.create(provider=world["gemeente"], recipient=world["employer"],
                                            field_classes=["general"], purpose="bemiddeling", reference=f"r{n}",
                                            valid_from=date(2026, 1, 1), recorded_by=admin)
    assert [queries(client, url) for url in urls] == few
