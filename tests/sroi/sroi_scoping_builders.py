"""Two buyer/supplier pairs with their people, for the SROI scoping tests and pages (a uniquely
named module: test directories are rootless)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

PDF = b"%PDF-1.4 bewijs"


def organisation(key: str, kind: str) -> Any:
    from werkbrug.registry import services

    obj, _ = services.save_record("organisations", {
        "external_key": key, "name": f"Organisatie {key}", "kind": kind, "kvk_number": "",
        "sector": "overheid" if kind == "gemeente" else "markt", "arbeidsmarktregio": "Haaglanden"})
    return obj


def contract(key: str, buyer: Any, supplier: Any, **extra: Any) -> Any:
    from werkbrug.sroi import services

    return services.create_contract({
        "external_key": key, "name": f"Contract {key}", "buyer": buyer, "supplier": supplier,
        "contract_value_eur": Decimal("1000000"), "sroi_percentage": Decimal("5"), "base": "contract_value",
        "start_date": date(2025, 1, 1), "end_date": date(2025, 12, 31), "method": "haaglanden-2023",
        "penalty_factor": Decimal("1"), "herstelperiode_days": 60, **extra})


def activity(contract_obj: Any, hours: str = "100") -> Any:
    from werkbrug.sroi import services

    return services.create_entry({"contract": contract_obj.pk, "kind": "activity", "period_start": date(2025, 3, 1),
                                  "hours": Decimal(hours), "rate_eur": Decimal("50"), "description": "Gastlessen"})


def pairs() -> dict[str, Any]:
    """G buys from S; G2 buys from S2. One user per side, and a policy analyst at G."""
    from werkbrug.security.testing import user_with_role

    orgs = {"G": organisation("SC-G", "gemeente"), "S": organisation("SC-S", "employer"),
            "G2": organisation("SC-G2", "gemeente"), "S2": organisation("SC-S2", "employer"),
            "SOB": organisation("SC-SOB", "sob")}
    users = {"inkoper": user_with_role("sc-inkoper", "inkoper", orgs["G"]),
             "supplier": user_with_role("sc-supplier", "employer_hr", orgs["S"]),
             "other_inkoper": user_with_role("sc-inkoper2", "inkoper", orgs["G2"]),
             "other_supplier": user_with_role("sc-supplier2", "employer_hr", orgs["S2"]),
             "analyst": user_with_role("sc-analyst", "policy_analyst", orgs["G"])}
    own = contract("SC-1", orgs["G"], orgs["S"])
    other = contract("SC-2", orgs["G2"], orgs["S2"])
    return {"orgs": orgs, "users": users, "own": own, "other": other}
