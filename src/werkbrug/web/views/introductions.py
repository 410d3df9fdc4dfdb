"""From a match to a placement: introduce a candidate to the employer (every beoordelingspunt
judged with a written motivation, the candidate's consent recorded), then a trial placement and
the placement. The steps go through the proposal workflow (matching.proposals) and the trust
services; the page only parses and renders."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkbrug.domain.errors import DomainValidationError, VersionConflict
from werkbrug.domain.fml import load_catalogue
from werkbrug.matching import proposals, runs
from werkbrug.matching.models import MatchProposal
from werkbrug.registry.models import Candidate, Work
from werkbrug.security.introductions import record_introduction
from werkbrug.trust import services as trust
from werkbrug.web import access
from werkbrug.web.forms.introduction import IntroductionForm


def language() -> str:
    return "en" if (get_language() or "nl").startswith("en") else "nl"


def open_points(candidate: Candidate, work: Work) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(points still to judge, points already judged acceptably) for the pair."""
    status = trust.assessment_status(candidate, work, language=language())
    items = load_catalogue().items
    for point in status["points"]:
        item = items.get(point["item"])
        point["item_name"] = f"{point['item']} {item.name.text(language())}" if item else point["item"]
    todo = [p for p in status["points"] if p["assessment"] is None or p["assessment"]["blocks"]]
    done = [p for p in status["points"] if p["assessment"] is not None and not p["assessment"]["blocks"]]
    return todo, done


def issue_texts(form: Any, error: DomainValidationError) -> list[str]:
    """Issues on a field the form has go to that field; the rest to the error summary."""
    loose = []
    for issue in error.issues:
        if issue.field in form.fields:
            form.add_error(issue.field, issue.message.text(language()))
        else:
            loose.append(issue.message.text(language()))
    return loose


def _introduce(request: HttpRequest, candidate: Candidate, work: Work, form: IntroductionForm) -> MatchProposal:
    """All or nothing: the proposal, the judgements, the introduction and the employer's access."""
    with transaction.atomic():
        proposal = runs.propose_pair(candidate.external_key, work.external_key, actor=request.user)
        for key, judgement, motivation in form.assessments():
            trust.record_assessment(candidate, work, key, judgement, motivation, request.user, proposal=proposal)
        data = form.cleaned_data
        moved = proposals.transition(proposal.pk, proposals.TransitionRequest(
            to="introduced", version=proposal.version, consent=True, consent_date=data["consent_date"],
            note=data["note"]), actor=request.user)
        record_introduction(candidate, work.employer, work, request.user, str(request.META.get("REMOTE_ADDR", "")))
    return moved


@login_required
def introduce(request: HttpRequest, pk: int, work_pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    work = get_object_or_404(Work.objects.select_related("employer", "location"), pk=work_pk)
    access.require(request, "create", candidate, ("general",), kind="introductions", purpose="bemiddeling")
    todo, done = open_points(candidate, work)
    form = IntroductionForm(request.POST or None, points=todo,
                            initial={"consent_date": timezone.localdate().strftime("%d-%m-%Y")})
    extra: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            proposal = _introduce(request, candidate, work, form)
        except DomainValidationError as error:
            extra = issue_texts(form, error)
        except (VersionConflict, proposals.TransitionRefused) as refused:
            extra = [refused.message.text(language())]
        else:
            messages.success(request, _("The candidate has been introduced to the employer."))
            return redirect("web:proposal", pk=proposal.pk)
    return render(request, "web/candidates/introduce.html", {
        "candidate": candidate, "work": work, "form": form, "done": done, "extra_errors": extra},
        status=400 if request.method == "POST" else 200)
