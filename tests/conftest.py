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
