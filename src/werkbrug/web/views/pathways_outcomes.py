"""Outcome analytics: doorstroom per period and region, placement survival, end reasons, value of
work and praktijkleren completions — charts with data tables, definitions, CSV and Excel."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from werkbrug.domain.pathways import model as trajectory
from werkbrug.pathways import access as pathways_access
from werkbrug.pathways import definitions, downloads, outcomes
from werkbrug.registry.models import Candidate
from werkbrug.web import access
from werkbrug.web.views.pathways_charts import charts
from werkbrug.web.views.pathways_common import today


def _regions() -> list[str]:
    # order_by(): a model ordering would otherwise join the DISTINCT and repeat every region per candidate
    return sorted(r for r in Candidate.objects.order_by().values_list("arbeidsmarktregio", flat=True).distinct() if r)


def _filters(request: HttpRequest) -> tuple[str | None, date, list[str]]:
    """Region (only a known one) and as-of date (today when absent or not a date)."""
    regions = _regions()
    region = request.GET.get("region") or None
    region = region if region in regions else None
    try:
        as_of = date.fromisoformat(request.GET.get("as_of", ""))
    except ValueError:
        as_of = today()
    return region, as_of, regions


def _report(request: HttpRequest, action: str) -> tuple[dict[str, Any], list[str]]:
    access.require(request, action, pathways_access.OUTCOMES, pathways_access.FIELDS, purpose="verantwoording")
    region, as_of, regions = _filters(request)
    return outcomes.published(as_of, region=region), regions


@login_required
def outcome_page(request: HttpRequest) -> HttpResponse:
    report, regions = _report(request, "read")
    model = trajectory.load()
    labels = {name: name for name in model.groups}
    return render(request, "web/pathways/outcomes.html", {
        "report": report, "charts": charts(report), "regions": regions, "definitions": definitions.texts(),
        "group_labels": labels, "can_export": bool(access.can(request, "export", pathways_access.OUTCOMES,
                                                               pathways_access.FIELDS)),
        "query": request.GET.urlencode()})


@login_required
def outcome_download(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in {"csv", "xlsx"}:
        raise Http404
    report, _ = _report(request, "export")
    name = f"werkbrug-uitkomsten-{report['as_of']}"
    if fmt == "xlsx":
        response = HttpResponse(downloads.to_xlsx(report, definitions.texts()), content_type=(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    else:
        response = HttpResponse(downloads.to_csv(report, definitions.texts()), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
