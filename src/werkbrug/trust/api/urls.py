"""Routes of the trust API, included under /api/v1/ by config/urls.py."""

from __future__ import annotations

from django.urls import path

from werkbrug.matching.api.urls import with_alias
from werkbrug.trust.api import views

urlpatterns = [
    *with_alias("trust/completeness", views.CompletenessView, "trust-completeness"),
    *with_alias("trust/explain", views.ExplainView, "trust-explain"),
    *with_alias("trust/why-not", views.WhyNotView, "trust-why-not"),
    *with_alias("trust/assessments", views.AssessmentsView, "trust-assessments"),
    *with_alias("trust/consent", views.ConsentView, "trust-consent"),
    *with_alias("trust/contact-requests", views.ContactRequestsView, "trust-contact-requests"),
    path("trust/contact-requests/<int:pk>/", views.ContactRequestView.as_view(), name="trust-contact-request"),
    path("trust/contact-requests/<int:pk>/answer/", views.ContactAnswerView.as_view(), name="trust-contact-answer"),
    *with_alias("trust/fairness", views.FairnessView, "trust-fairness"),
    *with_alias("trust/algorithm-register", views.RegisterView, "trust-algorithm-register"),
]
