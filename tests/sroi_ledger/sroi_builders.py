"""Builders for the SROI ledger tests (a uniquely named module: tests dirs are rootless)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

BSN = ("111222333", "123456782", "100000009")


def save(record_kind: str, /, **values: Any) -> Any:
    from werkbrug.registry import services

    obj, _ = services.save_record(record_kind, values)
    return obj


def organisation(key: str, kind: str = "employer", **extra: Any) -> Any:
    values = {"external_key": key, "name": f"Organisatie {key}", "kind": kind, "kvk_number": "",
              "sector": "overheid" if kind == "gemeente" else "markt", "arbeidsmarktregio": "Haaglanden",
              "employees": None, "verloonde_uren_per_year": None, "pso_trede": None, **extra}
    return save("organisations", **values)


def candidate(key: str, bsn: str, *, doelgroep: str | None = "wajong", benefit: str = "wajong",
              born: date = date(1990, 1, 1)) -> Any:
    values: dict[str, Any] = {
        "external_key": key, "organisation": "GEM", "given_name": "Test", "family_name": "Persoon", "bsn": bsn,
        "date_of_birth": born, "postcode": "2511 AB", "place": "Den Haag", "latitude": Decimal("52.07"),
        "longitude": Decimal("4.30"), "situation": "uitkering", "benefit": benefit,
        "registered_on": date(2023, 1, 1), "arbeidsmarktregio": "Haaglanden"}
    if doelgroep:
        values.update(doelgroep_category=doelgroep, doelgroep_from=date(2020, 1, 1))
    return save("candidates", **values)


def work(key: str = "W-1", contract_type: str = "tijdelijk") -> Any:
    if key == "W-1":
        save("locations", external_key="LOC-1", organisation="SUP", name="Werkplaats", postcode="2511 AB",
             place="Den Haag", latitude=Decimal("52.07"), longitude=Decimal("4.30"))
    return save("work", external_key=key, employer="SUP", location="LOC-1", kind="vacancy", title="Medewerker",
                hours_per_week=Decimal("36"), contract_type=contract_type, status="open")


def placement(key: str, candidate_key: str, hours: str = "36", start: date = date(2024, 1, 1),
              end: date | None = None, kind: str = "dienstverband", work_key: str = "W-1") -> Any:
    return save("placements", external_key=key, candidate=candidate_key, work=work_key, kind=kind,
                employer_of_record="SUP", hours_per_week=Decimal(hours), start_date=start, end_date=end)


def contract_values(**extra: Any) -> dict[str, Any]:
    return {"external_key": "C-1", "name": "Onderhoud gemeentelijk vastgoed", "buyer": "GEM", "supplier": "SUP",
            "contract_value_eur": Decimal("1000000"), "sroi_percentage": Decimal("5"), "base": "contract_value",
            "start_date": date(2024, 1, 1), "end_date": date(2024, 12, 31), "method": "haaglanden-2023",
            "penalty_factor": Decimal("1"), "herstelperiode_days": 90, **extra}


def world() -> dict[str, Any]:
    """A gemeente (buyer), an employer (supplier), a SOB, a work item and a doelgroep candidate."""
    gemeente = organisation("GEM", kind="gemeente")
    supplier = organisation("SUP")
    sob = organisation("SOB", kind="sob")
    work()
    person = candidate("CAN-1", BSN[0])
    return {"gemeente": gemeente, "supplier": supplier, "sob": sob, "candidate": person}
