"""Registry fixtures for the business-case tests, built through the registry's services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from record_values import candidate_values, organisation_values


def base_registry() -> None:
    """A gemeente and an employer with one location (the registry_base fixture without work)."""
    from werkbrug.registry.services import save_record

    save_record("organisations", organisation_values(
        "gem-1", name="Gemeente Leiden", kind="gemeente", sector="overheid", kvk_number=""))
    save_record("organisations", organisation_values("emp-1"))
    save_record("locations", {
        "external_key": "loc-1", "organisation": "emp-1", "name": "Bakkerij", "postcode": "2312 CD",
        "place": "Leiden", "latitude": Decimal("52.158"), "longitude": Decimal("4.49")})


def work(key: str = "work-bc", *, hours: str = "24", start: date | None = date(2026, 1, 1),
         end: date | None = None, wage: str | None = None, kind: str = "vacancy",
         demand: dict[str, Any] | None = None) -> Any:
    from werkbrug.registry.services import save_record

    obj, _ = save_record("work", {
        "external_key": key, "employer": "emp-1", "location": "loc-1", "kind": kind,
        "title": "Inpakker", "hours_per_week": Decimal(hours), "contract_type": "tijdelijk",
        "status": "open", "start_date": start, "end_date": end,
        "wage_per_hour": None if wage is None else Decimal(wage)})
    save_record("tasks", {"work": key, "key": "t1", "name": "Dozen vullen",
                          "hours_per_week": Decimal(hours),
                          "fml_demand": demand if demand is not None else {"IV.12": {"level": 2}}})
    return obj


def candidate(key: str, *, benefit: str = "bijstand", category: str | None = "praktijkroute",
              born: date = date(1995, 4, 12), bsn: str = "111222333", **extra: Any) -> Any:
    from werkbrug.registry.services import save_record

    values = candidate_values(key, bsn=bsn, benefit=benefit, date_of_birth=born, **extra)
    if category is None:
        values.update(doelgroep_category=None, doelgroep_from=None)
    else:
        values.update(doelgroep_category=category)
    obj, _ = save_record("candidates", values)
    return obj


# Valid BSNs (elfproef) for several candidates in one test.
BSNS = ("111222333", "123456782", "100000009", "100000010")
