"""Record values in the shape of domain/schema.py, for building registry fixtures through services."""

from __future__ import annotations


def organisation_values(key: str = "org-1", **overrides: object) -> dict[str, object]:
    values: dict[str, object] = {"external_key": key, "name": "Bakkerij De Vries B.V.", "kind": "employer",
                                 "kvk_number": "12345678", "sector": "markt", "arbeidsmarktregio": "Holland Rijnland",
                                 "employees": 40, "verloonde_uren_per_year": None, "pso_trede": None}
    values.update(overrides)
    return values


def candidate_values(key: str = "cand-1", **overrides: object) -> dict[str, object]:
    from datetime import date
    from decimal import Decimal

    values: dict[str, object] = {
        "external_key": key, "organisation": "gem-1", "given_name": "Sanne", "family_name": "Jansen",
        "bsn": "111222333", "date_of_birth": date(1995, 4, 12), "gender": "v", "postcode": "2311 AB",
        "place": "Leiden", "latitude": Decimal("52.1601"), "longitude": Decimal("4.4970"),
        "situation": "uitkering", "benefit": "bijstand", "registered_on": date(2024, 1, 15),
        "fml_profile": {"IV.12": {"level": 1, "value": 5.0}}, "wish_hours_min": Decimal("16"),
        "wish_hours_max": Decimal("24"), "doelgroep_category": "praktijkroute",
        "doelgroep_from": date(2024, 2, 1), "certificates": ["branche:VCA"],
    }
    values.update(overrides)
    return values
