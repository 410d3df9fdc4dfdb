"""Register and edit a candidate. Writes go through the registry's services; an edit based on
a stale version is refused (optimistic locking) and the consultant is told so plainly."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkbrug.domain.authorisation import Resource
from werkbrug.domain.errors import DomainValidationError, VersionConflict
from werkbrug.registry import services
from werkbrug.registry.models import Candidate, Organisation
from werkbrug.web import access
from werkbrug.web.forms.candidate import CandidateForm, initial_for

ALL_FIELDS = ("identifying", "contact", "health_fml", "financial", "pseudonymised", "general")


def _add_domain_issues(form: CandidateForm, error: DomainValidationError) -> list[str]:
    """Issues on a field the form has go to that field; the rest to the summary."""
    language, loose = get_language() or "nl", []
    for issue in error.issues:
        text = issue.message.text(language)
        if issue.field in form.fields:
            form.add_error(issue.field, text)
        else:
            loose.append(text)
    return loose


def _render(request: HttpRequest, form: CandidateForm, candidate: Candidate | None, extra: list[str],
            status: int = 200) -> HttpResponse:
    return render(request, "web/candidates/form.html", {
        "form": form, "candidate": candidate, "extra_errors": extra}, status=status)


@login_required
def candidate_create(request: HttpRequest) -> HttpResponse:
    organisations = access.organisation_ids(request)
    if not organisations:
        access.require(request, "create", Resource("candidates"), ALL_FIELDS)
    organisation = Organisation.objects.get(pk=organisations[0])
    access.require(request, "create", Resource("candidates", frozenset({organisation.pk})), ALL_FIELDS,
                   purpose="registratie")
    form = CandidateForm(request.POST or None)
    extra: list[str] = []
    if request.method == "POST" and form.is_valid():
        values: dict[str, Any] = {**form.record_values(), "organisation": organisation.external_key,
                                  "external_key": f"web-{secrets.token_hex(6)}",
                                  "registered_on": timezone.localdate()}
        try:
            with transaction.atomic():
                candidate, _created = services.save_record("candidates", values)
                services.assign_consultant(candidate.pk, candidate.version, request.user.pk)
        except DomainValidationError as error:
            extra = _add_domain_issues(form, error)
        else:
            messages.success(request, _("The candidate has been registered."))
            return redirect("web:candidate", pk=candidate.pk)
    return _render(request, form, None, extra, status=400 if request.method == "POST" else 200)


@login_required
def candidate_edit(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    access.require(request, "update", candidate, ALL_FIELDS, purpose="registratie")
    form = CandidateForm(request.POST or None, candidate=candidate, initial=initial_for(candidate))
    extra: list[str] = []
    status = 400 if request.method == "POST" else 200
    if request.method == "POST" and form.is_valid():
        try:
            services.update("candidates", candidate.pk, form.cleaned_data["version"], form.record_values())
        except VersionConflict:
            extra, status = [_("Someone else changed this candidate while you were editing. Your changes have "
                               "not been saved. Open the candidate again to see the latest version, then "
                               "make your change again.")], 409
        except DomainValidationError as error:
            extra = _add_domain_issues(form, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect("web:candidate", pk=candidate.pk)
    return _render(request, form, candidate, extra, status)
