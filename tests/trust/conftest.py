"""Fixtures for the trust tests; builders live in trust_builders.py."""

from __future__ import annotations

from typing import Any

import pytest
from trust_builders import build, user


@pytest.fixture
def region(db: None) -> dict[str, Any]:
    return build()


@pytest.fixture
def consultant(db: None) -> Any:
    return user()


@pytest.fixture
def api(consultant: Any) -> Any:
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_login(consultant)
    return client
