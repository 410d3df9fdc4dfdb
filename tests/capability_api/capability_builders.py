"""Helpers for the calculator and carving API tests (a uniquely named module: test directories
are rootless, so helpers must not live in `conftest`)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D
from io import StringIO
from typing import Any

from django.core.management import call_command

LEIDEN = (D("52.1601"), D("4.4970"))
BSNS = ("100000010", "100000022", "100000034", "100000046")


def cli_json(command: str, *args: str) -> Any:
    """What `werkbrug COMMAND ARGS --json` prints, parsed."""
    out = StringIO()
    call_command(command, *args, "--json", stdout=out)
    return json.loads(out.getvalue())


def as_parameters(args: tuple[str, ...]) -> dict[str, Any]:
    """('--hours-per-year', '1326', '--forfaitair') -> {'hours_per_year': '1326', 'forfaitair': True}."""
    params: dict[str, Any] = {}
    i = 0
    while i < len(args):
        name = args[i].lstrip("-").replace("-", "_")
        if i + 1 < len(args) and not args[i + 1].startswith("--"):
            params[name], i = args[i + 1], i + 2
        else:
            params[name], i = True, i + 1
    return params


def _save(record_kind: str, /, **values: Any) -> Any:
    from werkbrug.registry import services

    obj, _ = services.save_record(record_kind, values)
    return obj


def build_ward() -> Any:
    """A hospital ward: nurses with simple tasks on the side, and four candidates nearby who can
    do them. Returns the employer."""
    _save("organisations", external_key="CA-GEM", name="Gemeente Leiden", kind="gemeente", sector="overheid")
    employer = _save("organisations", external_key="CA-ZKH", name="Ziekenhuis", kind="employer", sector="markt",
                     arbeidsmarktregio="Holland Rijnland")
    _save("locations", external_key="CA-WARD", organisation="CA-ZKH", name="Afdeling", postcode="2333ZA",
          place="Leiden", latitude=LEIDEN[0], longitude=LEIDEN[1], arbeidsmarktregio="Holland Rijnland")
    for n, bsn in enumerate(BSNS):
        _save("candidates", external_key=f"CA-C{n}", organisation="CA-GEM", given_name="Test", family_name="Persoon",
              bsn=bsn, date_of_birth=date(1990, 1, 1), postcode="2311AB", place="Leiden", latitude=LEIDEN[0],
              longitude=LEIDEN[1], arbeidsmarktregio="Holland Rijnland", situation="uitkering", benefit="bijstand",
              registered_on=date(2024, 1, 1), fml_profile={}, max_travel_km=D(20))
    _save("work", external_key="CA-VPK", employer="CA-ZKH", location="CA-WARD", kind="vacancy",
          title="Verpleegkundige", hours_per_week=D(22), contract_type="vast", status="open", places=3,
          wage_per_hour=D(32), day_parts=["ochtend"])
    for n, (name, hours, level) in enumerate([("Bedden opmaken", "4", 1), ("Maaltijden rondbrengen", "3", 0),
                                              ("Medicatie", "15", 4)]):
        _save("tasks", work="CA-VPK", key=f"t{n}", name=name, hours_per_week=D(hours), qualification_level=level)
    return employer
