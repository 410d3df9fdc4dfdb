"""The generated authorisation matrix: every API operation × role × own/other organisation ×
own/other caseload × field class. Exactly the cells the pure decision allows succeed, every
refusal is a 403 with one audit row, and an employer's answers never hold a BSN or FML field."""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
from matrix_cells import (
    Cell,
    contact_cells,
    matching_cells,
    proposal_cells,
    record_cells,
    reference_cells,
)
from matrix_world import ROLES, World, build

from werkbrug.domain.authorisation import fields_of_classes
from werkbrug.registry.models import Candidate, Work
from werkbrug.security.access import actor_for
from werkbrug.security.models import AuditEvent
from werkbrug.security.testing import session_client

pytestmark = pytest.mark.django_db(databases=["default", "audit"])

MODELS = {"candidates": Candidate, "work": Work}
FORBIDDEN_FOR_EMPLOYERS = fields_of_classes("candidates", {"health_fml"}) | {"bsn", "bsn_masked"}


def area_cell_builders() -> list[Any]:
    """Each area's cells live in its own module here, matrix_cells_<area>.py, with ``cells(world, actor)``."""
    folder = Path(__file__).parent
    return [import_module(path.stem).cells for path in sorted(folder.glob("matrix_cells_*.py"))]


def all_cells(world: World, role: str) -> list[Cell]:
    actor = actor_for(world.users[role], mfa_verified=True)
    cells = [*record_cells(world, actor), *matching_cells(world, actor), *reference_cells(world, actor),
             *proposal_cells(world, actor), *contact_cells(world, actor)]
    for builder in area_cell_builders():
        cells += builder(world, actor)
    return sorted(cells, key=lambda c: c.method == "delete")  # deletions last: they change the world


def _body(cell: Cell) -> dict[str, Any] | None:
    """PATCH bodies carry the record's current version and values (only the right is tested)."""
    if cell.body is None or "version" not in cell.body or cell.body["version"] is not None:
        return cell.body
    kind, pk = cell.path.strip("/").split("/")[-2:]
    obj = MODELS[kind].objects.get(pk=int(pk))
    body = {name: getattr(obj, name) if value is None else value for name, value in cell.body.items()}
    return {k: str(v) if isinstance(v, Decimal) else v for k, v in body.items()}


def keys_of(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys_of(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys_of(v)}
    return set()


def run(client: Any, cell: Cell) -> Any:
    body = _body(cell)
    return getattr(client, cell.method)(cell.path, body, format="json") if body is not None \
        else getattr(client, cell.method)(cell.path)


@pytest.mark.parametrize("role", ROLES)
def test_exactly_the_allowed_cells_succeed(role: str) -> None:
    world = build(role)
    client = session_client(world.users[role])
    cells = all_cells(world, role)
    refused_before = AuditEvent.objects.filter(result="refused").count()
    wrong, refusals, answers = [], 0, []
    for cell in cells:
        response = run(client, cell)
        ok = cell.passed(response.status_code)
        if response.status_code == 403:
            refusals += 1
            assert response["Content-Type"].startswith("application/problem+json")
        if (cell.expected and not ok) or (not cell.expected and response.status_code != 403):
            wrong.append(f"{cell.label}: expected {'allow' if cell.expected else '403'}, got {response.status_code}")
        if response.status_code < 300 and response.content:
            answers.append(response.content.decode())
            if cell.check is not None:
                wrong += [f"{cell.label}: {p}" for p in cell.check(response.json())]
    assert not wrong, f"{role}: {len(wrong)} of {len(cells)} cells wrong:\n" + "\n".join(wrong)
    assert sum(c.expected for c in cells) and sum(not c.expected for c in cells) or role == "functional_admin"
    assert AuditEvent.objects.filter(result="refused").count() - refused_before == refusals
    if role == "employer_hr":
        text = "\n".join(answers)
        assert not [c.bsn for c in Candidate.objects.all() if c.bsn and c.bsn in text]
        leaked = {k for a in answers for k in keys_of(json.loads(a))} & FORBIDDEN_FOR_EMPLOYERS
        assert not leaked, f"employer saw {sorted(leaked)}"


def test_the_matrix_is_large_and_mixed() -> None:
    world = build("consultant")
    cells = all_cells(world, "consultant")
    assert len(cells) > 100
    assert {c.expected for c in cells} == {True, False}
