"""Value of work questionnaire: scoring per theme, reverse items, missing answers, trends."""

from datetime import date

import pytest

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.pathways import value_of_work as vow

Q = vow.load()


def test_questionnaire_has_the_six_themes_in_both_languages() -> None:
    assert set(Q.themes) == {"pleasant_work", "colleagues", "rhythm", "health", "belonging", "income"}
    assert Q.scale == (1, 5)
    assert all(q.text.nl.endswith(".") and q.text.en for q in Q.questions)
    assert all(Q.of_theme(t) for t in Q.themes)


def test_theme_scores_by_hand_with_a_reverse_item() -> None:
    answers = {"pw1": 5, "pw2": 4, "pw3": 3, "he1": 4, "he2": 5, "co1": 2, "co2": 3}
    s = vow.score(answers)
    assert s.themes["pleasant_work"] == pytest.approx(4.0)
    assert s.themes["health"] == pytest.approx((4 + 1) / 2)  # he2 reversed: 6 - 5 = 1
    assert s.themes["colleagues"] == pytest.approx(2.5)
    assert s.themes["income"] is None                        # not answered
    assert s.overall == pytest.approx((4.0 + 2.5 + 2.5) / 3)


def test_a_theme_needs_half_of_its_questions() -> None:
    assert vow.score({"pw1": 5}).themes["pleasant_work"] is None    # 1 of 3 < 0.5
    assert vow.score({"co1": 5}).themes["colleagues"] == 5.0        # 1 of 2 = 0.5
    assert vow.score({}).overall is None


def test_bad_answers_are_refused_in_both_languages() -> None:
    with pytest.raises(DomainValidationError) as caught:
        vow.score({"pw1": 6, "xx": 3, "pw2": True})
    codes = sorted(i.code for i in caught.value.issues)
    assert codes == ["out_of_scale", "out_of_scale", "unknown_question"]
    assert "1 tot 5" in caught.value.issues[0].message.nl and "1 to 5" in caught.value.issues[0].message.en


def test_trends_over_time_sorted_with_change() -> None:
    rounds = [(date(2025, 7, 1), {"co1": 4, "co2": 4, "in1": 2}),
              (date(2025, 1, 1), {"co1": 2, "co2": 3, "in1": 1, "in2": 1})]
    got = {t.theme: t for t in vow.trends(rounds)}
    assert got["colleagues"].points == ((date(2025, 1, 1), 2.5), (date(2025, 7, 1), 4.0))
    assert got["colleagues"].change == pytest.approx(1.5)
    assert got["income"].change == pytest.approx(1.0)
    assert got["rhythm"].points == () and got["rhythm"].change is None
    assert got[""].change == pytest.approx(3.0 - 1.75)


def test_inconsistent_file_is_rejected() -> None:
    raw = {"version": "t", "scale": {"min": 1, "max": 5}, "themes": {"a": {"label_nl": "A", "label_en": "A"}},
           "questions": [{"code": "q", "theme": "b", "nl": "x", "en": "x"}]}
    with pytest.raises(ValueError, match="unknown themes"):
        vow.parse(raw)
