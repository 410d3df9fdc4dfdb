"""A proposal's page: where it stands, its history and beoordelingspunten, and the next steps the
workflow allows (trial placement, placement, decline), each through matching.proposals."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy

from werkbrug.domain import vocabulary
from werkbrug.domain.errors import DomainValidationError, VersionConflict
from werkbrug.matching import proposals
from werkbrug.matching.models import MatchProposal
from werkbrug.matching.workflow import load_workflow
from werkbrug.registry.models import Placement
from werkbrug.security import audit
from werkbrug.trust import services as trust
from werkbrug.web import access
from werkbrug.web.forms.introduction import DeclineForm, PlaceForm, TrialForm
from werkbrug.web.views.introductions import issue_texts, language

FORMS: dict[str, type[forms.Form]] = {"trial_placement": TrialForm, "placed": PlaceForm, "declined": DeclineForm}
DONE = {"trial_placement": gettext_lazy("The trial placement has been recorded."),
        "placed": gettext_lazy("The placement has been recorded."),
        "declined": gettext_lazy("The proposal has been declined.")}


def _forms(proposal: MatchProposal, posted: str, data: Any) -> dict[str, forms.Form]:
    """One form per step the workflow allows from here; the posted one is bound."""
    today = timezone.localdate().strftime("%d-%m-%Y")
    initial = {"start_date": today, "hours_per_week": proposal.work.hours_per_week, "placement_kind": "dienstverband"}
    allowed = [to for to in load_workflow().allowed_from(proposal.status) if to in FORMS]
    return {to: FORMS[to](data if to == posted else None, initial=initial, prefix=to) for to in allowed}


def _step_label(source: str, target: str) -> str:
    step = load_workflow().transition(source, target)
    return step.label.text(language()) if step else target


def _request(to: str, version: int, data: dict[str, Any]) -> proposals.TransitionRequest:
    return proposals.TransitionRequest(
        to=to, version=version, reason=data.get("reason", ""), note=data.get("note", ""),
        placement_kind=data.get("placement_kind", ""), start_date=data.get("start_date"),
        hours_per_week=data.get("hours_per_week"))


def _step(request: HttpRequest, proposal: MatchProposal, to: str, form: forms.Form) -> list[str]:
    """Do the step; the errors to show when it was refused (none: done)."""
    try:
        proposals.transition(proposal.pk, _request(to, int(request.POST.get("version", 0)), form.cleaned_data),
                             actor=request.user)
    except DomainValidationError as error:
        return issue_texts(form, error)
    except (VersionConflict, proposals.TransitionRefused) as refused:
        return [refused.message.text(language())]
    return []


@login_required
def proposal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = get_object_or_404(MatchProposal.objects.select_related(
        "candidate", "work__employer", "work__location", "placement"), pk=pk)
    access.require(request, "update" if request.method == "POST" else "read", proposal, ("general",),
                   purpose="bemiddeling")
    # the page shows beoordelingspunten (FML items): health data, for the candidate's own consultant only
    access.require(request, "read", proposal.candidate, ("health_fml",), purpose="bemiddeling")
    audit.record("read", purpose="bemiddeling", actor=request.user, object_type="introductions",
                 object_id=proposal.pk, subject_id=proposal.candidate_id, origin=request.META.get("REMOTE_ADDR", ""),
                 organisation_id=proposal.candidate.organisation_id)
    posted = request.POST.get("to", "") if request.method == "POST" else ""
    step_forms = _forms(proposal, posted, request.POST)
    extra: list[str] = []
    if posted and posted in step_forms:
        form = step_forms[posted]
        if form.is_valid():
            extra = _step(request, proposal, posted, form)
            if not extra:
                messages.success(request, str(DONE[posted]))
                return redirect("web:proposal", pk=proposal.pk)
    workflow = load_workflow()
    events = list(proposal.events.select_related("placement").order_by("at", "id"))
    placements = Placement.objects.filter(external_key__startswith=f"proposal-{proposal.pk}").order_by("start_date")
    return render(request, "web/candidates/proposal.html", {
        "proposal": proposal, "candidate": proposal.candidate, "work": proposal.work,
        "status": workflow.states[proposal.status].label.text(language()),
        "events": [{"event": e, "label": workflow.states[e.to_status].label.text(language())
                    if e.to_status in workflow.states else e.to_status} for e in events],
        "points": trust.assessment_status(proposal.candidate, proposal.work, language=language())["points"],
        "placements": placements, "extra_errors": extra, "kinds": vocabulary.PLACEMENT_KINDS, "form": step_forms.get(posted),
        "steps": [{"to": to, "form": f, "label": _step_label(proposal.status, to)} for to, f in step_forms.items()]},
        status=400 if posted else 200)
