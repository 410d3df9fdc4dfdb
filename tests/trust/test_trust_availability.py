"""Matching never ranks an unavailable candidate as available (available_from, unavailable_until)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from trust_builders import BSNS, REGION, TODAY, candidate

from werkbrug.matching import services
from werkbrug.trust import services as trust

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def _listed(today: date = TODAY) -> list[str]:
    return [r["candidate"] for r in services.recommend_for_work("TR-W1", 10, today=today)["candidates"]]


def test_unavailable_candidates_are_left_out_until_they_are_available(region: dict[str, Any]) -> None:
    candidate("TR-C7", BSNS[6], unavailable_until=date(2026, 5, 31), unavailable_reason="behandeling")
    candidate("TR-C8", BSNS[7], available_from=date(2026, 6, 1))
    candidate("TR-C9", BSNS[8], unavailable_until=date(2026, 3, 31))  # back on the start date (1 April)
    assert sorted(_listed()) == ["TR-C1", "TR-C2", "TR-C9"]
    assigned = {a["candidate"] for a in services.assign(REGION, today=TODAY)["assignments"]}
    assert not assigned & {"TR-C7", "TR-C8"}
    for key in ("TR-C7", "TR-C8"):
        assert services.explain(key, "TR-W1", today=TODAY)["verdict"] == "excluded"
        why = trust.why_not(key, "TR-W1", today=TODAY)
        assert [r["code"] for r in why["reasons"]] == ["unavailable"]
        assert [r["candidate"] for r in services.recommend_for_candidate(key, today=TODAY)["work"]] == []
    assert trust.why_not("TR-C7", "TR-W1", today=TODAY)["unavailable_reason"] == "behandeling"
