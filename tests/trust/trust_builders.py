"""A small hand-built region for the trust tests, built through registry services (a uniquely
named helper module: test directories are rootless)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

REGION = "Midden-Utrecht"
TODAY = date(2026, 3, 2)
BSNS = ("111222333", "123456782", "111222345", "111222357", "111222369", "111222370", "111222382",
        "111222394", "111222400", "111222412")


def save(record_kind: str, /, **values: Any) -> Any:
    from werkbrug.registry import services

    obj, _ = services.save_record(record_kind, values)
    return obj


def candidate(key: str, bsn: str, **extra: Any) -> Any:
    values: dict[str, Any] = dict(
        external_key=key, organisation="TR-GEM", given_name="Test", family_name=key, bsn=bsn,
        date_of_birth=date(1990, 1, 1), postcode="3511AB", place="Utrecht", latitude=Decimal("52.09"),
        longitude=Decimal("5.11"), situation="uitkering", benefit="bijstand", registered_on=date(2024, 1, 8),
        arbeidsmarktregio=REGION, fml_profile={"IV.12": {"level": 0, "value": 20.0}},
        visible_by_candidate=True, visible_by_consultant=True)
    values.update(extra)
    return save("candidates", **values)


def build() -> dict[str, Any]:
    """A gemeente, an employer, one open work item (two tasks: lifting 5 kg, labelling) and
    candidates: anna fits plainly, bram is at the limit on IV.12 (value 5 of 5.5 kg)."""
    save("organisations", external_key="TR-GEM", name="Gemeente Utrecht", kind="gemeente", sector="overheid",
         arbeidsmarktregio=REGION)
    employer = save("organisations", external_key="TR-EMP", name="Inpak BV", kind="employer", sector="markt",
                    arbeidsmarktregio=REGION, kvk_number="12345678")
    save("locations", external_key="TR-LOC", organisation="TR-EMP", name="Hal", postcode="3542AA",
         place="Utrecht", latitude=Decimal("52.10"), longitude=Decimal("5.06"), arbeidsmarktregio=REGION)
    work = save("work", external_key="TR-W1", employer="TR-EMP", location="TR-LOC", kind="vacancy",
                title="Inpakker", hours_per_week=Decimal("20"), contract_type="tijdelijk", status="open",
                places=1, start_date=date(2026, 4, 1))
    save("tasks", work="TR-W1", key="inpakken", name="Inpakken", hours_per_week=Decimal("12"),
         fml_demand={"IV.12": {"level": 0, "value": 5.0}})
    save("tasks", work="TR-W1", key="etiket", name="Etiketteren", hours_per_week=Decimal("8"))
    anna = candidate("TR-C1", BSNS[0], registered_on=date(2023, 1, 2))
    bram = candidate("TR-C2", BSNS[1], fml_profile={"IV.12": {"level": 1, "value": 5.5}})
    return {"employer": employer, "work": work, "anna": anna, "bram": bram}


def user(name: str = "trust-consulent") -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(name, password="geheim-wachtwoord-1")
