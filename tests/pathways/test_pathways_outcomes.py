"""Outcome figures per period (hand-computed), value-of-work trend per half-year, and the
downloads (every table, the definitions, formulas neutralised)."""

from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook
from pathways_builders import candidate

from werkbrug.domain.pathways.doorstroom import Timeline
from werkbrug.domain.pathways.model import Period
from werkbrug.pathways import downloads, outcomes, services

P = Period


def test_doorstroom_per_year_hand_computed() -> None:
    people = [
        Timeline("a", "R1", (P("dagbesteding", date(2023, 6, 1), date(2024, 5, 31)), P("regulier_werk", date(2024, 6, 1)))),
        Timeline("b", "R1", (P("dagbesteding", date(2023, 1, 1)),)),
        Timeline("c", "R2", (P("dagbesteding", date(2023, 1, 1), date(2025, 2, 28)), P("beschut_werk", date(2025, 3, 1)))),
        Timeline("d", "R2", (P("uitkering_bijstand", date(2022, 1, 1)),)),
    ]
    rows = outcomes.doorstroom_by_period(people, date(2025, 6, 30), 2)
    pick = {(r["period"], r["region"]): (r["cohort"], r["moved"], r["to"])
            for r in rows if (r["source"], r["target"]) == ("dagbesteding", "werk")}
    # 2024: a, b, c in dagbesteding on 1 Jan; only a works on 31 Dec -> 1/3
    assert pick[("2024", "")] == (3, 1, "2024-12-31") and pick[("2024", "R1")] == (2, 1, "2024-12-31")
    # 2025 (up to the as-of date): b, c on 1 Jan; c in beschut werk (work) on 30 Jun -> 1/2
    assert pick[("2025", "")] == (2, 1, "2025-06-30") and pick[("2025", "R2")] == (1, 1, "2025-06-30")
    assert outcomes.year_periods(date(2025, 6, 30), 2)[0] == ("2024", date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.django_db
def test_value_of_work_trend_and_downloads(registry_base: dict[str, object]) -> None:
    person = candidate(arbeidsmarktregio="=HYPERLINK(1)")
    services.record_value_of_work(person, date(2025, 2, 1), {"pw1": 4, "pw2": 2})
    services.record_value_of_work(person, date(2025, 8, 1), {"pw1": 5, "pw2": 5})
    report = outcomes.build(date(2025, 12, 31), region="=HYPERLINK(1)", years=1, publish=False)
    trend = [(r["period"], r["responses"], r["pleasant_work"]) for r in report["value_of_work"]]
    assert trend == [("2025-H1", 1, 3.0), ("2025-H2", 1, 5.0)]
    text = downloads.to_csv(report, [("doorstroom", "=definition")]).decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text and "'=definition" in text and "\n=HYPERLINK" not in text
    for name in ("doorstroom", "durability", "survival_by_month", "end_reasons", "value_of_work", "completions"):
        assert f"# {name}" in text
    book = load_workbook(BytesIO(downloads.to_xlsx(report, [("doorstroom", "text")])))
    assert book["definitions"]["B2"].value == "'=HYPERLINK(1)"
    assert book["value_of_work"]["A3"].value == "2025-H2"
    published = outcomes.build(date(2025, 12, 31), region="=HYPERLINK(1)", years=1)
    assert [r["pleasant_work"] for r in published["value_of_work"]] == [None, None]  # one person: not shown
