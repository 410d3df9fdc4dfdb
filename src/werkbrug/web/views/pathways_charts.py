"""The outcome report as accessible charts (werkbrug.web.charts: each with its data table)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkbrug.domain import vocabulary
from werkbrug.domain.pathways import learning
from werkbrug.domain.pathways import value_of_work as vow
from werkbrug.web.charts import Chart, Series

FIRST_PAIR = ("dagbesteding", "werk")


def _pct(x: float | None) -> float | None:
    return None if x is None else round(100 * x, 1)


def doorstroom_chart(report: dict[str, Any]) -> Chart:
    rows = [r for r in report["doorstroom"] if (r["source"], r["target"]) == FIRST_PAIR]
    periods = sorted({r["period"] for r in rows})
    regions = sorted({r["region"] for r in rows if r["region"]}) + [""]
    series = [Series(region or _("all regions"),
                     [_pct(next((r["rate"] for r in rows if r["period"] == p and r["region"] == region), None))
                      for p in periods]) for region in regions]
    return Chart(_("Doorstroom from day activities to work, per year and region"), periods, series,
                 y_label=_("percent of the cohort"), source=_("trajectories in Werkbrug"))


def survival_chart(report: dict[str, Any]) -> Chart:
    points = report["survival_by_month"]
    return Chart(_("Placements still running, months after the start (Kaplan–Meier)"),
                 [str(p["month"]) for p in points],
                 [Series(_("percent still working"), [_pct(p["survival"]) for p in points])], kind="line",
                 y_label=_("percent still working"), source=_("placements in Werkbrug"))


def end_reasons_chart(report: dict[str, Any]) -> Chart:
    language = get_language() or "nl"
    rows = report["end_reasons"]
    names = [vocabulary.END_REASONS[r["end_reason"]].text(language) if r["end_reason"] in vocabulary.END_REASONS
             else _("not recorded") for r in rows]
    return Chart(_("Ended placements by end reason"), names,
                 [Series(_("placements"), [r["placements"] for r in rows])], y_label=_("placements"))


def value_of_work_chart(report: dict[str, Any]) -> Chart:
    language = get_language() or "nl"
    rows = report["value_of_work"]
    themes = vow.load().themes
    series = [Series(_("overall"), [r["overall"] for r in rows])]
    series += [Series(label.text(language), [r.get(code) for r in rows]) for code, label in themes.items()]
    return Chart(_("Value of work: mean score per half-year (1–5)"), [r["period"] for r in rows], series,
                 kind="line", y_label=_("mean score"))


def completions_chart(report: dict[str, Any]) -> Chart:
    rows = report["completions"]
    names = {"praktijkverklaring": _("praktijkverklaring"), "mbo_certificaat": _("mbo certificate"),
             "diploma": _("diploma")}
    return Chart(_("Praktijkleren: completed learning routes per year"), [r["year"] for r in rows],
                 [Series(names[t], [r[t] for r in rows]) for t in learning.TARGETS], y_label=_("routes"))


def charts(report: dict[str, Any]) -> list[Chart]:
    return [doorstroom_chart(report), survival_chart(report), end_reasons_chart(report),
            value_of_work_chart(report), completions_chart(report)]
