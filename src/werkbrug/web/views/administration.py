"""The functional administrator's pages: the gate they share, and organisations (list, create,
edit). Only a role that may manage accounts gets in (roles.toml: functional_admin); every other
role gets 403, and the refusal is audited."""

from __future__ import annotations

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkbrug.domain import vocabulary
from werkbrug.domain.authorisation import Resource
from werkbrug.domain.errors import DomainValidationError, VersionConflict
from werkbrug.registry.models import Organisation
from werkbrug.security import administration as admin
from werkbrug.web import access
from werkbrug.web.forms.administration import OrganisationForm

PAGE_SIZE = 25


def managed_organisations(request: HttpRequest, action: str = "read") -> list[int]:
    """The organisations whose accounts the signed-in user may ``action``; 403 when none."""
    mine = sorted({g.organisation_id for g in access.actor(request).grants})
    managed = [org for org in mine if access.can(request, action, Resource("accounts", frozenset({org})))]
    if not managed:
        access.require(request, action, Resource("accounts", frozenset(mine)), purpose="beheer")
    return managed


def context_for(request: HttpRequest, organisations: list[int]) -> admin.Context:
    return admin.Context(request.user, organisations[0] if organisations else None,
                         str(request.META.get("REMOTE_ADDR", "")))


def domain_errors(form: object, error: DomainValidationError) -> list[str]:
    """Issues on a field the form has go to that field; the rest to the error summary."""
    language, loose = get_language() or "nl", []
    for issue in error.issues:
        if issue.field in form.fields:  # type: ignore[attr-defined]
            form.add_error(issue.field, issue.message.text(language))  # type: ignore[attr-defined]
        else:
            loose.append(issue.message.text(language))
    return loose


@login_required
def organisation_list(request: HttpRequest) -> HttpResponse:
    managed_organisations(request)
    text = request.GET.get("q", "").strip()[:100]
    queryset = Organisation.objects.only("id", "name", "kind", "kvk_number", "arbeidsmarktregio")
    if text:
        queryset = queryset.filter(Q(name__icontains=text) | Q(kvk_number=text) | Q(external_key__iexact=text))
    page = Paginator(queryset.order_by("name", "id"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "web/administration/organisations.html", {"page": page, "q": text,
                                                                       "kinds": vocabulary.ORGANISATION_KINDS})


def _save(request: HttpRequest, organisation: Organisation | None) -> HttpResponse:
    managed = managed_organisations(request, "update")
    target = Resource("organisations") if organisation is None else organisation
    access.require(request, "create" if organisation is None else "update", target, ("general",), purpose="beheer")
    initial = {} if organisation is None else {
        **{f: getattr(organisation, f) for f in ("name", "kind", "kvk_number", "sector", "arbeidsmarktregio",
                                               "employees")}, "version": organisation.version}
    form = OrganisationForm(request.POST or None, initial=initial)
    extra: list[str] = []
    if request.method == "POST" and form.is_valid():
        values = form.values()
        if organisation is None:
            values["external_key"] = f"web-{secrets.token_hex(6)}"
        try:
            saved = admin.save_organisation(values, context_for(request, managed),
                                            pk=organisation.pk if organisation else None,
                                            version=form.cleaned_data.get("version"))
        except VersionConflict:
            extra = [_("Someone else changed this organisation while you were editing. Your changes have not "
                       "been saved. Open it again and make your change again.")]
        except DomainValidationError as error:
            extra = domain_errors(form, error)
        else:
            messages.success(request, _("The organisation has been saved."))
            return redirect("web:administration-organisation-edit", pk=saved.pk)
    return render(request, "web/administration/organisation_form.html", {
        "form": form, "organisation": organisation, "extra_errors": extra},
        status=400 if request.method == "POST" else 200)


@login_required
def organisation_create(request: HttpRequest) -> HttpResponse:
    return _save(request, None)


@login_required
def organisation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _save(request, get_object_or_404(Organisation, pk=pk))
