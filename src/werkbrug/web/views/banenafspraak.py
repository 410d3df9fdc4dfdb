"""The employer's own Banenafspraak progress against its baanambitie (chart and table) and its
quotum outcome for a year, with the legal caveats. Figures per sector and region are for
analysts (the API); an employer sees only itself."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkbrug.banenafspraak import services
from werkbrug.domain.authorisation import Resource
from werkbrug.domain.banenafspraak.caveats import caveats_for
from werkbrug.domain.errors import DomainValidationError
from werkbrug.registry.models import Organisation
from werkbrug.web import access
from werkbrug.web.charts import Chart, Series


def _number(value: Any) -> float | None:
    return None if value is None else float(Decimal(str(value)))


def progress_chart(detail: dict[str, Any]) -> Chart:
    years = detail["years"]
    return Chart(
        title=_("Banenafspraak jobs of %(name)s per year") % {"name": detail["name"]},
        categories=[str(y["year"]) for y in years], y_label=_("Jobs (banen of 25.5 hours)"),
        series=[Series(_("Realised jobs"), [_number(y["banen"]) for y in years]),
                Series(_("Baanambitie"), [_number((y["baanambitie"] or {}).get("goal")) for y in years])],
        alt=_("Bar chart: realised Banenafspraak jobs and the baanambitie per year."),
        source=_("payroll data and registered placements (werkbrug banenafspraak report)"))


def _quotum(employer: Organisation, year: int) -> tuple[dict[str, Any] | None, list[str]]:
    try:
        return services.employer_quotum(employer.external_key, year), []
    except DomainValidationError as error:
        return None, [issue.message.text(get_language() or "nl") for issue in error.issues]


def _year(request: HttpRequest, detail: dict[str, Any]) -> int:
    raw = request.GET.get("year", "")
    known = [y["year"] for y in detail["years"]]
    if raw.isdigit() and int(raw) in known:
        return int(raw)
    return known[-1] if known else 2025


@login_required
def progress(request: HttpRequest) -> HttpResponse:
    own = access.organisation_ids(request, access.EMPLOYER_ROLES)
    access.require(request, "read", Resource("banenafspraak", frozenset(own[:1])), purpose="verantwoording")
    employer = Organisation.objects.get(pk=own[0])
    detail = services.report(employer.external_key)["employer"]
    year = _year(request, detail)
    quotum, quotum_errors = _quotum(employer, year)
    language = get_language() or "nl"
    caveats = quotum["caveats"] if quotum else [c.as_dict() for c in caveats_for(year)]
    return render(request, "web/banenafspraak/progress.html", {
        "employer": employer, "detail": detail, "chart": progress_chart(detail) if detail["years"] else None,
        "year": year, "years": [y["year"] for y in detail["years"]], "quotum": quotum,
        "quotum_errors": quotum_errors, "caveats": [c[language] for c in caveats]})
