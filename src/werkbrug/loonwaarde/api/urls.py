"""Routes of the loonwaarde API, included under /api/v1/ by config/urls.py."""

from __future__ import annotations

from django.urls import path

from werkbrug.loonwaarde.api import views

urlpatterns = [
    path("loonwaarde/", views.MeasurementsView.as_view(), name="loonwaarde-measurements"),
    path("loonwaarde/<int:pk>/", views.MeasurementView.as_view(), name="loonwaarde-measurement"),
    path("loonwaarde/<int:pk>/finalise/", views.FinaliseView.as_view(), name="loonwaarde-finalise"),
    path("loonwaarde/<int:pk>/pdf/", views.PdfView.as_view(), name="loonwaarde-pdf"),
]
