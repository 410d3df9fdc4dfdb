"""Reports over more than one contract (per supplier, per buyer, totals) and the workflow."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from werkbrug.domain.errors import Message
from werkbrug.registry.api.problems import ProblemError
from werkbrug.registry.api.views.base import ApiMixin
from werkbrug.security import api as secured
from werkbrug.security.api import REFERENCE, Rule
from werkbrug.sroi import scoping, services
from werkbrug.sroi.api.downloads import (
    REPORT_PARAMETERS,
    REPORT_RESPONSES,
    ReportNegotiation,
    report_date,
    report_response,
)
from werkbrug.sroi.api.policy import downloading, policy
from werkbrug.sroi.api.schema import SroiSchema
from werkbrug.sroi.api.serializers import SroiWorkflowSerializer
from werkbrug.sroi.workflow import load_workflow

TAGS = ["sroi"]
_NOT_FOUND = Message("Deze organisatie bestaat niet", "This organisation does not exist")


class WorkflowView(ApiMixin, APIView):
    """The entry workflow: states, transitions and what each requires (no ledger data)."""

    schema = SroiSchema()
    access_policy = {"get": REFERENCE}

    @extend_schema(tags=TAGS, responses=SroiWorkflowSerializer, operation_id="sroi_workflow")
    def get(self, request: Request) -> Response:
        return Response(SroiWorkflowSerializer(load_workflow().as_dict()).data)


class GroupReportView(ApiMixin, APIView):
    """All contracts of one supplier or buyer: totals, which will miss their target, penalties.
    Only that organisation's own people may see it (scoping.organisation_ledger)."""

    schema = SroiSchema()
    content_negotiation_class = ReportNegotiation
    access_policy = staticmethod(policy({"get": Rule(scoping.LEDGER, "read")}, reports=("get",)))
    role = "supplier"
    extra_problem_codes = {"get": ("400",)}

    def get(self, request: Request, id: int) -> Any:
        if not services.organisation_exists(id):
            raise ProblemError(404, "not-found", _NOT_FOUND)
        action = "export" if downloading(request) else "read"
        secured.decide(request, action, scoping.organisation_ledger(id))
        build = services.supplier_report if self.role == "supplier" else services.buyer_report
        return report_response(request, f"sroi-{self.role}-{id}", lambda as_of: build(id, as_of), id)


class SupplierReportView(GroupReportView):
    role = "supplier"

    @extend_schema(tags=TAGS, parameters=REPORT_PARAMETERS, responses=REPORT_RESPONSES,
                   operation_id="sroi_reports_supplier")
    def get(self, request: Request, id: int) -> Any:
        return super().get(request, id)


class BuyerReportView(GroupReportView):
    role = "buyer"

    @extend_schema(tags=TAGS, parameters=REPORT_PARAMETERS, responses=REPORT_RESPONSES,
                   operation_id="sroi_reports_buyer")
    def get(self, request: Request, id: int) -> Any:
        return super().get(request, id)


class TotalsView(ApiMixin, APIView):
    """Every contract together, per valuation method and per start year; no contract, buyer or
    supplier detail (what a policy analyst sees)."""

    schema = SroiSchema()
    content_negotiation_class = ReportNegotiation
    access_policy = {"get": Rule(scoping.TOTALS, "read")}

    @extend_schema(tags=TAGS, parameters=REPORT_PARAMETERS[1:], responses={200: dict},
                   operation_id="sroi_totals")
    def get(self, request: Request) -> Any:
        response = Response(services.totals(report_date(request)))
        response["Cache-Control"] = "no-store"
        return response
