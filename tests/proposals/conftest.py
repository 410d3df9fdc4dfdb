"""Fixtures for the proposal tests; builders live in proposal_builders.py."""

from __future__ import annotations

from typing import Any

import pytest
from proposal_builders import REGION, TODAY, build_region


@pytest.fixture
def region(db: None) -> dict[str, Any]:
    return build_region()


@pytest.fixture
def consultant(db: None, request: pytest.FixtureRequest) -> Any:
    """A functional administrator (second factor given) of the region's gemeente."""
    from proposal_builders import save

    from werkbrug.security.testing import user_with_role

    if {"region", "proposal"} & set(request.fixturenames):
        home = request.getfixturevalue("region")["gemeente"]
    else:
        home = save("organisations", external_key="PB-HOME", name="Gemeente Thuis", kind="gemeente",
                    sector="overheid")
    return user_with_role("proposal-consulent", "functional_admin", home)


@pytest.fixture
def proposal(region: dict[str, Any]) -> Any:
    """The one proposal of an optimal assignment of the region (anna on the work item)."""
    from werkbrug.matching import runs

    _, run = runs.assign_and_save(REGION, today=TODAY)
    return run.proposals.get()


@pytest.fixture
def api(consultant: Any) -> Any:
    from werkbrug.security.testing import session_client

    return session_client(consultant)


@pytest.fixture
def anonymous(db: None) -> Any:
    from rest_framework.test import APIClient

    return APIClient()
