"""Fixtures for the import/export tests: the example files and a helper for valid BSNs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from transfer_paths import BAD, GOOD, ORDER, make_bsn


@pytest.fixture
def bsn() -> Callable[[int], str]:
    return make_bsn


@pytest.fixture
def good_files() -> Path:
    return GOOD


@pytest.fixture
def bad_files() -> Path:
    return BAD


@pytest.fixture
def load_good(db: None) -> Callable[..., None]:
    """Import the example files of the given kinds (default: all), in dependency order."""
    from werkbrug.transfer import services

    def load(*kinds: str) -> None:
        for kind in ORDER:
            if not kinds or kind in kinds:
                result = services.import_file(kind, GOOD / f"{kind}.csv")
                assert result.ok, [str(p) for p in result.errors]

    return load
