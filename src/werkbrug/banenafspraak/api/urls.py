"""Routes of the Banenafspraak API, included under /api/v1/ by config/urls.py."""

from __future__ import annotations

from django.urls import path

from werkbrug.banenafspraak.api.views import BanenafspraakReportView, QuotumView

urlpatterns = [
    path("banenafspraak/report/", BanenafspraakReportView.as_view(), name="banenafspraak-report"),
    path("quotum/", QuotumView.as_view(), name="quotum"),
]
