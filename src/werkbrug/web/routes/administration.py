"""Pages of the administration area (see werkbrug.web.routes): organisations, accounts and their
role grants, data-sharing agreements, and the parameter tables — for the functional administrator."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import administration as organisations
from werkbrug.web.views import administration_accounts as accounts
from werkbrug.web.views import administration_parameters as parameters
from werkbrug.web.views import administration_sharing as sharing

urlpatterns: list[URLPattern] = [
    path("administration/organisations/", organisations.organisation_list, name="administration-organisations"),
    path("administration/organisations/new/", organisations.organisation_create,
         name="administration-organisation-new"),
    path("administration/organisations/<int:pk>/", organisations.organisation_edit,
         name="administration-organisation-edit"),
    path("administration/accounts/", accounts.account_list, name="administration-accounts"),
    path("administration/accounts/new/", accounts.account_create, name="administration-account-new"),
    path("administration/accounts/<int:pk>/", accounts.account_detail, name="administration-account"),
    path("administration/accounts/<int:pk>/active/", accounts.account_active, name="administration-account-active"),
    path("administration/accounts/<int:pk>/grants/<int:grant_pk>/revoke/", accounts.grant_revoke,
         name="administration-grant-revoke"),
    path("administration/agreements/", sharing.agreement_list, name="administration-agreements"),
    path("administration/agreements/new/", sharing.agreement_create, name="administration-agreement-new"),
    path("administration/agreements/<int:pk>/end/", sharing.agreement_end, name="administration-agreement-end"),
    path("administration/parameters/", parameters.parameter_tables, name="administration-parameters"),
    path("administration/bouwblokken/", parameters.bouwblokken, name="administration-bouwblokken"),
]
ADMIN = frozenset({"functional_admin"})
MENU: list[MenuEntry] = [
    MenuEntry("administration-organisations", _("Organisations"), ADMIN),
    MenuEntry("administration-accounts", _("Accounts"), ADMIN),
    MenuEntry("administration-agreements", _("Data sharing"), ADMIN),
    MenuEntry("administration-parameters", _("Parameters"), ADMIN),
]
