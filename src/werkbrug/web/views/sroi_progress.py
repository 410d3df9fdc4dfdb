"""Progress figures of Social Return contracts for the pages: the report's numbers as a chart
(obligation pace, realised, verified per month) and as table rows."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from werkbrug.web.charts import Chart, Series


def _number(value: str | None) -> float | None:
    return None if value is None else float(Decimal(value))


def progress_chart(report: dict[str, Any]) -> Chart:
    months = report["months"]
    return Chart(
        title=_("Social Return of contract %(key)s per month") % {"key": report["contract"]["key"]},
        categories=[m["month"] for m in months], kind="line", y_label=_("Euro (cumulative)"),
        series=[Series(_("Obligation at an even pace"), [_number(m["obligation_pace_eur"]) for m in months]),
                Series(_("Realised"), [_number(m["realised_eur"]) for m in months]),
                Series(_("Verified"), [_number(m["verified_eur"]) for m in months])],
        alt=_("Line chart: obligation at an even pace, realised and verified value per month."),
        source=_("entries of this contract, valued with %(method)s") % {"method": report["contract"]["method_name"]})


def summary_row(report: dict[str, Any]) -> dict[str, Any]:
    """One contract's line in the contracts list."""
    return {"id": report["contract"]["id"], "key": report["contract"]["key"], "name": report["contract"]["name"],
            "buyer": report["contract"]["buyer"]["name"], "supplier": report["contract"]["supplier"]["name"],
            "obligation": report["obligation_eur"], "realised": report["realised_eur"],
            "verified": report["verified_eur"], "projected": report["forecast"]["projected_eur"],
            "will_miss": report["alert"]["will_miss_target"], "ended": report["ended"]}
