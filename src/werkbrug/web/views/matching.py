"""Matches for a candidate and candidates for a work item, with the explanation and the
accommodations, from the matching services."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from werkbrug.domain.authorisation import Resource
from werkbrug.matching import services as matching
from werkbrug.matching.models import MatchProposal
from werkbrug.matching.workflow import load_workflow
from werkbrug.registry.models import Candidate, Work
from werkbrug.web import access

TOP = 10
PAGE_SIZE = 25


def _language() -> str:
    return "en" if (get_language() or "nl").startswith("en") else "nl"


@login_required
def candidate_matches(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    access.require(request, "read", candidate, ("identifying", "health_fml"))
    result = matching.recommend_for_candidate(candidate.external_key, top=TOP, language=_language())
    works = Work.objects.select_related("employer", "location").in_bulk(
        [row["work"] for row in result["work"]], field_name="external_key")
    rows = [{**row, "work_obj": works[row["work"]]} for row in result["work"] if row["work"] in works]
    _with_proposals(candidate, rows)
    return render(request, "web/candidates/matches.html", {"candidate": candidate, "rows": rows,
                                                           **_next_steps(request, candidate)})


def _next_steps(request: HttpRequest, candidate: Candidate | Resource) -> dict[str, bool]:
    """Offer only the steps the user may take (a jobcoach follows up but does not introduce)."""
    return {"may_introduce": bool(access.can(request, "create", candidate, ("general",), kind="introductions")),
            "may_place": bool(access.can(request, "create", candidate, ("identifying", "general"), kind="placements"))}


def _with_proposals(candidate: Candidate, rows: list[dict[str, Any]]) -> None:
    """Each row's open proposal (one query), so the page offers to continue rather than start again."""
    workflow = load_workflow()
    open_ones = {p.work_id: p for p in MatchProposal.objects.filter(
        candidate=candidate, status__in=workflow.open_states()).only("id", "work_id", "status").order_by("id")}
    for row in rows:
        proposal = open_ones.get(row["work_obj"].pk)
        row["proposal"] = proposal
        row["proposal_status"] = workflow.states[proposal.status].label.text(_language()) if proposal else ""


@login_required
def work_list(request: HttpRequest) -> HttpResponse:
    access.require(request, "read", Resource("work"), ("general",))
    text = request.GET.get("q", "").strip()[:100]
    queryset = Work.objects.filter(status="open").select_related("employer", "location")
    if text:
        queryset = queryset.filter(Q(title__icontains=text) | Q(employer__name__icontains=text)
                                   | Q(location__place__icontains=text))
    page = Paginator(queryset.order_by("title", "id"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "web/work/list.html", {"page": page, "q": text})


def _readable(request: HttpRequest, keys: list[str]) -> dict[str, Any]:
    readable = access.scoped(request, Candidate.objects.filter(external_key__in=keys))
    return {c.external_key: c for c in readable.only("id", "external_key", "given_name", "family_name")}


@login_required
def work_candidates(request: HttpRequest, pk: int) -> HttpResponse:
    work = get_object_or_404(Work.objects.select_related("employer", "location"), pk=pk)
    access.require(request, "read", work, ("general",))
    result = matching.recommend_for_work(work.external_key, top=TOP, language=_language())
    known = _readable(request, [row["candidate"] for row in result["candidates"]])
    rows = [{**row, "candidate_obj": known[row["candidate"]]} for row in result["candidates"]
            if row["candidate"] in known]
    own = Resource("candidates", frozenset(access.organisation_ids(request)), consultant_id=request.user.pk)
    return render(request, "web/work/candidates.html", {
        "work": work, "rows": rows, "hidden": len(result["candidates"]) - len(rows), **_next_steps(request, own)})
