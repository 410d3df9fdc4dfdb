"""Data-sharing agreements between organisations: list, record, end. Without an agreement a
tenant sees nothing of another's candidates; the access policy reads these rows on every request."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from werkbrug.domain.authorisation import Resource
from werkbrug.domain.errors import DomainValidationError
from werkbrug.security import administration as admin
from werkbrug.security.models import DataSharingAgreement
from werkbrug.web import access
from werkbrug.web.forms.administration import AgreementForm, EndAgreementForm, field_class_choices
from werkbrug.web.views.administration import (
    PAGE_SIZE,
    context_for,
    domain_errors,
    managed_organisations,
)


@login_required
def agreement_list(request: HttpRequest) -> HttpResponse:
    managed = managed_organisations(request)
    agreements = (DataSharingAgreement.objects.filter(Q(provider_id__in=managed) | Q(recipient_id__in=managed))
                  .select_related("provider", "recipient").order_by("-valid_from", "-id"))
    page = Paginator(agreements, PAGE_SIZE).get_page(request.GET.get("page"))
    names = dict(field_class_choices())
    for agreement in page.object_list:
        agreement.class_labels = [str(names.get(code, code)) for code in agreement.field_classes]
    return render(request, "web/administration/agreements.html", {"page": page, "today": timezone.localdate()})


@login_required
def agreement_create(request: HttpRequest) -> HttpResponse:
    managed = managed_organisations(request, "create")
    form = AgreementForm(request.POST or None, organisations=managed,
                         initial={"valid_from": timezone.localdate().strftime("%d-%m-%Y"), "purpose": "bemiddeling"})
    extra: list[str] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        access.require(request, "create", Resource("sharing_agreements", frozenset({data["provider"].pk})),
                       ("general",), purpose="beheer")
        try:
            admin.record_agreement(data["provider"].pk, data["recipient"].pk, data["field_classes"], data["purpose"],
                                   data["reference"], data["valid_from"], data["valid_to"],
                                   context_for(request, managed))
        except DomainValidationError as error:
            extra = domain_errors(form, error)
        else:
            messages.success(request, _("The data-sharing agreement has been recorded."))
            return redirect("web:administration-agreements")
    return render(request, "web/administration/agreement_form.html", {"form": form, "extra_errors": extra},
                  status=400 if request.method == "POST" else 200)


@login_required
def agreement_end(request: HttpRequest, pk: int) -> HttpResponse:
    managed = managed_organisations(request, "update")
    agreement = get_object_or_404(DataSharingAgreement.objects.select_related("provider", "recipient"), pk=pk)
    access.require(request, "update", Resource("sharing_agreements", frozenset(
        {agreement.provider_id, agreement.recipient_id})), ("general",), purpose="beheer")
    form = EndAgreementForm(request.POST or None, initial={"valid_to": timezone.localdate().strftime("%d-%m-%Y")})
    extra: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            admin.end_agreement(agreement, form.cleaned_data["valid_to"], context_for(request, managed))
        except DomainValidationError as error:
            extra = domain_errors(form, error)
        else:
            messages.success(request, _("The data-sharing agreement has been ended."))
            return redirect("web:administration-agreements")
    return render(request, "web/administration/agreement_end.html", {
        "form": form, "agreement": agreement, "extra_errors": extra},
        status=400 if request.method == "POST" else 200)
