"""The hospital ward, checked by hand (see docs/carving.md, "Worked example")."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

from carving_ward import POOL, POOLS, ROLES, SETTINGS, task

from werkbrug.domain.carving import RoleInput, carve
from werkbrug.domain.carving.summary import figures


def _shape(plan):  # (location, shift, hours, sorted (role, tasks, staff member, hours))
    return [(r.location, r.shift, r.hours, sorted((u.role, u.tasks, u.fte_index, u.hours) for u in r.units))
            for r in plan.roles]


def test_ward_gives_exactly_the_hand_checked_roles() -> None:
    plan = carve(ROLES, POOLS, SETTINGS)
    assert plan.method == "cp-sat optimal"
    assert _shape(plan) == [
        # Outpatient clinic: 2.5 FTE archiving at 8 h = 8 + 8 + 4 hours.
        ("poli", "dag", D(20), [("da", ("archiveren",), 1, D(8)), ("da", ("archiveren",), 2, D(8)),
                                ("da", ("archiveren",), 3, D(4))]),
        # Day shift: beds, the meal round with clearing away (one continuity group), stock: 3 × 10 h.
        ("ward", "dag", D(30), sorted(
            [("vpk-dag", ("bedden_opmaken",), n, D(4)) for n in (1, 2, 3)]
            + [("vpk-dag", ("maaltijden_rondbrengen", "afruimen"), n, D(4)) for n in (1, 2, 3)]
            + [("vpk-dag", ("voorraad_aanvullen",), n, D(2)) for n in (1, 2, 3)])),
    ]


def test_ward_reasons_and_figures() -> None:
    plan = carve(ROLES, POOLS, SETTINGS)
    assert plan.reasons == {
        ("vpk-dag", ("medicatie",)): "qualification", ("vpk-dag", ("zorgplan",)): "qualification",
        ("vpk-dag", ("patient_tillen",)): "pool", ("vpk-avond", ("medicatie",)): "qualification",
        ("da", ("telefoon",)): "qualification"}
    # The evening shift's 10 carvable hours stay: below the 12-hour minimum, and never mixed with days.
    assert all(u.role != "vpk-avond" for u in plan.carved_units())
    fig = figures(plan, ROLES, SETTINGS, candidates_nearby=17)
    freed = {e.role: (e.hours_freed, e.saving_per_year) for e in fig.per_role}
    assert freed == {"vpk-dag": (D(30), D("26972.40")),   # 30 × (32 − 14.71) × 52
                     "vpk-avond": (D(0), D("0.00")),
                     "da": (D(20), D("7581.60"))}        # 20 × (22 − 14.71) × 52
    assert fig.banen == D("1.96")                        # 50 / 25.5
    assert fig.summary().nl == ("2 nieuwe functies, 2,0 banen, € 34.554 per jaar specialistentijd vrijgemaakt, "
                                "17 kandidaten in de buurt passen")
    assert fig.summary().en == "2 new roles, 2.0 banen, €34,554 per year of specialist time freed, 17 candidates nearby fit"
    assert plan.roles[1].demand == {} and POOL.count(plan.roles[1].demand) == 12


def test_evening_shift_forms_its_own_role_with_a_lower_minimum() -> None:
    plan = carve(ROLES, POOLS, replace(SETTINGS, min_hours=D(8)))
    evening = [r for r in plan.roles if r.shift == "avond"]
    assert len(evening) == 1 and evening[0].hours == D(10)
    assert {u.role for u in evening[0].units} == {"vpk-avond"}


def test_threshold_and_pool_size_are_parameters() -> None:
    strict = carve(ROLES, POOLS, replace(SETTINGS, qualification_threshold=0))
    assert {u.tasks for u in strict.carved_units()} <= {("maaltijden_rondbrengen", "afruimen")}
    too_few = carve(ROLES, POOLS, replace(SETTINGS, min_candidates=13))
    assert too_few.roles == () and set(too_few.reasons.values()) == {"qualification", "pool"}


def test_solver_beats_first_fit_decreasing_where_greedy_strands_hours() -> None:
    # Units of 20, 11 and 11 hours: FFD puts 20 + 11 together and drops the lone 11 (under 12);
    # the optimum is 20 alone and 11 + 11.
    roles = [RoleInput("a", "A", D(1), D(30), "ward", "dag", (task("x", "20", 0),)),
             RoleInput("b", "B", D(2), D(30), "ward", "dag", (task("y", "11", 0),))]
    greedy = carve(roles, POOLS, SETTINGS, use_solver=False)
    solved = carve(roles, POOLS, SETTINGS)
    assert [r.hours for r in greedy.roles] == [D(31)]
    assert sorted(r.hours for r in solved.roles) == [D(20), D(22)]
    assert solved.objective > greedy.objective == solved.greedy_objective
    assert solved.objective == 4200 * (3000 - 1471)  # 42 h in centi-hours × saving in cents


def test_fewer_roles_break_ties() -> None:
    roles = [RoleInput("a", "A", D(4), D(30), "ward", "dag", (task("x", "6", 0),))]  # 24 h: one role, not two
    assert [r.hours for r in carve(roles, POOLS, SETTINGS).roles] == [D(24)]
