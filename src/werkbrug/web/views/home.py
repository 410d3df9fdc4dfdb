"""The start page: a sign-in invitation, or the dashboard of the signed-in user's work."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from werkbrug.domain import vocabulary
from werkbrug.registry.models import Candidate
from werkbrug.web import access, routes
from werkbrug.web.views.querying import listing

CASELOAD_SHOWN = 10


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
    return render(request, "web/dashboard.html", {"stats": stats, "rows": rows, "situations": vocabulary.SITUATIONS})
