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
def user(db: None) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("inkoper", password="geheim-wachtwoord-1")
