"""A candidate's learning routes (praktijkleren): progress per werkproces with evidence, starting a
route, and completing it (the result joins the candidate's certificates)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.pathways import learning as domain
from werkbrug.pathways import learning
from werkbrug.pathways.models import LearningRoute
from werkbrug.web.forms.pathways import PROGRESS, TARGETS, CompleteForm, ProgressForm, RouteForm
from werkbrug.web.views.pathways_common import candidate_for, error_texts, may, name_of, today


def _route_rows(candidate: Any) -> list[dict[str, Any]]:
    catalogue = domain.load()
    rows = []
    for route in learning.routes_of(candidate):
        dossier = catalogue.dossiers.get(route.crebo)
        progress = {p.werkproces: p for p in route.progress.all()}
        steps = [{"werkproces": w, "progress": progress.get(w.code),
                  "form": ProgressForm(prefix=f"r{route.pk}-{w.code}", initial={
                      "werkproces": w.code, "status": getattr(progress.get(w.code), "status", "not_started"),
                      "evidence": getattr(progress.get(w.code), "evidence", "")})}
                 for w in (dossier.werkprocessen if dossier else ())]
        status = domain.progress(dossier, route.target, {c: p.status for c, p in progress.items()}) if dossier else None
        rows.append({"route": route, "dossier": dossier, "target": TARGETS.get(route.target), "steps": steps,
                     "share": round(100 * status.share) if status else 0, "missing": status.missing if status else (),
                     "complete_form": CompleteForm(prefix=f"c{route.pk}",
                                                   initial={"completed_on": today().strftime("%d-%m-%Y")})})
    return rows


def _post(request: HttpRequest, candidate: Any) -> tuple[list[str], Any]:
    """Handle one of the page's forms; returns (errors, bound form)."""
    action = request.POST.get("action", "")
    route = None
    if action in {"progress", "complete"}:
        route = get_object_or_404(LearningRoute, pk=request.POST.get("route"), candidate=candidate)
    try:
        if action == "start":
            form: Any = RouteForm(request.POST)
            if form.is_valid():
                d = form.cleaned_data
                learning.start_route(candidate, d["crebo"], d["target"], d["start_date"],
                                     praktijkopleider=d["praktijkopleider"], mbo_instelling=d["mbo_instelling"])
                return [], None
            return [], form
        if action == "progress" and route is not None:
            form = ProgressForm(request.POST, prefix=request.POST.get("prefix", ""))
            if form.is_valid():
                d = form.cleaned_data
                learning.record_progress(route, d["werkproces"], d["status"], evidence=d["evidence"],
                                         assessed_on=today())
                return [], None
            return [_("Check the werkproces form.")], None
        if action == "complete" and route is not None:
            form = CompleteForm(request.POST, prefix=f"c{route.pk}")
            if form.is_valid():
                learning.complete_route(route, form.cleaned_data["completed_on"])
                return [], None
            return [_("Give the completion date as day-month-year.")], None
    except DomainValidationError as error:
        return error_texts(error), None
    return [_("Unknown action.")], None


@login_required
def learning_routes(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = candidate_for(request, pk, "read")
    can_change = may(request, "update", candidate)
    start_form = RouteForm(initial={"start_date": today().strftime("%d-%m-%Y"), "target": "praktijkverklaring"})
    errors: list[str] = []
    if request.method == "POST":
        candidate_for(request, pk, "update")
        errors, bound = _post(request, candidate)
        if not errors and bound is None:
            messages.success(request, _("The learning route has been updated."))
            return redirect("web:pathways-learning", pk=candidate.pk)
        start_form = bound or start_form
    return render(request, "web/pathways/learning.html", {
        "candidate": candidate, "name": name_of(request, candidate), "routes": _route_rows(candidate),
        "form": start_form, "extra_errors": errors, "can_change": can_change, "statuses": PROGRESS,
        "catalogue": domain.load()}, status=400 if request.method == "POST" else 200)
