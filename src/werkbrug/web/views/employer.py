"""The employer's anonymised candidate explorer (like UWV's Kandidatenverkenner): only people
who, with their consultant, agreed to be visible; only pseudonymised facts; no identities."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from werkbrug.domain import vocabulary
from werkbrug.domain.authorisation import Resource
from werkbrug.domain.pseudonyms import pseudonym
from werkbrug.matching.loading import available_candidates
from werkbrug.registry.models import Candidate
from werkbrug.web import access
from werkbrug.web.forms.search import ExplorerForm, occupation_choices

PAGE_SIZE = 20
# Pseudonymised facts only (roles.toml: field class "pseudonymised"); never names, BSN or FML.
SHOWN = ("id", "arbeidsmarktregio", "education_level", "wish_hours_min", "wish_hours_max", "wish_day_parts",
         "wish_occupations", "driving_licence", "available_from")


def _filtered(form: ExplorerForm) -> QuerySet[Candidate]:
    queryset = available_candidates(timezone.localdate()).filter(visible_by_candidate=True, visible_by_consultant=True)
    if not form.is_valid():
        return queryset
    data = form.cleaned_data
    if data["region"]:
        queryset = queryset.filter(arbeidsmarktregio=data["region"])
    if data["hours"] is not None:
        hours = data["hours"]
        queryset = queryset.filter(Q(wish_hours_min__isnull=True) | Q(wish_hours_min__lte=hours)).filter(
            Q(wish_hours_max__isnull=True) | Q(wish_hours_max__gte=hours))
    if data["occupation"]:
        queryset = queryset.filter(wish_occupations__icontains=data["occupation"])
    return queryset


@login_required
def explorer(request: HttpRequest) -> HttpResponse:
    access.require(request, "read", Resource("candidates", consented=True), ("pseudonymised",))
    form = ExplorerForm(request.GET or None)
    page = Paginator(_filtered(form).order_by("id").values(*SHOWN), PAGE_SIZE).get_page(request.GET.get("page"))
    context = "explorer:" + ",".join(str(o) for o in access.organisation_ids(request, access.EMPLOYER_ROLES))
    occupations = dict(occupation_choices())
    rows = [{**row, "pseudonym": pseudonym(settings.WERKBRUG_PSEUDONYM_KEY, context, row.pop("id")),
             "occupations": [occupations.get(uri, "") for uri in row["wish_occupations"] if uri in occupations]}
            for row in page.object_list]
    return render(request, "web/employer/explorer.html", {
        "form": form, "page": page, "rows": rows, "vocabulary": vocabulary})
