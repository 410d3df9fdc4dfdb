"""Routes of the pathways API, included under /api/v1/ by config/urls.py."""

from __future__ import annotations

from django.urls import path

from werkbrug.matching.api.urls import with_alias
from werkbrug.pathways.api import views

urlpatterns = [
    *with_alias("pathways/outcomes", views.OutcomesView, "pathways-outcomes"),
    *with_alias("pathways/reminders", views.RemindersView, "pathways-reminders"),
    path("pathways/candidates/<int:pk>/", views.CandidatePathwaysView.as_view(), name="pathways-candidate"),
    path("pathways/candidates/<int:pk>/transitions/", views.TransitionView.as_view(),
         name="pathways-transitions"),
    path("pathways/candidates/<int:pk>/contacts/", views.ContactView.as_view(), name="pathways-contacts"),
]
