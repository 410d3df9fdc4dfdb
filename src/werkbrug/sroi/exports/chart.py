"""Progress chart of one contract: obligation pace, realised and verified (cumulative), PNG bytes.
matplotlib's object API with the Agg canvas: no display, no global pyplot state."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def progress_png(report: dict[str, Any], dpi: int = 130) -> bytes:
    rows = report["months"]
    x = list(range(len(rows)))
    figure = Figure(figsize=(8, 3.4))
    figure.subplots_adjust(left=0.11, right=0.98, top=0.9, bottom=0.3)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.plot(x, [float(r["obligation_pace_eur"]) for r in rows], color="grey", linestyle="--",
              label="verplichting naar rato / obligation pace")
    axes.plot(x, [float(r["realised_eur"]) for r in rows], color="#4c72b0", marker=".",
              label="gerealiseerd / realised")
    axes.plot(x, [float(r["verified_eur"]) for r in rows], color="#55a868", marker=".",
              label="geverifieerd / verified")
    projected = report["forecast"]["projected_eur"]
    if projected is not None and x:
        axes.scatter([x[-1]], [float(projected)], color="#dd8452", zorder=3, label="prognose / forecast (lineair)")
    step = max(1, len(rows) // 12)
    axes.set_xticks(x[::step], [r["month"] for r in rows][::step], rotation=45, ha="right", fontsize=7)
    axes.set_ylabel("€ cumulatief / cumulative")
    axes.set_title("Voortgang Social Return / Social Return progress", fontsize=10)
    axes.grid(axis="y", alpha=0.3)
    axes.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=4, frameon=False)
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
