"""Pages of the loonwaarde area (see werkbrug.web.routes): measurement form, report, PDF, finalise."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import loonwaarde, loonwaarde_report

urlpatterns: list[URLPattern] = [
    path("loonwaarde/", loonwaarde.measurement_list, name="loonwaarde"),
    path("placements/<int:placement_pk>/loonwaarde/new/", loonwaarde.measurement_new, name="loonwaarde-new"),
    path("loonwaarde/<int:pk>/", loonwaarde_report.measurement_report, name="loonwaarde-report"),
    path("loonwaarde/<int:pk>/edit/", loonwaarde.measurement_edit, name="loonwaarde-edit"),
    path("loonwaarde/<int:pk>/report.pdf", loonwaarde_report.measurement_pdf, name="loonwaarde-pdf"),
    path("loonwaarde/<int:pk>/finalise/", loonwaarde_report.measurement_finalise, name="loonwaarde-finalise"),
]
MENU: list[MenuEntry] = [
    MenuEntry("loonwaarde", _("Loonwaarde"), frozenset({"consultant", "jobcoach", "functional_admin"})),
]
