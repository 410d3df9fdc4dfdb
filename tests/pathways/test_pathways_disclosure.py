"""Published outcome figures hide what points at a handful of people (counts 1-4), and what
would let such a count be worked out; large enough figures are left as they are."""

from __future__ import annotations

from typing import Any

from werkbrug.pathways.outcomes import disclosed


def _report() -> dict[str, Any]:
    def flow(cohort: int, moved: int) -> dict[str, Any]:
        return {"period": "2025", "source": "dagbesteding", "target": "werk", "region": "R", "cohort": cohort,
                "moved": moved, "rate": moved / cohort, "low": 0.0, "high": 1.0}

    return {
        "doorstroom": [flow(40, 10), flow(40, 3), flow(3, 0), flow(40, 38)],
        "value_of_work": [{"period": "2025-H1", "responses": 4, "overall": 3.5},
                          {"period": "2025-H2", "responses": 12, "overall": 3.9}],
        "completions": [{"year": "2025", "praktijkverklaring": 9, "mbo_certificaat": 2, "diploma": 7, "total": 18}],
        "end_reasons": [{"end_reason": "einde_contract", "placements": 30}, {"end_reason": "verhuizing", "placements": 1},
                        {"end_reason": "ziekte", "placements": 6}],
        "survival_by_month": [{"month": 0, "survival": 1.0, "at_risk": 40}, {"month": 24, "survival": 0.5, "at_risk": 3}],
        "survival": {"curve": [{"day": 10.0, "at_risk": 40, "events": 1, "survival": 0.97},
                               {"day": 700.0, "at_risk": 2, "events": 1, "survival": 0.5}],
                     "durability": [{"months": 3, "days": 91.3, "survival": 0.9, "at_risk": 30, "low": 0.8, "high": 0.95},
                                    {"months": 24, "days": 730.5, "survival": 0.5, "at_risk": 2, "low": 0.1, "high": 0.9}]},
    }


def test_small_flows_and_their_complements_are_hidden_and_large_ones_kept() -> None:
    flows = disclosed(_report())["doorstroom"]
    assert (flows[0]["cohort"], flows[0]["moved"], flows[0]["rate"]) == (40, 10, 0.25)
    assert (flows[1]["cohort"], flows[1]["moved"], flows[1]["rate"]) == (40, None, None)  # 3 people moved
    assert (flows[2]["cohort"], flows[2]["moved"]) == (None, None)  # a cohort of 3
    assert (flows[3]["cohort"], flows[3]["moved"]) == (40, None)  # 2 did not move: 40 - 38 gives them away


def test_means_counts_and_survival_resting_on_few_people_are_hidden() -> None:
    report = disclosed(_report())
    assert report["value_of_work"][0]["overall"] is None and report["value_of_work"][1]["overall"] == 3.9
    # 2 is hidden, and with the total shown the next smallest (7) too, so 2 cannot be subtracted out
    assert report["completions"][0] == {"year": "2025", "praktijkverklaring": 9, "mbo_certificaat": None,
                                        "diploma": None, "total": 18}
    assert [r["placements"] for r in report["end_reasons"]] == [30, None, None]
    assert report["survival_by_month"][1] == {"month": 24, "survival": None, "at_risk": None}
    assert [r["day"] for r in report["survival"]["curve"]] == [10.0]
    assert report["survival"]["durability"][1]["survival"] is None
    assert report["survival"]["durability"][0]["survival"] == 0.9
