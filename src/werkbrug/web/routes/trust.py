"""Pages of the trust area (see werkbrug.web.routes): the fairness page for policy analysts and
functional administrators (roles.toml kind "fairness"), profile completeness for consultants."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.access import CONSULTANT_ROLES
from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import trust_completeness, trust_fairness
from werkbrug.web.views.trust_labels import roles_granted

urlpatterns: list[URLPattern] = [
    path("trust/fairness/", trust_fairness.fairness, name="trust-fairness"),
    path("trust/fairness/download/", trust_fairness.fairness_download, name="trust-fairness-download"),
    path("trust/completeness/", trust_completeness.caseload_completeness, name="trust-completeness"),
]
MENU: list[MenuEntry] = [
    MenuEntry("trust-completeness", _("Profile completeness"), CONSULTANT_ROLES),
    MenuEntry("trust-fairness", _("Fairness"), roles_granted("fairness")),
]
