"""Routes of the SROI ledger API, included under /api/v1/ by config/urls.py."""

from __future__ import annotations

from django.urls import path
from rest_framework.routers import SimpleRouter

from werkbrug.sroi.api.report_views import (
    BuyerReportView,
    SupplierReportView,
    TotalsView,
    WorkflowView,
)
from werkbrug.sroi.api.views import ContractViewSet, EntryViewSet

router = SimpleRouter()
router.register("sroi/contracts", ContractViewSet, basename="sroi-contract")
router.register("sroi/entries", EntryViewSet, basename="sroi-entry")

urlpatterns = [
    path("sroi/workflow/", WorkflowView.as_view(), name="sroi-workflow"),
    path("sroi/totals/", TotalsView.as_view(), name="sroi-totals"),
    path("sroi/reports/supplier/<int:id>/", SupplierReportView.as_view(), name="sroi-report-supplier"),
    path("sroi/reports/buyer/<int:id>/", BuyerReportView.as_view(), name="sroi-report-buyer"),
    *router.urls,
]
