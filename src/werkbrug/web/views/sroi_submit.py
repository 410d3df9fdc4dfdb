"""The supplier submits a fulfilment entry with its evidence document (one transaction: an
entry the service refuses leaves no document behind, a refused document no entry)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkbrug.domain.errors import DomainValidationError
from werkbrug.registry.models import Organisation, Placement
from werkbrug.sroi import scoping, services
from werkbrug.sroi.checks import SOCIAL_KINDS
from werkbrug.sroi.evidence import EvidenceRefused, check_document, read_limited
from werkbrug.sroi.models import Contract
from werkbrug.web import access
from werkbrug.web.forms.sroi import FulfilmentForm


def _placements(request: HttpRequest, contract: Contract) -> list[tuple[str, str]]:
    """The supplier's own placements (employer of record or inlener), without names."""
    own = access.scoped(request, Placement.objects.filter(employer_of_record=contract.supplier)
                        | Placement.objects.filter(inlener=contract.supplier)).select_related("work")
    return [(str(p.pk), f"{p.external_key} – {p.work.title} ({p.start_date:%d-%m-%Y})") for p in own.order_by("id")]


def _counterparties() -> list[tuple[str, str]]:
    social = Organisation.objects.filter(kind__in=SOCIAL_KINDS).order_by("name")
    return [(str(o.pk), o.name) for o in social]


def _store(form: FulfilmentForm, contract: Contract, request: HttpRequest) -> Any:
    upload = form.cleaned_data["file"]
    data = read_limited(upload)
    check_document(upload.name or "", data)  # before anything is written
    with transaction.atomic():
        entry = services.create_entry(form.entry_values(contract.pk), actor=request.user)
        services.add_evidence(entry.pk, form.cleaned_data["document_type"], upload.name or "", data,
                              actor=request.user)
    return entry


@login_required
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    contract = get_object_or_404(Contract.objects.select_related("buyer", "supplier"), pk=pk)
    access.require(request, "create", scoping.fulfilment(contract), purpose="verantwoording")
    form = FulfilmentForm(request.POST or None, request.FILES or None,
                          placements=_placements(request, contract), counterparties=_counterparties())
    extra: list[str] = []
    if request.method == "POST" and form.is_valid():
        placement = form.cleaned_data.get("placement")
        if placement:
            access.require(request, "read", get_object_or_404(Placement, pk=int(placement)))
        try:
            entry = _store(form, contract, request)
        except EvidenceRefused as refused:
            form.add_error("file", refused.message.text(get_language() or "nl"))
        except DomainValidationError as error:
            for issue in error.issues:
                text = issue.message.text(get_language() or "nl")
                if issue.field in form.fields:
                    form.add_error(issue.field, text)
                else:
                    extra.append(text)
        else:
            messages.success(request, _("Entry %(id)s has been submitted for verification.") % {"id": entry.pk})
            return redirect("web:sroi-contract", pk=contract.pk)
    return render(request, "web/sroi/submit.html", {"form": form, "contract": contract, "extra_errors": extra},
                  status=400 if request.method == "POST" else 200)
