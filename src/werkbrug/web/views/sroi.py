"""Social Return pages: the contracts a user's organisation buys or supplies, one contract's
progress and entries, verifying or rejecting an entry (the buyer), downloads (audited).

Who may do what is werkbrug.sroi.scoping's description decided by werkbrug.web.access."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkbrug.domain.authorisation import Resource
from werkbrug.domain.errors import DomainValidationError, VersionConflict
from werkbrug.security import audit
from werkbrug.sroi import scoping, services
from werkbrug.sroi.evidence import evidence_download
from werkbrug.sroi.exports.pdf import write_pdf
from werkbrug.sroi.exports.xlsx import write_xlsx
from werkbrug.sroi.models import ENTRY_KINDS, Contract, Entry, Evidence
from werkbrug.sroi.workflow import load_workflow
from werkbrug.web import access
from werkbrug.web.forms.sroi import KINDS
from werkbrug.web.views.sroi_progress import progress_chart, summary_row

PURPOSE = "verantwoording"
DOWNLOADS = {"xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", write_xlsx),
             "pdf": ("application/pdf", write_pdf)}


def _own_ledger(request: HttpRequest) -> Resource:
    """The ledger of the user's own organisations: who has no Social Return right there gets 403."""
    return Resource(scoping.LEDGER, frozenset(g.organisation_id for g in access.actor(request).grants))


@login_required
def contract_list(request: HttpRequest) -> HttpResponse:
    access.require(request, "read", _own_ledger(request), purpose=PURPOSE)
    contracts = access.scoped(request, Contract.objects.order_by("start_date", "id"))
    rows = [summary_row(services.contract_report(c.pk)) for c in contracts]
    return render(request, "web/sroi/contracts.html", {"rows": rows})


def _labels() -> dict[str, str]:
    language = get_language() or "nl"
    return {code: state.label.text(language) for code, state in load_workflow().states.items()}


@login_required
def contract_detail(request: HttpRequest, pk: int) -> HttpResponse:
    contract = get_object_or_404(Contract.objects.select_related("buyer", "supplier"), pk=pk)
    access.require(request, "read", scoping.ledger(contract), purpose=PURPOSE)
    report = services.contract_report(contract.pk)
    entries = contract.entries.prefetch_related("evidence").order_by("period_start", "id")
    return render(request, "web/sroi/contract.html", {
        "contract": contract, "report": report, "chart": progress_chart(report), "entries": entries,
        "labels": _labels(), "kinds": {**ENTRY_KINDS, **dict(KINDS)},
        "may_verify": access.can(request, "update", scoping.verification(contract)).allowed,
        "may_submit": access.can(request, "create", scoping.fulfilment(contract)).allowed,
        "may_export": access.can(request, "export", scoping.ledger(contract)).allowed})


@login_required
@require_POST
def entry_transition(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(Entry.objects.select_related("contract"), pk=pk)
    target = request.POST.get("to", "")
    access.require(request, "read", scoping.ledger(entry), purpose=PURPOSE)
    access.require(request, "update", scoping.for_transition(entry, target), purpose=PURPOSE)
    version = int(request.POST["version"]) if request.POST.get("version", "").isdigit() else entry.version
    try:
        services.transition(entry.pk, target, version, request.POST.get("reason", ""), actor=request.user)
    except (DomainValidationError, services.TransitionRefused, VersionConflict) as refused:
        messages.error(request, _message(refused))
    else:
        messages.success(request, _("Entry %(id)s is now: %(status)s.") % {"id": entry.pk,
                                                                          "status": _labels()[target]})
    return redirect("web:sroi-contract", pk=entry.contract_id)


def _message(error: Exception) -> str:
    language = get_language() or "nl"
    if isinstance(error, DomainValidationError):
        return "; ".join(f"{_field_label(i.field)}: {i.message.text(language)}" for i in error.issues)
    message = getattr(error, "message", None)
    return message.text(language) if message is not None else _("The entry has changed meanwhile; try again.")


def _field_label(name: str) -> str:
    return {"reason": _("Reason"), "to": _("Status")}.get(name, name)


def _audited(request: HttpRequest, object_type: str, obj: Any, subject: int | None = None) -> None:
    audit.record("export", purpose=PURPOSE, actor=request.user, object_type=object_type, object_id=obj.pk,
                 subject_id=subject, origin=str(request.META.get("REMOTE_ADDR", "")),
                 organisation_id=next((g.organisation_id for g in access.actor(request).grants), None))


@login_required
def contract_report(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in DOWNLOADS:
        raise Http404
    contract = get_object_or_404(Contract, pk=pk)
    access.require(request, "export", scoping.ledger(contract), purpose=PURPOSE)
    content_type, write = DOWNLOADS[fmt]
    buffer = BytesIO()
    write(services.contract_report(contract.pk), buffer)
    _audited(request, "sroi_report", contract)
    response = HttpResponse(buffer.getvalue(), content_type=content_type)
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in contract.external_key)
    response["Content-Disposition"] = f'attachment; filename="sroi-contract-{safe}.{fmt}"'
    return response


@login_required
def evidence_file(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Evidence.objects.select_related("entry__contract"), pk=pk)
    access.require(request, "export", scoping.ledger(document.entry), purpose=PURPOSE)
    _audited(request, "sroi_evidence", document, document.entry.candidate_id)
    return evidence_download(document)
