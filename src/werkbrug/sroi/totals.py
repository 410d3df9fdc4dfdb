"""Totals over every contract, without contract, buyer or supplier detail: what a policy
analyst sees of the Social Return ledger (roles.toml kind ``sroi_totals``)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils import timezone

from werkbrug.sroi.models import Contract
from werkbrug.sroi.reports import contract_report

CENT = Decimal("0.01")
AMOUNTS = ("obligation_eur", "registered_eur", "realised_eur", "verified_eur", "projected_eur")


def _empty() -> dict[str, Any]:
    return {"contracts": 0, "contracts_missing_target": 0, **{k: Decimal(0) for k in AMOUNTS}}


def _add(total: dict[str, Any], report: dict[str, Any]) -> None:
    total["contracts"] += 1
    total["contracts_missing_target"] += int(report["alert"]["will_miss_target"])
    values = {**{k: report[k] for k in AMOUNTS[:4]}, "projected_eur": report["forecast"]["projected_eur"]}
    for key, value in values.items():
        total[key] += Decimal(value) if value is not None else Decimal(0)


def _rendered(total: dict[str, Any]) -> dict[str, Any]:
    return {k: str(v.quantize(CENT)) if isinstance(v, Decimal) else v for k, v in total.items()}


def totals(as_of: date | None = None) -> dict[str, Any]:
    """All contracts together, per valuation method and per start year."""
    on = as_of or timezone.localdate()
    overall = _empty()
    by_method: dict[str, dict[str, Any]] = defaultdict(_empty)
    by_year: dict[int, dict[str, Any]] = defaultdict(_empty)
    for contract in Contract.objects.order_by("id"):
        report = contract_report(contract.pk, on)
        for bucket in (overall, by_method[contract.method], by_year[contract.start_date.year]):
            _add(bucket, report)
    return {"report": "totals", "as_of": on.isoformat(), "totals": _rendered(overall),
            "by_method": [{"method": m, **_rendered(t)} for m, t in sorted(by_method.items())],
            "by_start_year": [{"year": y, **_rendered(t)} for y, t in sorted(by_year.items())]}
