"""Fixtures for the calculator and carving API tests."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient


@pytest.fixture
def api(db: None) -> APIClient:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("capability-consulent", password="geheim-wachtwoord-1")
    client = APIClient()
    client.force_login(user)
    return client


@pytest.fixture
def anonymous(db: None) -> APIClient:
    return APIClient()


@pytest.fixture
def ward(db: None) -> Any:
    from capability_builders import build_ward

    return build_ward()
