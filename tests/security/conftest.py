"""Fixtures for security tests: two tenants, an employer, and users with memberships."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from security_builders import PASSWORD


@pytest.fixture
def tenants(registry_base: dict[str, Any]) -> dict[str, Any]:
    from werkbrug.registry import services

    other, _ = services.save_record("organisations", {
        "external_key": "gem-2", "name": "Gemeente Katwijk", "kind": "gemeente", "sector": "overheid"})
    return {**registry_base, "other": other}


@pytest.fixture
def make_user(db: None) -> Any:
    from django.contrib.auth import get_user_model

    from werkbrug.security.models import Membership

    def make(username: str, role: str | None, organisation: Any = None, caseload_only: bool = False,
             password: str | None = PASSWORD) -> Any:
        user = get_user_model().objects.create_user(username, password=password)
        if role:
            Membership.objects.create(user=user, organisation=organisation, role=role, caseload_only=caseload_only)
        return user

    return make


FORBIDDEN_IN_LOGS = [PASSWORD, "111222333", "Sanne", "Jansen", "sanne.jansen@example.nl", "0612345678",
                     "100000010", "100000022", "medewerker-7"]


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture(autouse=True)
def no_personal_data_in_logs() -> Any:
    """Every log line written during every security test is scanned for personal data and secrets."""
    collector = _Collector()
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(collector)
    root.setLevel(logging.DEBUG)
    yield collector
    root.removeHandler(collector)
    root.setLevel(previous_level)
    text = "\n".join(collector.lines)
    leaked = [s for s in FORBIDDEN_IN_LOGS if s in text]
    assert not leaked, f"personal data or secrets in log output: {len(leaked)} item(s)"
