"""Accounts and their role grants, for the functional administrator of the accounts' organisations.

A grant is a role in one organisation, optionally limited to the own caseload; the field classes
a role reaches come from roles.toml and are shown, not edited. Deactivating an account ends all
of its sessions at once."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkbrug.domain.authorisation import Resource, default_policy
from werkbrug.domain.errors import DomainValidationError, Message
from werkbrug.security import administration as admin
from werkbrug.security.models import Membership
from werkbrug.web import access
from werkbrug.web.forms.administration import AccountForm, GrantForm
from werkbrug.web.views.administration import (
    PAGE_SIZE,
    context_for,
    domain_errors,
    managed_organisations,
)

User = get_user_model()


def role_reach(role_code: str) -> dict[str, Any]:
    """What a role may do with candidates, from the policy: field classes and scopes."""
    role = default_policy().roles.get(role_code)
    if role is None:
        return {"fields": [], "scopes": []}
    on_candidates = [p for p in role.permissions if "candidates" in p.resources]
    return {"fields": sorted({f for p in on_candidates for f in p.fields}),
            "scopes": sorted({p.scope for p in on_candidates})}


def role_labels() -> dict[str, Message]:
    return {code: role.label for code, role in default_policy().roles.items()}


def _accounts(managed: list[int]) -> Any:
    grants = Membership.objects.select_related("organisation").order_by("organisation__name", "role")
    return (User.objects.filter(memberships__organisation_id__in=managed).distinct()
            .only("id", "username", "is_active", "last_login").prefetch_related(Prefetch("memberships", grants)))


@login_required
def account_list(request: HttpRequest) -> HttpResponse:
    managed = managed_organisations(request)
    page = Paginator(_accounts(managed).order_by("username", "id"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "web/administration/accounts.html", {"page": page, "role_labels": role_labels()})


@login_required
def account_create(request: HttpRequest) -> HttpResponse:
    managed = managed_organisations(request, "create")
    form = AccountForm(request.POST or None, organisations=managed)
    extra: list[str] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user, password = admin.create_account(data["username"], data["email"], data["organisation"].pk,
                                                  data["role"], data["caseload_only"], context_for(request, managed))
        except DomainValidationError as error:
            extra = domain_errors(form, error)
        else:
            # The one-time password is shown once on this response and never stored in clear.
            return render(request, "web/administration/account_created.html", {"account": user, "password": password})
    return render(request, "web/administration/account_form.html", {"form": form, "extra_errors": extra},
                  status=400 if request.method == "POST" else 200)


def _account(request: HttpRequest, pk: int, action: str) -> tuple[Any, list[int]]:
    managed = managed_organisations(request, action)
    account = get_object_or_404(_accounts(managed), pk=pk)
    orgs = frozenset(m.organisation_id for m in account.memberships.all())
    access.require(request, action, Resource("accounts", orgs), ("general",), purpose="beheer")
    return account, managed


@login_required
def account_detail(request: HttpRequest, pk: int) -> HttpResponse:
    account, managed = _account(request, pk, "update" if request.method == "POST" else "read")
    form = GrantForm(request.POST or None, organisations=managed, prefix="grant")
    extra: list[str] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            admin.grant(account, data["organisation"].pk, data["role"], data["caseload_only"],
                        context_for(request, managed))
        except DomainValidationError as error:
            extra = domain_errors(form, error)
        else:
            messages.success(request, _("The role has been granted."))
            return redirect("web:administration-account", pk=account.pk)
    labels = role_labels()
    grants = [{"grant": m, "reach": role_reach(m.role), "managed": m.organisation_id in managed,
               "role_label": labels[m.role].text(get_language() or "nl") if m.role in labels else m.role}
              for m in account.memberships.all()]
    return render(request, "web/administration/account.html", {
        "account": account, "grants": grants, "form": form, "extra_errors": extra},
        status=400 if request.method == "POST" else 200)


@login_required
@require_POST
def grant_revoke(request: HttpRequest, pk: int, grant_pk: int) -> HttpResponse:
    account, managed = _account(request, pk, "update")
    membership = get_object_or_404(Membership, pk=grant_pk, user=account, organisation_id__in=managed)
    admin.revoke(membership, context_for(request, managed))
    messages.success(request, _("The role has been taken away; the account's sessions have ended."))
    return redirect("web:administration-account", pk=account.pk)


@login_required
@require_POST
def account_active(request: HttpRequest, pk: int) -> HttpResponse:
    account, managed = _account(request, pk, "update")
    if account.pk == request.user.pk:
        messages.error(request, _("You cannot deactivate your own account."))
    elif request.POST.get("active") == "0":
        ended = admin.deactivate(account, context_for(request, managed))
        messages.success(request, _("The account has been deactivated; %(count)s session(s) ended.")
                         % {"count": ended})
    else:
        admin.reactivate(account, context_for(request, managed))
        messages.success(request, _("The account has been activated again."))
    return redirect("web:administration-account", pk=account.pk)
