"""Bad input gives clear errors that name the role/row and the field."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from carving_ward import POOLS, ROLES, SETTINGS, task

from werkbrug.carving.roles_file import RolesFileError, parse_roles
from werkbrug.domain.carving import carve
from werkbrug.domain.errors import DomainValidationError

HEADER = "role_key;role_title;fte;wage_per_hour;location;shift;task_key;task_name;hours_per_week;" \
         "qualification_level;fml_demand;continuity_group\n"


def _issues(roles) -> list[tuple[str, str]]:
    with pytest.raises(DomainValidationError) as caught:
        carve(roles, POOLS, SETTINGS)
    return [(i.field, i.code) for i in caught.value.issues]


def test_negative_hours_unknown_fml_item_and_role_without_tasks_are_named() -> None:
    bad = [replace(ROLES[0], tasks=(task("bedden", "-4", 1), task("voorraad", "2", 1, {"XX.1": {"level": 1}}))),
           replace(ROLES[1], tasks=())]
    found = _issues(bad)
    assert ("vpk-dag/bedden: hours_per_week", "hours_range") in found
    assert ("vpk-dag/voorraad: fml_demand", "fml_unknown_item") in found
    assert ("vpk-avond: tasks", "no_tasks") in found


def test_other_role_errors() -> None:
    found = _issues([replace(ROLES[0], fte=D(0), wage_per_hour=D(-1), location=""), ROLES[0]])
    assert {("vpk-dag: fte", "fte_range"), ("vpk-dag: wage_per_hour", "wage_range"),
            ("vpk-dag: location", "required"), ("vpk-dag: role_key", "duplicate")} <= set(found)
    split_group = replace(ROLES[0], tasks=(task("a", "2", 0, group="g"), replace(task("b", "2", 0, group="g"),
                                                                             shift="avond")))
    assert ("vpk-dag: continuity_group", "group_shifts") in _issues([split_group])


def test_roles_file_in_dutch_format_with_bom_and_cp1252() -> None:
    text = HEADER + ("vpk;Verpleegkundige;3;32,50;ward;dag;bedden;Bedden opmaken;4,5;1;;\n"
                     "vpk;;;;;;voorraad;Voorraad aanvullen;2;1;tillen=1:10;\n"
                     "da;Doktersassistent;2,5;22;poli;dag;archief;Archiveren;8;1;;\n")
    for data in (b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("cp1252")):
        roles = parse_roles("functies.csv", data)
        assert [(r.key, r.fte, r.wage_per_hour, len(r.tasks)) for r in roles] == [
            ("vpk", D(3), D("32.50"), 2), ("da", D("2.5"), D(22), 1)]
        assert roles[0].tasks[0].hours_per_week == D("4.5")
        assert roles[0].tasks[1].fml_demand == {"IV.12": {"level": 1, "value": 10.0}}


def test_roles_file_errors_name_the_line_and_column() -> None:
    text = HEADER + ("vpk;V;3;32;ward;dag;bedden;Bedden;veel;1;;\n"
                     "vpk;V;4;32;ward;dag;voorraad;Voorraad;2;1;vliegen=1;\n"
                     "da;D;;22;poli;dag;;;;;;\n")
    with pytest.raises(RolesFileError) as caught:
        parse_roles("functies.csv", text.encode())
    found = {(i.field, i.code) for i in caught.value.issues}
    assert ("regel/line 2, hours_per_week", "not_decimal") in found
    assert ("regel/line 3, fte", "role_conflict") in found
    assert ("regel/line 3, fml_demand", "fml_unknown_item") in found
    assert ("regel/line 4, fte", "required") in found


def test_roles_file_negative_hours_and_empty_role_reach_the_engine_with_their_line() -> None:
    text = HEADER + ("vpk;V;3;32;ward;dag;bedden;Bedden;-4;1;;\n"
                     "da;D;2;22;poli;dag;;;;;;\n")
    roles = parse_roles("functies.csv", text.encode())
    found = _issues(roles)
    assert ("regel/line 2: hours_per_week", "hours_range") in found
    assert ("regel/line 3: tasks", "no_tasks") in found


def test_roles_file_missing_column_and_wrong_type() -> None:
    with pytest.raises(RolesFileError, match="fte"):
        parse_roles("f.csv", b"role_key;wage_per_hour\nx;12\n")
    with pytest.raises(RolesFileError, match="csv"):
        parse_roles("f.pdf", b"role_key;fte\n")
