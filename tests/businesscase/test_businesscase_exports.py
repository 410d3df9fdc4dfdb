"""PDF and Excel exports of the business case: they open, hold the summary and match the JSON."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO
from typing import Any

import pytest
from businesscase_builders import base_registry, candidate, work
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db


@pytest.fixture
def result(catalogues: None) -> dict[str, Any]:
    from werkbrug.businesscase.services import business_case_for

    base_registry()
    work(start=date(2025, 11, 1), hours="30")
    candidate("exp")
    return business_case_for("exp", "work-bc", on=date(2025, 11, 1), months=4)  # an estimate


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_pdf_starts_with_the_header_and_holds_summary_parameters_and_flags(result: dict[str, Any]) -> None:
    from pypdf import PdfReader

    from werkbrug.businesscase.services import export_pdf

    stream = BytesIO()
    export_pdf(result, stream)
    data = stream.getvalue()
    assert data.startswith(b"%PDF")
    reader = PdfReader(BytesIO(data))
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    assert _flat(result["summary"]["nl"])[:120] in text
    assert _flat(result["summary"]["en"])[:120] in text
    assert "SCHATTING / ESTIMATE" in text and "geen besluit" in text
    assert "ONBEVESTIGD / UNCONFIRMED: loonwaarde_estimate_base_pct" in text
    assert "Stcrt. 2025, 12264" in text or "wml_hourly_21plus" in text  # parameters with sources
    images = [img for page in reader.pages for img in page.images]
    assert images, "the chart is embedded"


def test_pdf_can_be_written_to_a_path(result: dict[str, Any], tmp_path: Any) -> None:
    from werkbrug.businesscase.services import export_pdf

    target = tmp_path / "case.pdf"
    export_pdf(result, target)
    assert target.read_bytes()[:4] == b"%PDF"


def test_xlsx_has_the_sheets_and_the_numbers_of_the_json(result: dict[str, Any]) -> None:
    from werkbrug.businesscase.services import export_xlsx

    stream = BytesIO()
    export_xlsx(result, stream)
    book = load_workbook(BytesIO(stream.getvalue()))
    assert book.sheetnames == ["Samenvatting", "Per maand", "Parameters"]
    months = list(book["Per maand"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in months] == ["2025-11", "2025-12", "2026-01", "2026-02"]
    for row, month in zip(months, result["per_month"], strict=True):
        assert row[1] == month["wml_hourly"]
        assert row[-2] == month["net_cost"] and row[-1] == month["productive_value"]
    summary = {row[0]: row[1:] for row in book["Samenvatting"].iter_rows(values_only=True) if row[0]}
    assert summary["Netto kosten / Net cost"][0] == result["totals"]["net_cost"]
    assert summary["Loonkostensubsidie (LKS) / Wage-cost subsidy (LKS)"][0] == result["totals"]["lks"]
    assert summary["Samenvatting"][0] == result["summary"]["nl"]
    parameters = {row[0]: row for row in book["Parameters"].iter_rows(min_row=2, values_only=True)}
    assert set(parameters) == {p["name"] for p in result["parameters"]}
    assert parameters["loonwaarde_estimate_base_pct"][4] == "JA / YES"
    assert parameters["wml_hourly_21plus"][3]  # the source is there


def test_xlsx_text_cells_cannot_run_as_formulas(result: dict[str, Any]) -> None:
    from werkbrug.businesscase.services import export_xlsx

    first = {**result["parameters"][0], "source": "=1+1"}
    hostile = {**result, "work_title": "=HYPERLINK(\"http://x\",\"klik\")", "candidate": "+1-2",
               "parameters": [first, *result["parameters"][1:]]}
    stream = BytesIO()
    export_xlsx(hostile, stream)
    book = load_workbook(BytesIO(stream.getvalue()))
    assert book["Parameters"]["D2"].value == "'=1+1"
    sheet = book["Samenvatting"]
    cells = {row[0].value: row[1] for row in sheet.iter_rows() if row[0].value}
    assert cells["Kandidaat / Candidate"].value == "'+1-2"
    assert cells["Kandidaat / Candidate"].data_type == "s"
    assert cells["Werk / Work"].value.startswith("work-bc: =HYPERLINK")  # not at the start: harmless
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_chart_is_a_png(result: dict[str, Any]) -> None:
    from werkbrug.businesscase.chart import chart_png

    assert chart_png(result).startswith(b"\x89PNG")
