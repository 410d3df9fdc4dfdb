"""A small world for the pathways pages and API: a jobcoach with one candidate in their caseload
(placed, with planned follow-up), a colleague's candidate, a policy analyst and an employer."""

from __future__ import annotations

from datetime import date
from typing import Any

START = date(2025, 3, 3)  # placement start; first contact planned 2025-03-10


def build(registry_base: dict[str, Any]) -> dict[str, Any]:
    from pathways_builders import account, candidate, placement

    from werkbrug.pathways import followup, services

    gemeente = registry_base["gemeente"]
    coach = account("coach", "jobcoach", gemeente)
    colleague = account("collega", "jobcoach", gemeente)
    analyst = account("analist", "policy_analyst", gemeente)
    hr = account("hr", "employer_hr", registry_base["employer"])
    mine = candidate("cand-1", consultant=coach, arbeidsmarktregio="Holland Rijnland")
    theirs = candidate("cand-2", consultant=colleague, arbeidsmarktregio="Holland Rijnland")
    services.append_period(mine, "dagbesteding", date(2024, 1, 1), today=START)
    services.append_period(mine, "proefplaatsing", START, today=START, support={"jobcoach": True})
    followup.plan_for_placement(placement(mine, START), jobcoach=coach)
    return {**registry_base, "coach": coach, "colleague": colleague, "analyst": analyst, "hr": hr,
            "mine": mine, "theirs": theirs}
