"""A small region for proposal tests, built through registry services (a uniquely named
module: test directories are rootless, so helpers must not be called `conftest`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

REGION = "Midden-Utrecht"
TODAY = date(2026, 3, 2)
BSNS = ("111222333", "123456782", "111222345")


def save(record_kind: str, /, **values: Any) -> Any:
    from werkbrug.registry import services

    obj, _ = services.save_record(record_kind, values)
    return obj


def candidate(key: str, bsn: str, **extra: Any) -> Any:
    values: dict[str, Any] = dict(
        external_key=key, organisation="PB-GEM", given_name="Test", family_name=key, bsn=bsn,
        date_of_birth=date(1990, 1, 1), postcode="3511AB", place="Utrecht", latitude=Decimal("52.09"),
        longitude=Decimal("5.11"), situation="uitkering", benefit="bijstand", registered_on=date(2024, 1, 8),
        arbeidsmarktregio=REGION, fml_profile={"IV.12": {"level": 1, "value": 10.0}},
        visible_by_candidate=True, visible_by_consultant=True)
    values.update(extra)
    return save("candidates", **values)


def build_region() -> dict[str, Any]:
    """A gemeente, an employer with one location, an SOB, one open work item (1 place, 2 tasks)
    and two candidates who both fit it."""
    gemeente = save("organisations", external_key="PB-GEM", name="Gemeente Utrecht", kind="gemeente",
                    sector="overheid", arbeidsmarktregio=REGION)
    employer = save("organisations", external_key="PB-EMP", name="Inpak BV", kind="employer", sector="markt",
                    arbeidsmarktregio=REGION, kvk_number="12345678")
    sob = save("organisations", external_key="PB-SOB", name="Werkbedrijf", kind="sob", sector="overheid",
               arbeidsmarktregio=REGION, kvk_number="87654321")
    save("locations", external_key="PB-LOC", organisation="PB-EMP", name="Hal", postcode="3542AA",
         place="Utrecht", latitude=Decimal("52.10"), longitude=Decimal("5.06"), arbeidsmarktregio=REGION)
    work = save("work", external_key="PB-W1", employer="PB-EMP", location="PB-LOC", kind="vacancy",
                title="Inpakker", hours_per_week=Decimal("20"), contract_type="tijdelijk", status="open",
                places=1, start_date=date(2026, 1, 1))
    save("tasks", work="PB-W1", key="inpakken", name="Inpakken", hours_per_week=Decimal("12"),
         fml_demand={"IV.12": {"level": 0, "value": 5.0}})
    save("tasks", work="PB-W1", key="etiket", name="Etiketteren", hours_per_week=Decimal("8"))
    anna = candidate("PB-C1", BSNS[0], registered_on=date(2023, 1, 2))
    bram = candidate("PB-C2", BSNS[1])
    return {"gemeente": gemeente, "employer": employer, "sob": sob, "work": work, "anna": anna, "bram": bram}
