"""Pages of the banenafspraak area (see werkbrug.web.routes): the employer's own progress."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import banenafspraak

urlpatterns: list[URLPattern] = [
    path("banenafspraak/", banenafspraak.progress, name="banenafspraak-progress"),
]
MENU: list[MenuEntry] = [
    MenuEntry("banenafspraak-progress", _("Banenafspraak"), frozenset({"employer_hr"})),
]
