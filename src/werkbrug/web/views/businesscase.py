"""The business case page for employer HR and consultants: a candidate on a work item or a
carved role, with its inputs, every amount's rule and parameters, the UNCONFIRMED flags, a
plain-language summary, the chart with its data table, and PDF and Excel downloads.

Who sees what is werkbrug.businesscase.access: a consultant the full case of their own caseload;
an employer only its own organisation's work and only a consenting or introduced candidate,
named by a pseudonym, without FML, doelgroep or benefit. Downloads are audited."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from werkbrug.businesscase import access as case_access
from werkbrug.businesscase import services
from werkbrug.domain.authorisation import Resource
from werkbrug.domain.errors import DomainValidationError, Message
from werkbrug.domain.pseudonyms import PREFIX
from werkbrug.registry.models import Candidate, Organisation, Work
from werkbrug.security import audit
from werkbrug.web import access
from werkbrug.web.forms.businesscase import BusinessCaseForm
from werkbrug.web.views.businesscase_display import display

FIELDS = {"loonwaarde": "loonwaarde", "date": "date", "start_date": "date", "months": "months",
          "sickness_rate_pct": "sickness_rate", "hours_per_week": "hours"}
DOWNLOADS = {"pdf": ("application/pdf", services.export_pdf),
             "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", services.export_xlsx)}


class Refused(ValueError):
    def __init__(self, field: str, message: Message):
        self.field, self.message = field, message
        super().__init__(str(message))


def _gate(request: HttpRequest) -> None:
    """Only who may manage some employer's work and wages uses this page (403 otherwise)."""
    employers = access.scoped(request, Organisation.objects.all(), "update")
    if not employers.exists():
        access.require(request, "update", Resource("work"), ("financial",))


def _candidate(request: HttpRequest, text: str) -> tuple[Candidate, str]:
    """The candidate and how the user may see the case; an employer names candidates by pseudonym."""
    not_found = Refused("candidate", Message(f"kandidaat '{text}' niet gevonden", f"candidate '{text}' not found"))
    if text.upper().startswith(PREFIX):
        candidate = case_access.by_pseudonym(access.actor(request), text)
        if candidate is None:
            raise not_found
        view = case_access.candidate_view(access.actor(request), candidate)
    else:
        try:
            candidate = services.find_candidate(text)
        except services.NotFound:
            raise not_found from None
        view = case_access.candidate_view(access.actor(request), candidate)
        if view == "pseudonymised":  # a pseudonymised case is asked for by pseudonym only
            raise not_found
    if view is None:
        access.require(request, "read", candidate, ("health_fml", "financial"))
    return candidate, str(view)


def _work(request: HttpRequest, text: str) -> Work:
    try:
        work = services.find_work(text)
    except services.NotFound as missing:
        raise Refused("work", missing.message) from None
    access.require(request, case_access.WORK_RULE[0], work, case_access.WORK_RULE[1])
    return work


def calculate(request: HttpRequest, form: BusinessCaseForm) -> tuple[dict[str, Any], Candidate]:
    """The result as the user may see it; raises Refused, DomainValidationError or PermissionDenied."""
    data = form.cleaned_data
    work = _work(request, data["work"].strip())
    candidate, view = _candidate(request, data["candidate"].strip())
    result = services.business_case_for(candidate, work, data["loonwaarde"], data["date"], data["months"],
                                        sickness_rate=data["sickness_rate"], forfaitair=data["forfaitair"],
                                        hours=data["hours"])
    return case_access.shown_result(access.actor(request), view, result), candidate  # type: ignore[arg-type]


def _add_errors(form: BusinessCaseForm, error: DomainValidationError | Refused) -> list[str]:
    language, loose = get_language() or "nl", []
    issues = error.issues if isinstance(error, DomainValidationError) else [error]
    for issue in issues:
        text = issue.message.text(language)
        name = FIELDS.get(issue.field, issue.field)
        if name in form.fields:
            form.add_error(name, text)
        else:
            loose.append(text)
    return loose


@login_required
def business_case_page(request: HttpRequest) -> HttpResponse:
    _gate(request)
    asked = bool(request.GET.get("candidate") and request.GET.get("work"))
    form = BusinessCaseForm(request.GET if asked else None, initial=request.GET.dict())
    context: dict[str, Any] = {"form": form, "extra_errors": []}
    status = 200
    if asked and form.is_valid():
        try:
            result, candidate = calculate(request, form)
        except (DomainValidationError, Refused) as error:
            context["extra_errors"], status = _add_errors(form, error), 400
        else:
            if not result.get("pseudonymised"):  # the full case shows health-derived facts
                audit.record("read", purpose="bemiddeling", actor=request.user, object_type="candidates",
                             object_id=candidate.pk, subject_id=candidate.pk, explanation="business case")
            context.update(result=display(result), query=request.GET.urlencode())
    elif asked:
        status = 400
    return render(request, "web/businesscase/page.html", context, status=status)


@login_required
def business_case_download(request: HttpRequest, extension: str) -> HttpResponse:
    _gate(request)
    form = BusinessCaseForm(request.GET)
    if not form.is_valid():
        return business_case_page(request)
    try:
        result, candidate = calculate(request, form)
    except (DomainValidationError, Refused):
        return business_case_page(request)
    content_type, write = DOWNLOADS[extension]
    buffer = BytesIO()
    write(result, buffer)
    audit.record("export", purpose="bemiddeling", actor=request.user, object_type="candidates",
                 object_id=candidate.pk, subject_id=candidate.pk, explanation=f"business case {extension}")
    response = HttpResponse(buffer.getvalue(), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="business-case-{int(result["work_id"])}.{extension}"'
    return response

