"""The income-effect page a consultant goes through with a candidate: month by month over the first
year, in easy-read language, UNCONFIRMED parameters flagged, other arrangements to check. It is an
estimate (werkbrug.domain.income) and nothing is stored."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from werkbrug.domain.authorisation import Resource
from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.income import IncomeQuestion, estimate_income
from werkbrug.web import access
from werkbrug.web.forms.income import IncomeForm

FORM_FIELDS = {"hours_per_week": "hours", "hourly_wage": "wage"}


def _language() -> str:
    return "en" if (get_language() or "nl").startswith("en") else "nl"


def _question(data: dict[str, Any]) -> IncomeQuestion:
    return IncomeQuestion(data["benefit"], data["household"], data["age"], data["hours"], data["wage"],
                          data["start"], data["medical_hours_limit"], data["loondispensatie"], data.get("net_month"))


def _in_language(result: dict[str, Any], language: str) -> dict[str, Any]:
    """The bilingual result with the texts of the page's language picked out."""
    return {**result, "notice": result["notice"][language], "summary": result["summary"][language],
            "when_job_ends": result["when_job_ends"][language],
            "check_also": [c[language] for c in result["check_also"]],
            "notes": [n[language] for n in result["notes"]],
            "months": [m | {"explanation": m["explanation"][language]} for m in result["months"]]}


@login_required
def income_page(request: HttpRequest) -> HttpResponse:
    # the page works with a candidate's benefit and income: who may read that of their own caseload
    own = Resource("candidates", frozenset(access.organisation_ids(request)), consultant_id=request.user.pk)
    access.require(request, "read", own, ("financial",))
    form = IncomeForm(request.POST or None, initial={"benefit": "bijstand", "household": "single"})
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            result = _in_language(estimate_income(_question(form.cleaned_data)), _language())
        except DomainValidationError as error:
            for issue in error.issues:
                target = FORM_FIELDS.get(issue.field, issue.field)
                form.add_error(target if target in form.fields else None, issue.message.text(_language()))
    status = 400 if request.method == "POST" and result is None else 200
    return render(request, "web/income/page.html", {"form": form, "result": result}, status=status)
