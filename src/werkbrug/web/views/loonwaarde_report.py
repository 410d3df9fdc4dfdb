"""The loonwaarde report page, its PDF and the finalise button (refused, naming why, until both
zienswijzen are recorded or waived)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkbrug.domain.errors import DomainValidationError
from werkbrug.loonwaarde import services
from werkbrug.loonwaarde.models import LoonwaardeMeasurement
from werkbrug.loonwaarde.pdf import report_pdf
from werkbrug.loonwaarde.report import report
from werkbrug.security import audit
from werkbrug.web import access

HEALTH = ("health_fml",)


def _row(pk: int) -> LoonwaardeMeasurement:
    return get_object_or_404(LoonwaardeMeasurement.objects.select_related(
        "placement__candidate", "placement__work", "placement__employer_of_record"), pk=pk)


def _read(request: HttpRequest, row: LoonwaardeMeasurement) -> None:
    access.require(request, "read", row.placement, HEALTH, purpose="bemiddeling")
    audit.record("read", purpose="bemiddeling", actor=request.user, object_type="loonwaarde", object_id=row.pk,
                 subject_id=row.placement.candidate_id, origin="web")


@login_required
def measurement_report(request: HttpRequest, pk: int) -> HttpResponse:
    row = _row(pk)
    _read(request, row)
    language = "en" if (get_language() or "nl").startswith("en") else "nl"
    return render(request, "web/loonwaarde/report.html", {
        "row": row, "data": report(row), "language": language,
        "can_write": bool(access.can(request, "update", row.placement, HEALTH))})


@login_required
def measurement_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    row = _row(pk)
    _read(request, row)
    response = HttpResponse(report_pdf(report(row)), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="loonwaarde-{row.pk}.pdf"'
    return response


@login_required
@require_POST
def measurement_finalise(request: HttpRequest, pk: int) -> HttpResponse:
    row = _row(pk)
    access.require(request, "update", row.placement, HEALTH, purpose="bemiddeling")
    try:
        services.finalise(row, user=request.user, origin="web")
    except DomainValidationError as error:
        language = get_language() or "nl"
        for issue in error.issues:
            messages.error(request, issue.message.text(language))
    else:
        messages.success(request, _("The report is final. The college sets the loonwaarde."))
    return redirect("web:loonwaarde-report", pk=row.pk)
