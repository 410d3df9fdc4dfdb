"""Loonwaarde pages: the placements a consultant or jobcoach may measure, and the measurement form
(enter or change a draft). Validation is the pure core's; its errors land at their own fields."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkbrug.domain.authorisation import Resource
from werkbrug.domain.errors import DomainValidationError, VersionConflict
from werkbrug.loonwaarde import services
from werkbrug.loonwaarde.models import LoonwaardeMeasurement
from werkbrug.registry.models import Placement
from werkbrug.web import access
from werkbrug.web.forms.loonwaarde import MeasurementForm, form_field, initial_from

HEALTH = ("health_fml",)
PAGE_SIZE = 25


def _language() -> str:
    return get_language() or "nl"


@login_required
def measurement_list(request: HttpRequest) -> HttpResponse:
    """Placements of the caseload with their latest measurement (lists are filtered, never refused)."""
    own = Resource("placements", frozenset(access.organisation_ids(request)), consultant_id=request.user.pk)
    access.require(request, "read", own, HEALTH)
    placements = access.scoped(request, Placement.objects.select_related("candidate", "work", "employer_of_record"))
    page = Paginator(placements.order_by("-start_date", "id"), PAGE_SIZE).get_page(request.GET.get("page"))
    shown = [p for p in page.object_list if access.can(request, "read", p, HEALTH)]
    latest = services.latest_for_placements([p.pk for p in shown])  # one query for the page
    rows = [{"placement": p, "latest": latest.get(p.pk), "can_write": bool(access.can(request, "update", p, HEALTH))}
            for p in shown]
    return render(request, "web/loonwaarde/list.html", {"rows": rows, "page": page})


def _save(request: HttpRequest, form: MeasurementForm, placement: Placement,
          row: LoonwaardeMeasurement | None) -> LoonwaardeMeasurement | None:
    """Save through the services; map the core's issues onto the form. None: the form shows errors."""
    version = request.POST.get("version")
    try:
        return services.save_measurement(placement, form.record(), user=request.user, measurement=row, origin="web",
                                         expected_version=int(version) if version and version.isascii() and version.isdigit() else None)
    except DomainValidationError as error:
        for issue in error.issues:
            target = form_field(issue.field)
            form.add_error(target if target in form.fields else None, issue.message.text(_language()))
    except VersionConflict as conflict:
        form.add_error(None, conflict.message.text(_language()))
    return None


def _form_page(request: HttpRequest, placement: Placement, row: LoonwaardeMeasurement | None,
               initial: dict[str, Any]) -> HttpResponse:
    form = MeasurementForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = _save(request, form, placement, row)
        if saved is not None:
            messages.success(request, _("The measurement has been saved as a draft."))
            return redirect("web:loonwaarde-report", pk=saved.pk)
    return render(request, "web/loonwaarde/form.html", {"form": form, "placement": placement, "row": row},
                  status=400 if request.method == "POST" else 200)


@login_required
def measurement_new(request: HttpRequest, placement_pk: int) -> HttpResponse:
    placement = get_object_or_404(Placement.objects.select_related("candidate", "work", "employer_of_record"),
                                  pk=placement_pk)
    access.require(request, "update", placement, HEALTH, purpose="bemiddeling")
    initial = {"contract_hours": placement.hours_per_week, "employee_status": "pending",
               "employer_status": "pending"}
    return _form_page(request, placement, None, initial)


@login_required
def measurement_edit(request: HttpRequest, pk: int) -> HttpResponse:
    row = get_object_or_404(LoonwaardeMeasurement.objects.select_related("placement__candidate", "placement__work"),
                            pk=pk)
    access.require(request, "update", row.placement, HEALTH, purpose="bemiddeling")
    if row.status == "final":
        messages.error(request, _("A final report cannot be changed; record a new measurement."))
        return redirect("web:loonwaarde-report", pk=row.pk)
    return _form_page(request, row.placement, row, initial_from(services.as_input(row)))
