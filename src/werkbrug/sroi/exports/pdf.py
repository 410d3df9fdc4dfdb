"""SROI reports as PDF (reportlab): summary, progress chart, months and entries (one contract),
or the contracts of a supplier or buyer with totals."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    Image,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from werkbrug.pdf_basics import GRID, SMALL, STYLES, paragraph
from werkbrug.sroi.exports.chart import progress_png

_p = paragraph


def _table(rows: list[list[Any]], widths: list[float] | None = None) -> Table:
    table = Table([[_p(c, SMALL) for c in row] for row in rows], colWidths=widths, repeatRows=1)
    table.setStyle(GRID)
    return table


def _contract_story(report: dict[str, Any]) -> list[Flowable]:
    c, h2 = report["contract"], STYLES["Heading2"]
    summary = [["", ""], ["Opdrachtgever / Buyer", c["buyer"]["name"]], ["Opdrachtnemer / Supplier", c["supplier"]["name"]],
               ["Looptijd / Term", f"{c['start_date']} - {c['end_date']}"],
               ["Methode / Method", f"{c['method_name']} (tabel {c['table_valid_from']})"],
               ["Peildatum / As of", report["as_of"]],
               ["Verplichting / Obligation", f"€ {report['obligation_eur']} ({report['obligation']['formula']})"],
               ["Opgegeven / Registered", f"€ {report['registered_eur']}"],
               ["Gerealiseerd / Realised", f"€ {report['realised_eur']}"],
               ["Geverifieerd / Verified", f"€ {report['verified_eur']}"],
               ["Prognose / Forecast", f"€ {report['forecast']['projected_eur']} - {report['forecast']['method']}"],
               ["Signaal / Alert", "HAALT DOEL NIET / WILL MISS TARGET" if report["alert"]["will_miss_target"]
                else "op koers / on track"],
               ["Korting / Deduction", f"€ {report['penalty']['deduction_eur']} - {report['penalty']['note']}"]]
    entries = [["id", "soort", "status", "bouwblok", "periode", "€"]] + [
        [e["id"], e["kind"], e["status"], e["category"], f"{e['period_start']} - {e['period_end'] or ''}",
         e["value_eur"]] for e in report["entries"]]
    return [_p(f"Social Return: {c['key']} {c['name']}", STYLES["Title"]),
            _table(summary, [5 * cm, 12 * cm]), Spacer(1, 8),
            Image(BytesIO(progress_png(report)), width=17 * cm, height=7.2 * cm),
            _p("Opgaven / Entries", h2), _table(entries)]


def _group_story(report: dict[str, Any]) -> list[Flowable]:
    role = report["report"]
    rows = [["contract", "opdrachtgever", "opdrachtnemer", "verplichting", "geverifieerd", "prognose", "signaal",
             "korting"]] + [
        [s["contract"]["key"], s["buyer"]["name"], s["supplier"]["name"], s["obligation_eur"], s["verified_eur"],
         s["projected_eur"], "HAALT DOEL NIET" if s["will_miss_target"] else "op koers", s["deduction_eur"]]
        for s in report["contracts"]]
    t = report["totals"]
    rows.append(["Totaal", f"{t['contracts']} contracten", "", t["obligation_eur"], t["verified_eur"],
                 t["projected_eur"], f"{t['contracts_missing_target']} haalt doel niet", t["deduction_eur"]])
    return [_p(f"Social Return per {role}: {report[role]['name']}", STYLES["Title"]),
            _p(f"Peildatum / as of {report['as_of']}"), _table(rows)]


def write_pdf(report: dict[str, Any], target: str | Path | IO[bytes]) -> None:
    destination = str(target) if isinstance(target, Path) else target
    document = SimpleDocTemplate(destination, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                                 topMargin=1.5 * cm, bottomMargin=1.5 * cm, title="Social Return", author="Werkbrug")
    document.build(_contract_story(report) if report["report"] == "contract" else _group_story(report))
