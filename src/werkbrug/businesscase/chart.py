"""The business-case chart: net cost per month against the productive value, as PNG bytes.

Uses matplotlib's object API with the Agg canvas, so no display and no global pyplot state."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def chart_png(result: dict[str, Any], dpi: int = 150) -> bytes:
    rows = result["per_month"]
    months = [r["month"] for r in rows]
    positions = list(range(len(rows)))
    figure = Figure(figsize=(8, 3.6))
    figure.subplots_adjust(left=0.1, right=0.98, top=0.9, bottom=0.32)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.bar(positions, [r["net_cost"] for r in rows], color="#4c72b0",
             label="netto kosten / net cost")
    axes.plot(positions, [r["productive_value"] for r in rows], color="#dd8452", marker="o",
              label="productieve waarde / productive value")
    axes.plot(positions, [r["wage_cost"] for r in rows], color="#55a868", linestyle="--",
              label="loonkosten / wage cost")
    step = max(1, len(rows) // 12)
    axes.set_xticks(positions[::step], months[::step], rotation=45, ha="right", fontsize=7)
    axes.set_ylabel("€ per maand / per month")
    axes.set_title("Kosten en opbrengst per maand / Cost and value per month", fontsize=10)
    axes.axhline(0, color="black", linewidth=0.6)
    axes.grid(axis="y", alpha=0.3)
    axes.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.28), ncol=3, frameon=False)
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
