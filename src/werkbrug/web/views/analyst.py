"""Regional dashboards for policy analysts: placements, Banenafspraak progress, doorstroom and
Social Return, filtered by region and year, with charts, tables, sources and downloads.
Aggregates only; counts below five are suppressed (werkbrug.trust.disclosure)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from werkbrug.domain.authorisation import Resource
from werkbrug.security import audit
from werkbrug.trust import dashboards, disclosure, downloads
from werkbrug.web import access
from werkbrug.web.forms.analyst import DashboardForm
from werkbrug.web.views.analyst_figures import sections

PURPOSE = "verantwoording"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _form(request: HttpRequest) -> DashboardForm:
    data = request.GET.copy()
    if not data.get("year"):
        this_year = timezone.localdate().year  # a placement may start next year: not a choice yet
        data["year"] = str(min(dashboards.latest_year() or this_year, this_year))
    return DashboardForm(data)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    access.require(request, "read", Resource("statistics"), ("general",), purpose=PURPOSE)
    form = _form(request)
    context: dict[str, Any] = {"form": form, "min_cell": disclosure.MIN_CELL}
    if form.is_valid():
        year, region = form.cleaned_data["year"], form.cleaned_data["region"] or None
        context |= {"sections": sections(year, region), "year": year,
                    "query": urlencode({"year": year, "region": region or ""}),
                    "can_export": bool(access.can(request, "export", Resource("statistics"), ("general",)))}
    return render(request, "web/analyst/dashboard.html", context)


@login_required
def download(request: HttpRequest) -> HttpResponse:
    access.require(request, "export", Resource("statistics"), ("general",), purpose=PURPOSE)
    form = _form(request)
    kind, key = request.GET.get("format", "xlsx"), request.GET.get("table", "")
    if not form.is_valid() or kind not in ("csv", "xlsx"):
        return render(request, "web/analyst/dashboard.html", {"form": form, "min_cell": disclosure.MIN_CELL},
                      status=400)
    year, region = form.cleaned_data["year"], form.cleaned_data["region"] or None
    tables = [s.table for s in sections(year, region)]
    name = f"werkbrug-{year}" + (f"-{slugify(region)}" if region else "")
    if kind == "csv":
        table = next((t for t in tables if t.key == key), None)
        if table is None:
            raise Http404
        body, content_type, name = downloads.to_csv(table), "text/csv; charset=utf-8", f"{name}-{key}"
    else:
        notes = [_("Werkbrug regional figures, %(year)s, %(region)s") % {"year": year,
                                                                         "region": region or _("All regions")},
                 _("Counts from 1 to %(n)s are shown as <%(m)s, and so is one more cell where a total would "
                   "give them away.") % {"n": disclosure.MIN_CELL - 1, "m": disclosure.MIN_CELL},
                 _("Sources per table:")]
        body, content_type = downloads.to_xlsx(tables, _("Notes"), notes), XLSX
    audit.record("export", purpose=PURPOSE, actor=request.user, object_type="statistics",
                 origin=request.META.get("REMOTE_ADDR", ""), explanation=f"{name}.{kind}"[:200])
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{kind}"'
    return response
