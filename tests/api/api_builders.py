"""Record builders for the API tests (a uniquely named module: tests dirs are rootless)."""

from __future__ import annotations

from typing import Any

BSN_A, BSN_B = "111222333", "123456782"


def save(record_kind: str, /, **values: Any) -> Any:
    from werkbrug.registry import services

    obj, _ = services.save_record(record_kind, values)
    return obj


def candidate_body(org_id: int, **extra: Any) -> dict[str, Any]:
    return {"external_key": "CAN-9", "organisation": org_id, "given_name": "Cas", "family_name": "Bakker",
            "bsn": "111222333", "date_of_birth": "1985-02-03", "postcode": "3511AB", "place": "Utrecht",
            "latitude": 52.09, "longitude": 5.12, "situation": "uitkering", "benefit": "bijstand",
            "registered_on": "2024-02-01", "fml_profile": {"IV.12": {"level": 1, "value": 10}},
            "wish_day_parts": ["ochtend"], **extra}
