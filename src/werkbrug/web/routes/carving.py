"""Pages of the carving area (see werkbrug.web.routes): the job-carving wizard."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import carving

urlpatterns: list[URLPattern] = [
    path("carving/", carving.carving_start, name="carving"),
    path("carving/roles/", carving.carving_roles, name="carving-roles"),
    path("carving/save/", carving.carving_save, name="carving-save"),
    path("carving/template.csv", carving.carving_template, {"extension": "csv"}, name="carving-template-csv"),
    path("carving/template.xlsx", carving.carving_template, {"extension": "xlsx"}, name="carving-template-xlsx"),
]
MENU: list[MenuEntry] = [
    MenuEntry("carving", _("Job carving"), frozenset({"employer_hr", "consultant", "functional_admin"})),
]
