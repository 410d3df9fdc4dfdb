"""Fixtures for the proposal tests; builders live in proposal_builders.py."""

from __future__ import annotations

from typing import Any

import pytest
from proposal_builders import REGION, TODAY, build_region


@pytest.fixture
def region(db: None) -> dict[str, Any]:
    return build_region()


@pytest.fixture
def consultant(db: None) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("proposal-consulent", password="geheim-wachtwoord-1")


@pytest.fixture
def proposal(region: dict[str, Any]) -> Any:
    """The one proposal of an optimal assignment of the region (anna on the work item)."""
    from werkbrug.matching import runs

    _, run = runs.assign_and_save(REGION, today=TODAY)
    return run.proposals.get()


@pytest.fixture
def api(consultant: Any) -> Any:
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_login(consultant)
    return client


@pytest.fixture
def anonymous(db: None) -> Any:
    from rest_framework.test import APIClient

    return APIClient()
