"""The fairness page: selection rates per group over recommendations, introductions, placements
and the engine's own top-10 lists, the ratio to the best-off group and the four-fifths flag,
with charts, tables, definitions and downloads. Aggregates only."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from werkbrug.domain.authorisation import Resource
from werkbrug.security import audit
from werkbrug.trust import disclosure, downloads, fairness_page
from werkbrug.web import access
from werkbrug.web.charts import Chart, Series
from werkbrug.web.forms.trust import FairnessForm
from werkbrug.web.views import trust_labels as labels

PURPOSE = "verantwoording"


def _percent(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 1)


def _chart(dimension: str, groups: dict[str, dict[str, fairness_page.GroupLine]], outcomes: list[str],
           period: str) -> Chart:
    names = sorted(groups)
    series = [Series(labels.outcome(o), [None if o not in groups[g] or groups[g][o].suppressed
                                         else _percent(groups[g][o].row["rate"]) for g in names])
              for o in outcomes]
    title = _("Selection rate by %(dimension)s") % {"dimension": labels.dimension(dimension).lower()}
    return Chart(title=title, categories=[labels.group(dimension, g) for g in names], series=series,
                 y_label=_("percent of the people in the group"), source=_("Werkbrug registry and matching, %(period)s")
                 % {"period": period})


def _table(dimension: str, groups: dict[str, dict[str, fairness_page.GroupLine]], outcomes: list[str]
           ) -> list[dict[str, Any]]:
    rows = []
    for g in sorted(groups):
        for o in outcomes:
            line = groups[g].get(o)
            if line is not None:
                rows.append({"group": labels.group(dimension, g), "outcome": labels.outcome(o), "line": line,
                             "rate": _percent(line.row["rate"]), "low": _percent(line.row["low"]),
                             "high": _percent(line.row["high"])})
    return rows


def _present(result: dict[str, Any], period: str) -> dict[str, Any]:
    outcomes = [o for o in fairness_page.OUTCOMES if o in result["outcomes"]]
    sections = [{"dimension": d, "label": labels.dimension(d), "chart": _chart(d, groups, outcomes, period),
                 "rows": _table(d, groups, outcomes)}
                for d, groups in fairness_page.by_dimension(result).items()]
    flags = [{"outcome": labels.outcome(f.outcome), "dimension": labels.dimension(f.dimension),
              "group": labels.group(f.dimension, f.group), "row": f.row} for f in fairness_page.flagged(result)]
    totals = [{"outcome": labels.outcome(o), **result["outcomes"][o]} for o in outcomes]
    return {"result": result, "sections": sections, "flags": flags, "totals": totals,
            "min_cell": disclosure.MIN_CELL}


@login_required
def fairness(request: HttpRequest) -> HttpResponse:
    access.require(request, "read", Resource("fairness"), ("general",), purpose=PURPOSE)
    form = FairnessForm(request.GET or FairnessForm.defaults(timezone.localdate()))
    context: dict[str, Any] = {"form": form}
    if form.is_valid():
        data = form.cleaned_data
        period = f"{data['start']:%d-%m-%Y} – {data['end']:%d-%m-%Y}"
        context |= _present(fairness_page.report(data["start"], data["end"], data["engine"]), period)
        context |= {"start": data["start"], "end": data["end"]}
        context["query"] = urlencode({"start": f"{data['start']:%d-%m-%Y}", "end": f"{data['end']:%d-%m-%Y}",
                                      **({"engine": "on"} if data["engine"] else {})})
        context["can_export"] = bool(access.can(request, "export", Resource("fairness"), ("general",)))
    return render(request, "web/trust/fairness.html", context)


@login_required
def fairness_download(request: HttpRequest) -> HttpResponse:
    access.require(request, "export", Resource("fairness"), ("general",), purpose=PURPOSE)
    form = FairnessForm(request.GET)
    kind = request.GET.get("format", "xlsx")
    if not form.is_valid() or kind not in ("csv", "xlsx"):
        return render(request, "web/trust/fairness.html", {"form": form}, status=400)
    data = form.cleaned_data
    result = fairness_page.report(data["start"], data["end"], data["engine"])
    name = f"fairness-{data['start']:%Y%m%d}-{data['end']:%Y%m%d}"
    table = downloads.Table("fairness", _("Fairness: selection rates per group"), fairness_page.DOWNLOAD_COLUMNS,
                            fairness_page.download_rows(result), source=_("Werkbrug registry and matching"))
    audit.record("export", purpose=PURPOSE, actor=request.user, object_type="fairness",
                 origin=request.META.get("REMOTE_ADDR", ""), explanation=f"{name}.{kind}")
    if kind == "csv":
        response = HttpResponse(downloads.to_csv(table), content_type="text/csv; charset=utf-8")
    else:
        notes = [_("Fairness report %(start)s – %(end)s") % {"start": data["start"], "end": data["end"]},
                 _("Groups of fewer than %(n)s people are shown without figures.") % {"n": disclosure.MIN_CELL},
                 _("Definitions: see docs/trust.md (Fairness).")]
        response = HttpResponse(downloads.to_xlsx([table], _("Notes"), notes), content_type=(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    response["Content-Disposition"] = f'attachment; filename="{name}.{kind}"'
    return response
