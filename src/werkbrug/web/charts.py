"""Accessible charts for the web pages: a matplotlib figure rendered to SVG and embedded as an
image with a text alternative, always shown next to a data table with the same numbers
(WCAG 1.1.1: the table is the chart's full alternative, the alt text says where to find it).

Pages build a ``Chart`` and render it with ``{% include "web/includes/chart.html" with chart=chart %}``."""

from __future__ import annotations

import base64
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from threading import Lock

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

# colour-blind safe (Okabe-Ito), distinguishable in grey scale too through the markers
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]


@dataclass(frozen=True)
class Chart:
    title: str
    categories: Sequence[str]  # x-axis labels, one per value in every series
    series: Sequence[Series]
    kind: str = "bar"  # "bar" or "line"
    y_label: str = ""
    alt: str = ""  # short text alternative; the data table holds the numbers
    source: str = ""  # where the figures come from, shown under the chart
    caption_rows: Sequence[str] = field(default_factory=tuple)

    def table_rows(self) -> list[tuple[str, list[float | None]]]:
        return [(category, [s.values[i] for s in self.series]) for i, category in enumerate(self.categories)]

    def svg_data_uri(self) -> str:
        return _cached_uri(_content_key(self), self)


def _content_key(chart: Chart) -> str:
    """What the picture depends on: equal keys draw equal pictures."""
    return repr((chart.title, tuple(chart.categories), tuple((s.label, tuple(s.values)) for s in chart.series),
                 chart.kind, chart.y_label))


_CACHE: OrderedDict[str, str] = OrderedDict()
_CACHE_SIZE = 256  # drawing takes ~80 ms a chart; pages are mostly re-read with the same figures


_LOCK = Lock()


def _cached_uri(key: str, chart: Chart) -> str:
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    uri = "data:image/svg+xml;base64," + base64.b64encode(render_svg(chart)).decode("ascii")
    with _LOCK:
        _CACHE[key] = uri
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return uri


def render_svg(chart: Chart) -> bytes:
    figure = Figure(figsize=(8, 3.6))
    figure.subplots_adjust(left=0.1, right=0.98, top=0.88, bottom=0.3)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(chart.categories)))
    count = max(1, len(chart.series))
    width = 0.8 / count
    for index, series in enumerate(chart.series):
        colour, marker = PALETTE[index % len(PALETTE)], MARKERS[index % len(MARKERS)]
        values = [float("nan") if v is None else float(v) for v in series.values]
        if chart.kind == "line":
            axes.plot(positions, values, color=colour, marker=marker, label=series.label)
        else:
            offsets = [p - 0.4 + width * (index + 0.5) for p in positions]
            axes.bar(offsets, values, width=width, color=colour, label=series.label,
                     hatch=("", "//", "..", "xx", "\\\\", "++", "--", "oo")[index % 8], edgecolor="white")
    step = max(1, len(positions) // 14)
    axes.set_xticks(positions[::step], list(chart.categories)[::step], rotation=40, ha="right", fontsize=7)
    axes.set_ylabel(chart.y_label, fontsize=8)
    axes.set_title(chart.title, fontsize=10)
    axes.grid(axis="y", alpha=0.3)
    axes.axhline(0, color="black", linewidth=0.6)
    if len(chart.series) > 1:
        axes.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=min(4, count), frameon=False)
    buffer = BytesIO()
    # text as <text> rather than glyph outlines: a tenth of the size, and selectable
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "werkbrug"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()
