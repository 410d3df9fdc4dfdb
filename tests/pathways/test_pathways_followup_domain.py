"""Follow-up schedule and reminder states (pure), hand-checked dates."""

from datetime import date

import pytest

from werkbrug.domain.pathways import followup

S = followup.load()


def test_schedule_dates_from_a_start() -> None:
    assert followup.planned_dates(date(2025, 1, 31)) == [
        ("contact", date(2025, 2, 7)), ("contact", date(2025, 2, 28)), ("evaluation", date(2025, 4, 30)),
        ("evaluation", date(2025, 7, 31)), ("evaluation", date(2026, 1, 31)), ("evaluation", date(2027, 1, 31))]
    assert followup.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


@pytest.mark.parametrize(("today", "expected"), [
    (date(2025, 3, 1), "upcoming"), (date(2025, 3, 2), "due"), (date(2025, 3, 9), "due"),
    (date(2025, 3, 10), "overdue")])
def test_reminder_state_around_the_planned_date(today: date, expected: str) -> None:
    assert S.remind_days_before == 7 and S.overdue_after_days == 0
    assert followup.state(date(2025, 3, 9), None, today) == expected
    assert followup.state(date(2025, 3, 9), date(2025, 3, 12), today) == "held"


def test_durability_per_horizon() -> None:
    rows = followup.durability(date(2024, 1, 15), date(2024, 9, 1), date(2025, 6, 1))
    assert [(h.months, h.status) for h in rows] == [(3, "reached"), (6, "reached"), (12, "ended"), (24, "ended")]
    rows = followup.durability(date(2025, 1, 15), None, date(2025, 7, 14))
    assert [h.status for h in rows] == ["reached", "pending", "pending", "pending"]
    assert rows[1].on == date(2025, 7, 15)
