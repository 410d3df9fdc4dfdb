"""The trajectory status model refuses impossible transitions with a clear bilingual error."""

from datetime import date

import pytest

from werkbrug.domain import vocabulary
from werkbrug.domain.pathways import model
from werkbrug.domain.pathways.model import Period, check_support, check_timeline, check_transition

M = model.load()


def test_every_situation_maps_to_a_registry_situation_and_all_listed_kinds_exist() -> None:
    assert set(M.situations) >= {"uitkering_bijstand", "uitkering_wajong", "dagbesteding",
                                 "arbeidsmatige_dagbesteding", "beschut_werk", "sw_dienstverband",
                                 "detachering", "banenafspraak_baan", "regulier_werk", "opleiding"}
    assert {s.registry for s in M.situations.values()} <= set(vocabulary.SITUATIONS)
    assert {t.kind for t in M.transitions.values()} == {"forward", "back", "lateral"}


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("dagbesteding", "regulier_werk", "forward"),
    ("uitkering_wajong", "proefplaatsing", "forward"),
    ("regulier_werk", "dagbesteding", "back"),
    ("banenafspraak_baan", "uitkering_wajong", "back"),
    ("detachering", "sw_dienstverband", "back"),
])
def test_allowed_transitions_carry_kind_and_a_rights_note(a: str, b: str, kind: str) -> None:
    t = M.transition(a, b)
    assert t is not None and t.kind == kind
    assert t.rights.nl and t.rights.en
    assert not check_transition(a, b)


def test_forward_and_back_follow_the_distance_to_regular_work() -> None:
    for (a, b), t in M.transitions.items():
        ra, rb = M.situations[a].rank, M.situations[b].rank
        if t.kind == "forward":
            assert rb > ra, (a, b)
        if t.kind == "back":
            assert rb < ra, (a, b)


def test_terugval_from_work_to_wajong_names_the_source() -> None:
    t = M.transition("regulier_werk", "uitkering_wajong")
    assert t is not None and "Wajong" in t.reference and "AOW" in t.rights.nl


def test_new_wsw_inflow_is_refused_with_its_reason_in_both_languages() -> None:
    issues = check_transition("dagbesteding", "sw_dienstverband")
    assert [i.code for i in issues.items] == ["transition_not_allowed"]
    msg = issues.items[0].message
    assert "Dagbesteding" in msg.nl and "Wsw" in msg.nl and "1-1-2015" in msg.nl
    assert "Day activities" in msg.en and "no new inflow" in msg.en


def test_same_situation_and_unknown_codes_are_refused() -> None:
    assert [i.code for i in check_transition("dagbesteding", "dagbesteding").items] == ["same_situation"]
    assert [i.code for i in check_transition("dagbesteding", "maan").items] == ["unknown_situation"]
    assert [i.code for i in check_transition("uitkering_ww", "sw_dienstverband").items] == ["transition_not_allowed"]


def test_timeline_checks_order_overlap_and_every_transition() -> None:
    good = [Period("uitkering_bijstand", date(2024, 1, 1), date(2024, 3, 31)),
            Period("dagbesteding", date(2024, 4, 1), date(2024, 12, 31)),
            Period("regulier_werk", date(2025, 2, 1))]
    assert not check_timeline(good)
    bad = [Period("dagbesteding", date(2024, 1, 1), date(2024, 6, 30)),
           Period("sw_dienstverband", date(2024, 6, 1), date(2024, 5, 1))]
    codes = sorted(i.code for i in check_timeline(bad).items)
    assert codes == ["overlap", "period_order", "transition_not_allowed"]
    assert all(i.field == "periods[1]" for i in check_timeline(bad).items)


def test_support_is_validated() -> None:
    assert not check_support({"jobcoach": True, "loonkostensubsidie": False, "accommodations": ["a1"]})
    codes = sorted(i.code for i in check_support({"jobcoach": "ja", "accommodations": "a1", "x": 1}).items)
    assert codes == ["not_boolean", "not_codes", "unknown_key"]


def test_a_model_file_naming_an_unknown_situation_is_rejected() -> None:
    raw = {"version": "t", "situations": {"a": {"registry": "geen", "rank": 0, "label_nl": "A", "label_en": "A"}},
           "transitions": [{"from": ["a"], "to": ["b"], "kind": "forward", "rights_nl": "", "rights_en": ""}]}
    with pytest.raises(ValueError, match="unknown situations"):
        model.parse(raw)
    raw["transitions"][0].update(to=["a"], kind="sideways")
    with pytest.raises(ValueError, match="unknown kind"):
        model.parse(raw)
