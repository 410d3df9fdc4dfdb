"""The start page: a sign-in invitation, or the dashboard of the signed-in user's work."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from werkbrug.domain import vocabulary
from werkbrug.domain.authorisation import Resource
from werkbrug.pathways import access as pathways_access
from werkbrug.pathways import followup
from werkbrug.registry.models import Candidate
from werkbrug.security.models import Introduction
from werkbrug.web import access, routes
from werkbrug.web.forms.followup import KINDS
from werkbrug.web.views.pathways_common import today
from werkbrug.web.views.querying import listing

CASELOAD_SHOWN = 10
FOLLOWUP_SHOWN = 5


def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return render(request, "web/home.html")
    roles = access.roles(request)
    if roles & access.CONSULTANT_ROLES:
        return dashboard(request)
    if roles & access.EMPLOYER_ROLES:
        return redirect("web:explorer")
    for area in routes.modules():  # inkoper, policy analyst, ...: the first page their menu offers
        for entry in area.MENU:
            if roles & entry.roles:
                return redirect(f"web:{entry.url_name}")
    return render(request, "web/home.html", {"no_role": True})


def dashboard(request: HttpRequest) -> HttpResponse:
    caseload = access.scoped(request, Candidate.objects.filter(consultant=request.user))
    stats = caseload.aggregate(
        total=Count("id", distinct=True),
        placed=Count("id", distinct=True, filter=Q(placements__end_date__isnull=True, placements__isnull=False)),
        visible=Count("id", distinct=True, filter=Q(visible_by_candidate=True, visible_by_consultant=True)))
    rows = listing(caseload).order_by("-updated_at", "id")[:CASELOAD_SHOWN]
    return render(request, "web/dashboard.html", {"stats": stats, "rows": rows, "situations": vocabulary.SITUATIONS,
                                                  "followup": _followup_due(request)})


def _followup_due(request: HttpRequest) -> dict[str, Any] | None:
    """The first due and overdue follow-up contacts of the user's own caseload, as the Nazorg page
    lists them; None for a user who may not see follow-up contacts (the block is left out)."""
    actor = access.actor(request)
    if not pathways_access.permitted_gate(actor):
        return None
    on = today()
    # one query for the caseload's contacts; the pathways policy is then asked per candidate in
    # memory (as pathways.access.permitted does), so the page needs no query per row
    due = [r for r in followup.reminders(on, Candidate.objects.filter(consultant=request.user))
           if access.can(request, "update", pathways_access.resource(r.contact.candidate), pathways_access.FIELDS)]
    names = _names(request, [r.contact.candidate for r in due[:FOLLOWUP_SHOWN]])
    rows = [{"reminder": r, "name": names[r.contact.candidate_id]} for r in due[:FOLLOWUP_SHOWN]]
    return {"rows": rows, "total": len(due), "today": on, "kinds": KINDS}


def _names(request: HttpRequest, candidates: list[Candidate]) -> dict[int, str]:
    """pathways_common.name_of for several candidates in one query instead of one each: the facts the
    policy looks at (as security.access.resource_for gathers them), with all introductions read at once."""
    introduced: dict[int, set[int]] = defaultdict(set)
    for candidate_id, organisation_id in Introduction.objects.filter(
            candidate__in=[c.pk for c in candidates], candidate_consent_at__isnull=False,
            consent_withdrawn_at__isnull=True).values_list("candidate_id", "organisation_id"):
        introduced[candidate_id].add(organisation_id)
    names = {}
    for c in candidates:
        resource = Resource("candidates", frozenset({c.organisation_id}), c.consultant_id,
                            c.visible_by_candidate and c.visible_by_consultant, frozenset(introduced[c.pk]))
        readable = access.can(request, "read", resource, ("identifying",)).allowed
        names[c.pk] = (f"{c.given_name} {c.family_name}".strip() or c.external_key) if readable else c.external_key
    return names
