"""Fixtures for the SROI ledger tests; helpers live in sroi_builders.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sroi_builders import world


@pytest.fixture
def ledger(db: None, settings: Any, tmp_path: Path) -> dict[str, Any]:
    settings.DATA_DIR = tmp_path
    return world()


@pytest.fixture
def user(ledger: dict[str, Any]) -> Any:
    from werkbrug.registry.models import Organisation
    from werkbrug.security.models import Membership
    from werkbrug.security.testing import user_with_role

    # both sides of every contract: the buyer's inkoper (terms, verification) and the supplier's
    # HR officer (entries, evidence); the scoping between them is tested in tests/sroi/
    user = user_with_role("inkoper", None)
    for organisation in Organisation.objects.all():
        for role in ("inkoper", "employer_hr"):
            Membership.objects.get_or_create(user=user, organisation=organisation, role=role)
    return user
