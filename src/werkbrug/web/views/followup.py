"""Follow-up after placement: the jobcoach's list of due and overdue contacts, and one candidate's
contacts, evaluations and placement durability, with recording a contact that took place."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.pathways import followup as schedule
from werkbrug.pathways import access as pathways_access
from werkbrug.pathways import followup
from werkbrug.pathways.models import FollowUpContact
from werkbrug.registry.models import Candidate, Placement
from werkbrug.web import access
from werkbrug.web.forms.followup import KINDS, OUTCOMES, ContactForm
from werkbrug.web.views.pathways_common import candidate_for, error_texts, may, name_of, today


@login_required
def due_list(request: HttpRequest) -> HttpResponse:
    """Due and overdue follow-up contacts of the candidates whose pathways the user may change."""
    actor = access.actor(request)
    if not pathways_access.permitted_gate(actor):
        raise PermissionDenied(_("No permission for follow-up contacts."))
    on = today()
    mine = pathways_access.permitted(actor, "update", Candidate.objects.filter(consultant=request.user)) \
        if request.GET.get("all") != "on" else pathways_access.permitted(actor, "update")
    rows = [{"reminder": r, "name": name_of(request, r.contact.candidate)} for r in followup.reminders(on, mine)]
    return render(request, "web/followup/due.html", {
        "rows": rows, "today": on, "kinds": KINDS, "overdue": sum(r["reminder"].state == "overdue" for r in rows),
        "show_all": request.GET.get("all") == "on"})


def _contact_rows(candidate: Candidate) -> list[dict[str, Any]]:
    on = today()
    return [{"contact": c, "state": schedule.state(c.planned_on, c.held_on, on)}
            for c in followup.contacts_of(candidate)]


@login_required
def candidate_followup(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = candidate_for(request, pk, "read")
    can_record = may(request, "update", candidate)
    planned = FollowUpContact.objects.filter(candidate=candidate, pk=request.GET.get("contact") or 0).first()
    initial = {"held_on": today().strftime("%d-%m-%Y"), "outcome": "going_well",
               "kind": planned.kind if planned else "contact", "contact": planned.pk if planned else None}
    form = ContactForm(request.POST or None, initial=initial)
    extra: list[str] = []
    if request.method == "POST":
        candidate_for(request, pk, "update")
        if form.is_valid():
            d = form.cleaned_data
            contact = FollowUpContact.objects.filter(candidate=candidate, pk=d["contact"] or 0).first()
            try:
                followup.record_contact(candidate, d["kind"], d["held_on"], contact=contact, outcome=d["outcome"],
                                        notes=d["notes"], jobcoach=request.user, today=today())
            except DomainValidationError as error:
                extra = error_texts(error)
            else:
                messages.success(request, _("The contact has been recorded."))
                return redirect("web:followup-candidate", pk=candidate.pk)
    placements = Placement.objects.filter(candidate=candidate).select_related("work").order_by("-start_date")
    return render(request, "web/followup/candidate.html", {
        "candidate": candidate, "name": name_of(request, candidate), "rows": _contact_rows(candidate),
        "durability": followup.durability_of(placements, today()), "form": form, "extra_errors": extra,
        "can_record": can_record, "planned": planned, "kinds": KINDS, "outcomes": OUTCOMES},
        status=400 if request.method == "POST" else 200)
