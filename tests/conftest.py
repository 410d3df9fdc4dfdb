"""Shared fixtures. Tests that touch the database carry the `storage` marker (added here
automatically for every test that uses the `db` fixtures) so that `make test` can run them
on PostgreSQL as well."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if {"db", "transactional_db", "django_db_setup"} & set(fixtures) or item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.storage)


@pytest.fixture
def catalogues(db: None) -> None:
    from werkbrug.registry import services

    services.load_reference_catalogues()


@pytest.fixture
def registry_base(db: None) -> dict[str, object]:
    """A gemeente, an employer with one location, and one work item with a task."""
    from datetime import date
    from decimal import Decimal

    from record_values import organisation_values
    from werkbrug.registry import services

    gemeente, _ = services.save_record("organisations", organisation_values(
        "gem-1", name="Gemeente Leiden", kind="gemeente", sector="overheid", kvk_number=""))
    employer, _ = services.save_record("organisations", organisation_values("emp-1"))
    location, _ = services.save_record("locations", {
        "external_key": "loc-1", "organisation": "emp-1", "name": "Bakkerij", "postcode": "2312 CD",
        "place": "Leiden", "latitude": Decimal("52.158"), "longitude": Decimal("4.49")})
    work, _ = services.save_record("work", {
        "external_key": "work-1", "employer": "emp-1", "location": "loc-1", "kind": "vacancy",
        "title": "Inpakker", "hours_per_week": Decimal("24"), "contract_type": "tijdelijk", "status": "open",
        "start_date": date(2025, 3, 1)})
    services.save_record("tasks", {"work": "work-1", "key": "t1", "name": "Dozen vullen",
                                   "hours_per_week": Decimal("24"),
                                   "fml_demand": {"IV.12": {"level": 2, "value": 15.0}}})
    return {"gemeente": gemeente, "employer": employer, "location": location, "work": work}


@pytest.fixture
def cli_operator(db: None, monkeypatch: pytest.MonkeyPatch) -> object:
    """A named operator (WERKBRUG_OPERATOR) for commands that read or export personal data: a
    functional administrator of every organisation, also of those a test creates later."""
    from django.db.models.signals import post_save

    from werkbrug.registry.models import Organisation
    from werkbrug.security.models import Membership
    from werkbrug.security.testing import user_with_role

    user = user_with_role("cli-operator", None)

    def grant(sender: object, instance: Organisation, created: bool, **kwargs: object) -> None:
        if created:
            Membership.objects.get_or_create(user=user, organisation=instance, role="functional_admin")

    for organisation in Organisation.objects.all():
        grant(Organisation, organisation, True)
    post_save.connect(grant, sender=Organisation, dispatch_uid="cli-operator")
    monkeypatch.setenv("WERKBRUG_OPERATOR", user.username)
    yield user
    post_save.disconnect(sender=Organisation, dispatch_uid="cli-operator")


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Each test starts with an empty cache: cached figures of an earlier test's data must not leak."""
    from django.core.cache import cache

    cache.clear()
