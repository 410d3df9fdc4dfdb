"""Pages of the pathways area (see werkbrug.web.routes): a candidate's trajectory and learning
routes, and the outcome analytics with their downloads."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import pathways_learning, pathways_outcomes, pathways_timeline

urlpatterns: list[URLPattern] = [
    path("pathways/candidates/<int:pk>/", pathways_timeline.timeline, name="pathways-timeline"),
    path("pathways/candidates/<int:pk>/learning/", pathways_learning.learning_routes, name="pathways-learning"),
    path("pathways/outcomes/", pathways_outcomes.outcome_page, name="pathways-outcomes"),
    path("pathways/outcomes/download.<str:fmt>", pathways_outcomes.outcome_download,
         name="pathways-outcomes-download"),
]
MENU: list[MenuEntry] = [
    MenuEntry("pathways-outcomes", _("Outcomes"), frozenset({"policy_analyst", "consultant", "functional_admin"})),
]
