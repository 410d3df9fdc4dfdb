"""GET /api/v1/business-case/: the employer's business case for a candidate on a work item (a
vacancy or a carved role), the same JSON as `werkbrug business-case --json`; /pdf/ and /xlsx/
give the same result as a download (audited, with a purpose).

Who sees what is decided in werkbrug.businesscase.access: the full case for a candidate whose
health data the actor may read, the pseudonymised case (no identity, FML, doelgroep or benefit)
for a consenting or introduced candidate on the employer's own work, a 403 otherwise.

Included under /api/v1/ by config/urls.py (this module carries its own ``urlpatterns``)."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from typing import Any

from django.http import HttpResponse
from django.urls import path
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from werkbrug.businesscase import access, services
from werkbrug.domain.errors import Message
from werkbrug.registry.api.problems import field_error
from werkbrug.registry.api.views.base import ApiMixin
from werkbrug.registry.models import Candidate, Work
from werkbrug.security import api as secured

CASE_RULE = secured.Rule("work", access.WORK_RULE[0], access.WORK_RULE[1])
DOWNLOAD_RULE = secured.Rule("work", access.WORK_RULE[0], access.WORK_RULE[1], export=True)
FORMATS = {"pdf": ("application/pdf", services.export_pdf),
           "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", services.export_xlsx)}


class PairSerializer(serializers.Serializer):
    candidate = serializers.RegexField(r"^([1-9][0-9]{0,17}|[Pp]-[0-9A-Fa-f]{16})$", max_length=20, help_text=(
        "Candidate id, or the pseudonym (P-…) the caller's organisation knows the candidate by "
        "(an employer's only way to name a consenting candidate)"))
    work = serializers.IntegerField(min_value=1, help_text="Work id (a vacancy or a carved role)")


class CaseQuerySerializer(PairSerializer):
    loonwaarde = serializers.DecimalField(max_digits=5, decimal_places=2, required=False, allow_null=True,
                                          default=None, help_text="Measured loonwaarde in % (0-100); "
                                                                  "absent: a labelled estimate")
    date = serializers.DateField(required=False, allow_null=True, default=None,
                                 help_text="Contract start (default: the work's start date, else today)")
    months = serializers.IntegerField(min_value=1, max_value=120, required=False, allow_null=True, default=None,
                                      help_text="Contract duration in months (default: the work's dates, else 12)")
    hours = serializers.DecimalField(max_digits=5, decimal_places=2, required=False, allow_null=True, default=None,
                                     help_text="Hours per week (default: the work's)")
    sickness_rate = serializers.DecimalField(max_digits=5, decimal_places=2, required=False, allow_null=True,
                                             default=None, help_text="Sickness rate in % for the no-riskpolis")
    forfaitair = serializers.BooleanField(required=False, default=False,
                                          help_text="Forfaitaire LKS for the first 6 months (Pw 10d lid 5)")


def _plain(value: Decimal | None) -> Decimal | None:
    """50.00 -> 50 as typed, so rule texts read the same as the CLI's ("loonwaarde 50%")."""
    if value is None:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _existing(model: type[Candidate] | type[Work], name: str, pk: int) -> Any:
    found = model.objects.filter(pk=pk).first()
    if found is None:
        raise field_error(name, "unknown_reference", Message(f"er is geen record met id {pk}",
                                                             f"there is no record with id {pk}"))
    return found


def _candidate(actor: Any, ref: str) -> Candidate:
    if ref[:2].upper() == "P-":
        found = access.by_pseudonym(actor, ref)
        if found is None:
            raise field_error("candidate", "unknown_reference", Message(
                f"geen kandidaat met pseudoniem {ref} voor uw organisatie",
                f"no candidate with pseudonym {ref} for your organisation"))
        return found
    return _existing(Candidate, "candidate", int(ref))


def case_for_request(request: Request) -> tuple[dict[str, Any], Candidate]:
    """Decide on the pair first (403 with an audit row when refused), then parse the rest,
    calculate and redact: a refused actor learns nothing from validation messages."""
    pair = PairSerializer(data=request.query_params)
    pair.is_valid(raise_exception=True)
    actor = secured.request_actor(request)
    candidate = _candidate(actor, pair.validated_data["candidate"])
    work = _existing(Work, "work", pair.validated_data["work"])
    secured.decide(request, access.WORK_RULE[0], work, access.WORK_RULE[1])
    view = access.candidate_view(actor, candidate)
    if view is None:
        secured.refuse(request, secured.Rule("candidates", "read"), candidate.pk)  # audited 403
    parsed = CaseQuerySerializer(data=request.query_params)
    parsed.is_valid(raise_exception=True)
    values: dict[str, Any] = parsed.validated_data
    result = services.business_case_for(candidate, work, _plain(values["loonwaarde"]), values["date"],
                                        values["months"], sickness_rate=_plain(values["sickness_rate"]),
                                        forfaitair=values["forfaitair"], hours=_plain(values["hours"]))
    return access.shown_result(actor, view, result), candidate  # type: ignore[arg-type]


class BusinessCaseView(ApiMixin, APIView):
    """The business case: wage cost, LKS or loondispensatie, LKV, no-riskpolis, jobcoach and
    accommodations per month, with every amount's rule and parameters (docs/business-case.md)."""

    access_policy = {"get": CASE_RULE}

    @extend_schema(tags=["business case"], parameters=[CaseQuerySerializer], operation_id="business_case",
                   responses=OpenApiResponse(OpenApiTypes.OBJECT,
                                             description="The JSON of `werkbrug business-case --json`; for a "
                                                         "pseudonymised view `candidate` is a pseudonym."))
    def get(self, request: Request) -> Response:
        result, candidate = case_for_request(request)
        if not result.get("pseudonymised"):
            secured.audit_event(request, "read", "candidates", candidate)
        return Response(result)


class BusinessCaseDownloadView(ApiMixin, APIView):
    """The same business case as a PDF report or an Excel workbook; each download is audited."""

    access_policy = {"get": DOWNLOAD_RULE}
    kind = "pdf"

    @extend_schema(tags=["business case"], parameters=[CaseQuerySerializer],
                   responses={(200, "application/octet-stream"): OpenApiTypes.BINARY})
    def get(self, request: Request) -> HttpResponse:
        result, candidate = case_for_request(request)
        content_type, write = FORMATS[self.kind]
        buffer = BytesIO()
        write(result, buffer)
        secured.audit_event(request, "export", "candidates", candidate, required=True)
        response = HttpResponse(buffer.getvalue(), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="business-case-{int(result["work_id"])}.{self.kind}"'
        return response


urlpatterns = [
    path("business-case/", BusinessCaseView.as_view(), name="business-case"),
    path("business-case/pdf/", BusinessCaseDownloadView.as_view(kind="pdf"), name="business-case-pdf"),
    path("business-case/xlsx/", BusinessCaseDownloadView.as_view(kind="xlsx"), name="business-case-xlsx"),
]
