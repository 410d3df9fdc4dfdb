"""Pages of the analyst area (see werkbrug.web.routes): the regional dashboards, for the roles
that roles.toml grants the aggregate kind "statistics" (policy analyst, functional administrator)."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import analyst
from werkbrug.web.views.trust_labels import roles_granted

urlpatterns: list[URLPattern] = [
    path("analyst/", analyst.dashboard, name="analyst-dashboard"),
    path("analyst/download/", analyst.download, name="analyst-download"),
]
MENU: list[MenuEntry] = [
    MenuEntry("analyst-dashboard", _("Regional dashboards"), roles_granted("statistics")),
]
