"""Fixtures for the calculator and carving API tests."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient


@pytest.fixture
def api(db: None, request: pytest.FixtureRequest) -> APIClient:
    """A functional administrator (second factor given) of the ward's gemeente."""
    from werkbrug.registry import services
    from werkbrug.registry.models import Organisation
    from werkbrug.security.testing import session_client, user_with_role

    if "ward" in request.fixturenames:
        request.getfixturevalue("ward")
        home = Organisation.objects.get(external_key="CA-GEM")
    else:
        home, _ = services.save_record("organisations", {"external_key": "CA-HOME", "name": "Gemeente Thuis",
                                                         "kind": "gemeente", "sector": "overheid"})
    return session_client(user_with_role("capability-consulent", "functional_admin", home))


@pytest.fixture
def anonymous(db: None) -> APIClient:
    return APIClient()


@pytest.fixture
def ward(db: None) -> Any:
    from capability_builders import build_ward

    return build_ward()
