"""Record a placement of a candidate in a work item, through the registry's services."""

from __future__ import annotations

import secrets

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from werkbrug.domain import vocabulary
from werkbrug.domain.errors import DomainValidationError
from werkbrug.registry import services
from werkbrug.registry.models import Candidate, Work
from werkbrug.web import access
from werkbrug.web.forms.labels import code_choices
from werkbrug.web.forms.widgets import date_field, decimal_field


class PlacementForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Kind of placement"), choices=code_choices(vocabulary.PLACEMENT_KINDS))
    hours_per_week = decimal_field(gettext_lazy("Hours per week"), 0.5, 60)
    start_date = date_field(gettext_lazy("Start date"))

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["hours_per_week"].required = True


@login_required
def placement_create(request: HttpRequest, pk: int, work_pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    work = get_object_or_404(Work.objects.select_related("employer", "location"), pk=work_pk)
    access.require(request, "create", candidate, ("identifying", "general"), kind="placements",
                   purpose="bemiddeling")
    initial = {"kind": "dienstverband", "hours_per_week": work.hours_per_week,
               "start_date": timezone.localdate().strftime("%d-%m-%Y")}
    form = PlacementForm(request.POST or None, initial=initial)
    extra: list[str] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.save_record("placements", {
                "external_key": f"web-{secrets.token_hex(6)}", "candidate": candidate.external_key,
                "work": work.external_key, "kind": data["kind"], "employer_of_record": work.employer.external_key,
                "hours_per_week": data["hours_per_week"], "start_date": data["start_date"]})
        except DomainValidationError as error:
            extra = [issue.message.text(get_language() or "nl") for issue in error.issues]
        else:
            messages.success(request, _("The placement has been recorded."))
            return redirect("web:candidate", pk=candidate.pk)
    return render(request, "web/candidates/placement_form.html", {
        "form": form, "candidate": candidate, "work": work, "extra_errors": extra},
        status=400 if request.method == "POST" else 200)
