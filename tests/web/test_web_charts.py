"""The shared chart include: an SVG image whose text alternative points to a data table that
holds exactly the chart's figures, with missing values shown as a dash."""

from __future__ import annotations

import base64

from django.template.loader import render_to_string

from werkbrug.web.charts import Chart, Series, render_svg


def _chart() -> Chart:
    return Chart(title="Plaatsingen per regio", categories=["Rijk van Nijmegen", "Haaglanden"],
                 series=[Series("2025", [12, 7]), Series("2026", [15, None])], source="demo")


def test_the_svg_is_a_real_image_with_the_title() -> None:
    svg = render_svg(_chart()).decode("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Plaatsingen per regio" in svg


def test_the_include_renders_image_and_table_with_the_same_figures() -> None:
    html = render_to_string("web/includes/chart.html", {"chart": _chart()})
    uri = html.split('src="', 1)[1].split('"', 1)[0]
    assert base64.b64decode(uri.split(",", 1)[1]).startswith(b"<?xml")
    assert 'alt="Plaatsingen per regio ' in html
    cells = [part.split("</td>")[0] for part in html.split('utrecht-table__cell--numeric">')[1:]]
    assert cells == ["12", "15", "7", "–"]
    assert "<th scope=\"row\" class=\"utrecht-table__header-cell\">Haaglanden</th>" in html


def test_equal_figures_reuse_the_drawing_and_other_figures_do_not() -> None:
    first = _chart().svg_data_uri()
    assert _chart().svg_data_uri() is first  # the cached picture, not drawn again
    changed = Chart(title="Plaatsingen per regio", categories=["Rijk van Nijmegen", "Haaglanden"],
                    series=[Series("2025", [12, 8]), Series("2026", [15, None])], source="demo")
    assert changed.svg_data_uri() != first
