"""A candidate's trajectory timeline: situations with dates and the support of each period, and
recording the next situation (a refused transition says why)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.pathways import model as trajectory
from werkbrug.pathways import services
from werkbrug.web.forms.pathways import TransitionForm
from werkbrug.web.views.pathways_common import candidate_for, error_texts, may, name_of, today


def _rows(candidate: object) -> list[dict[str, object]]:
    model = trajectory.load()
    rows = []
    for p in reversed(services.timeline(candidate)):  # newest first
        support = p.support or {}
        rows.append({"period": p, "label": model.situations[p.situation].label if p.situation in model.situations
                     else None, "jobcoach": support.get("jobcoach"),
                     "lks": support.get("loonkostensubsidie"), "accommodations": support.get("accommodations") or []})
    return rows


@login_required
def timeline(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = candidate_for(request, pk, "read")
    can_record = may(request, "create", candidate)
    form = TransitionForm(request.POST or None, initial={"start_date": today().strftime("%d-%m-%Y")})
    extra: list[str] = []
    if request.method == "POST":
        candidate_for(request, pk, "create")
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.append_period(candidate, data["situation"], data["start_date"], today=today(), support={
                    "jobcoach": data["jobcoach"], "loonkostensubsidie": data["loonkostensubsidie"]})
            except DomainValidationError as error:
                extra = error_texts(error)
            else:
                messages.success(request, _("The new situation has been recorded."))
                return redirect("web:pathways-timeline", pk=candidate.pk)
    return render(request, "web/pathways/timeline.html", {
        "candidate": candidate, "name": name_of(request, candidate), "rows": _rows(candidate), "form": form,
        "extra_errors": extra, "can_record": can_record},
        status=400 if request.method == "POST" else 200)
