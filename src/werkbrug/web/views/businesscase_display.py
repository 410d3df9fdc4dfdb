"""The business-case result (werkbrug.businesscase.result) made ready for the page in the
current language: the summary, the inputs, a table per calendar year, the chart with its data
table, and every month's amounts with their rule and parameters."""

from __future__ import annotations

from typing import Any

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkbrug.businesscase.labels import COMPONENT_LABELS
from werkbrug.web.charts import Chart, Series


def _language() -> str:
    return "en" if (get_language() or "nl").startswith("en") else "nl"


def _label(name: str) -> str:
    nl, en = COMPONENT_LABELS[name]
    return en if _language() == "en" else nl


def _inputs(result: dict[str, Any]) -> list[tuple[str, str]]:
    lang, lw = _language(), result["loonwaarde"]
    coach = result.get("jobcoach")
    return [
        (_("Candidate"), str(result["candidate"])),
        (_("Work"), f"{result['work_title']} ({result['work']})"),
        (_("Start date"), result["start"]),
        (_("Contract duration (months)"), str(result["months"])),
        (_("Hours per week"), f"{result['hours_per_week']:g}"),
        (_("Wage"), _("CAO wage € %(wage)s per hour") % {"wage": result["wage"]["hourly"]}
         if result["wage"]["basis"] == "cao" else _("the WML of each month")),
        (_("Loonwaarde"), f"{lw['pct']:g}% ({lw['label'][lang]})"),
        (_("Instrument"), result["instrument"]["reason"][lang]),
        ("LKV", result["lkv"]["reason"][lang]),
        ("No-riskpolis", result["noriskpolis"]["reason"][lang]),
        (_("Jobcoach"), coach["funder"]["reason"][lang] if coach else "–"),
        (_("Workplace accommodations"), str(len(result["accommodations"]["items"]))),
    ]


def _years(result: dict[str, Any]) -> dict[str, Any]:
    years = result["per_year"]
    rows = [(_label(name), [y[name] for y in years], result["totals"][name]) for name in COMPONENT_LABELS]
    return {"years": [y["year"] for y in years], "rows": rows}


def chart(result: dict[str, Any]) -> Chart:
    rows = result["per_month"]
    return Chart(title=_("Cost and value per month"), categories=[r["month"] for r in rows], kind="line",
                 series=[Series(_label(name), [r[name] for r in rows])
                         for name in ("net_cost", "productive_value", "wage_cost")],
                 y_label=_("€ per month"), alt=_("Net cost, productive value and wage cost for each month."),
                 source=_("Werkbrug business case"))


def _months(result: dict[str, Any]) -> list[dict[str, Any]]:
    lang = _language()
    months = []
    for month in result["months_detail"]:
        amounts = [{"label": _label(name), "amount": month[name]["amount"], "rule": month[name]["rule"][lang],
                    "parameters": month[name]["parameters"], "unconfirmed": month[name]["unconfirmed"],
                    "notes": [n[lang] for n in month[name].get("notes", [])]}
                   for name in COMPONENT_LABELS if name in month]
        months.append({"month": month["month"], "amounts": amounts})
    return months


def display(result: dict[str, Any]) -> dict[str, Any]:
    lang = _language()
    return {"summary": result["summary"][lang], "disclaimer": result["disclaimer"][lang],
            "estimate": result["loonwaarde"]["kind"] == "estimate",
            "estimate_explanation": result["loonwaarde"]["explanation"][lang],
            "inputs": _inputs(result), "years": _years(result), "chart": chart(result),
            "average_net": result["per_month_average"]["net_cost"],
            "gap": result["net_cost_minus_productive_value"], "months": _months(result),
            "parameters": result["parameters"], "unconfirmed": result["unconfirmed"],
            "pseudonymised": bool(result.get("pseudonymised"))}
