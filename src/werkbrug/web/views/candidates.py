"""Candidate search, filter and detail for consultants and jobcoaches."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from werkbrug.domain import vocabulary
from werkbrug.domain.fml import load_catalogue
from werkbrug.matching.models import MatchProposal
from werkbrug.matching.workflow import load_workflow
from werkbrug.registry.models import Candidate, Placement
from werkbrug.security import audit
from werkbrug.web import access
from werkbrug.web.forms.search import CandidateSearchForm
from werkbrug.web.views.querying import listing

PAGE_SIZE = 25
SECTIONS = ("identifying", "contact", "health_fml", "financial", "pseudonymised", "general")


def _filtered(request: HttpRequest, form: CandidateSearchForm) -> QuerySet[Candidate]:
    queryset = listing(access.scoped(request, Candidate.objects.all()))
    if not form.is_valid():
        return queryset
    data = form.cleaned_data
    if text := data["q"].strip():
        # No BSN search here: a query string ends up in logs and browser history.
        queryset = queryset.filter(Q(family_name__icontains=text) | Q(given_name__icontains=text)
                                   | Q(external_key__iexact=text))
    if data["region"]:
        queryset = queryset.filter(arbeidsmarktregio=data["region"])
    if data["mine"]:
        queryset = queryset.filter(consultant=request.user)
    if data["status"]:
        queryset = queryset.filter(placed=data["status"] == "placed")
    return queryset


@login_required
def candidate_list(request: HttpRequest) -> HttpResponse:
    form = CandidateSearchForm(request.GET or None)
    page = Paginator(_filtered(request, form).order_by("family_name", "given_name", "id"), PAGE_SIZE).get_page(
        request.GET.get("page"))
    template = "web/candidates/results.html" if request.headers.get("HX-Request") else "web/candidates/list.html"
    return render(request, template, {"form": form, "page": page, "situations": vocabulary.SITUATIONS})


def _fml_rows(profile: dict[str, dict[str, object]]) -> list[dict[str, object]]:
    """The profile's deviations in catalogue order, with the item's name and unit."""
    items = load_catalogue().items
    return [{"item": items[code], "level": entry.get("level", 0), "value": entry.get("value")}
            for code, entry in profile.items() if code in items]


def _proposals(request: HttpRequest, candidate: Candidate) -> list[dict[str, object]]:
    """The candidate's proposals (introductions in progress or done), for those who may follow them."""
    if not access.can(request, "read", candidate, ("health_fml",)):
        return []
    workflow, language = load_workflow(), "en" if (get_language() or "nl").startswith("en") else "nl"
    rows = MatchProposal.objects.filter(candidate=candidate).select_related("work__employer").order_by("-updated_at")
    return [{"proposal": p, "status": workflow.states[p.status].label.text(language)
             if p.status in workflow.states else p.status} for p in rows[:20]]


@login_required
def candidate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate.objects.select_related("organisation", "consultant"), pk=pk)
    decision = access.require(request, "read", candidate, ("identifying",))
    shown = decision.field_classes
    if "health_fml" in shown:
        audit.record("read", purpose="bemiddeling", actor=request.user, object_type="candidates",
                     object_id=candidate.pk, subject_id=candidate.pk, origin=request.META.get("REMOTE_ADDR", ""),
                     organisation_id=candidate.organisation_id)
    placements = Placement.objects.filter(candidate=candidate).select_related(
        "work", "employer_of_record", "inlener")
    return render(request, "web/candidates/detail.html", {
        "candidate": candidate, "shown": shown, "placements": placements, "proposals": _proposals(request, candidate),
        "fml_rows": _fml_rows(candidate.fml_profile or {}) if "health_fml" in shown else [],
        "doelgroep": list(candidate.doelgroep.all()) if "health_fml" in shown else [],
        "can_edit": bool(access.can(request, "update", candidate)),
        "vocabulary": vocabulary})
