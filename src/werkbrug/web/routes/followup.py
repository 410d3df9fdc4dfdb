"""Pages of the followup area (see werkbrug.web.routes): due and overdue follow-up contacts after
placement, and one candidate's contacts and placement durability."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import followup

urlpatterns: list[URLPattern] = [
    path("followup/", followup.due_list, name="followup-due"),
    path("followup/candidates/<int:pk>/", followup.candidate_followup, name="followup-candidate"),
]
MENU: list[MenuEntry] = [
    MenuEntry("followup-due", _("Follow-up"), frozenset({"jobcoach", "consultant", "functional_admin"})),
]
