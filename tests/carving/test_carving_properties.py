"""Properties of any plan: nothing lost or duplicated, hours conserved, bounds, location/shift,
continuity groups, and the solver never worse than first-fit decreasing."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal as D

from carving_ward import HEAVY_LIFTING, POOLS, SETTINGS
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from werkbrug.domain.carving import CarveSettings, RoleInput, TaskInput, carve
from werkbrug.domain.carving.units import centi

halves = st.integers(1, 32).map(lambda n: D(n) / 2)  # 0.5 … 16 hours


@st.composite
def role(draw: st.DrawFn, n: int) -> RoleInput:
    tasks = []
    for t in range(draw(st.integers(1, 5))):
        tasks.append(TaskInput(f"t{t}", f"taak {t}", draw(halves), draw(st.integers(0, 3)),
                               draw(st.sampled_from([{}, {}, HEAVY_LIFTING])),
                               draw(st.sampled_from(["", "", "g"]))))
    return RoleInput(f"r{n}", f"functie {n}", draw(st.sampled_from([D(1), D(2), D(3), D("1.5"), D("0.5")])),
                     D(draw(st.integers(1500, 4000))) / 100, draw(st.sampled_from(["ward", "poli"])),
                     draw(st.sampled_from(["dag", "avond"])), tuple(tasks))


@st.composite
def case(draw: st.DrawFn) -> tuple[list[RoleInput], CarveSettings]:
    roles = [draw(role(n)) for n in range(draw(st.integers(1, 6)))]
    low = D(draw(st.integers(2, 12)))
    high = low + D(draw(st.integers(0, 20)))
    return roles, CarveSettings(qualification_threshold=draw(st.integers(0, 2)), min_hours=low, max_hours=high,
                                carved_wage_per_hour=SETTINGS.carved_wage_per_hour, workers=1,
                                time_limit_seconds=20)


def _identity(unit):
    return (unit.role, unit.tasks, unit.fte_index)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case())
def test_plan_invariants(example: tuple[list[RoleInput], CarveSettings]) -> None:
    roles, config = example
    plan = carve(roles, POOLS, config)
    carved = plan.carved_units()
    event(f"carved roles: {min(len(plan.roles), 3)}")
    # No unit lost or duplicated: each carved unit is a real one, carved at most once.
    assert not [k for k, n in Counter(map(_identity, carved)).items() if n > 1]
    assert {_identity(u) for u in carved} <= {_identity(u) for u in plan.units}
    by_role = {r.key: r for r in roles}
    for key, source in by_role.items():
        original = centi(source.fte * sum(t.hours_per_week for t in source.tasks))
        assert sum(u.centi_hours for u in plan.units if u.role == key) == original
        freed = sum(u.centi_hours for u in carved if u.role == key)
        remaining = sum(u.centi_hours for u in plan.units if u.role == key and _identity(u) not in
                        {_identity(c) for c in carved})
        assert freed + remaining == original  # hours conserved
    for carved_role in plan.roles:
        assert config.min_hours <= carved_role.hours <= config.max_hours
        assert {(u.location, u.shift) for u in carved_role.units} == {(carved_role.location, carved_role.shift)}
        for unit in carved_role.units:
            source = by_role[unit.role]
            assert unit.location == source.location and unit.shift == source.shift
            tasks = [t for t in source.tasks if t.key in unit.tasks]
            assert all(t.qualification_level <= config.qualification_threshold for t in tasks)
            group = tasks[0].continuity_group
            if group:  # the whole continuity group moves, never a part of it
                assert set(unit.tasks) == {t.key for t in source.tasks if t.continuity_group == group}
    greedy = carve(roles, POOLS, config, use_solver=False)
    assert plan.method == "cp-sat optimal"
    assert plan.objective >= greedy.objective == plan.greedy_objective
    if plan.objective == greedy.objective:
        assert len(plan.roles) <= len(greedy.roles)
