"""Fixtures for the trust tests; builders live in trust_builders.py."""

from __future__ import annotations

from typing import Any

import pytest
from trust_builders import build, user


@pytest.fixture
def region(db: None) -> dict[str, Any]:
    return build()


@pytest.fixture
def consultant(db: None, request: pytest.FixtureRequest) -> Any:
    """A functional administrator (second factor given) of the region's gemeente."""
    from trust_builders import save

    from werkbrug.registry.models import Organisation
    from werkbrug.security.models import Membership

    account = user()
    if "region" in request.fixturenames:
        request.getfixturevalue("region")
        home = Organisation.objects.get(external_key="TR-GEM")
    else:
        home = save("organisations", external_key="TR-HOME", name="Gemeente Thuis", kind="gemeente",
                    sector="overheid")
    Membership.objects.create(user=account, organisation=home, role="functional_admin")
    return account


@pytest.fixture
def api(consultant: Any) -> Any:
    from werkbrug.security.testing import session_client

    return session_client(consultant)
