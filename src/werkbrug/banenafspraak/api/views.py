"""GET /api/v1/banenafspraak/report/ and /api/v1/quotum/: the same JSON as
`werkbrug banenafspraak report --json` and `werkbrug quotum --json`.

An employer's own figures (kind ``banenafspraak``) are decided on that employer; figures per
sector and region without an employer (kind ``banenafspraak_aggregates``) need that gate."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from werkbrug.banenafspraak import services
from werkbrug.domain.authorisation import Resource
from werkbrug.domain.errors import DomainValidationError, Issue, Message
from werkbrug.registry.api.problems import field_error
from werkbrug.registry.api.views.base import ApiMixin
from werkbrug.registry.models import Organisation
from werkbrug.security import api as secured

TAGS = ["banenafspraak"]
OWN = "banenafspraak"
AGGREGATES = "banenafspraak_aggregates"
EMPLOYER = OpenApiParameter("employer", OpenApiTypes.STR, OpenApiParameter.QUERY, required=False,
                            description="Employer: organisation id, external key or KvK number.")
YEAR = OpenApiParameter("year", OpenApiTypes.INT, OpenApiParameter.QUERY, required=False)
REGION = OpenApiParameter("region", OpenApiTypes.STR, OpenApiParameter.QUERY, required=False,
                          description="Arbeidsmarktregio (ignored with employer).")


def _year(request: Request, required: bool) -> int | None:
    raw = request.query_params.get("year", "").strip()
    if not raw:
        if required:
            raise field_error("year", "required", Message("is verplicht", "is required"))
        return None
    if not raw.isdigit() or not 2000 <= int(raw) <= 2100:
        raise field_error("year", "invalid", Message("moet een jaartal zijn (JJJJ)", "must be a year (YYYY)"))
    return int(raw)


def _employer(request: Request, required: bool) -> Organisation | None:
    raw = request.query_params.get("employer", "").strip()
    if not raw:
        if required:
            raise field_error("employer", "required", Message("is verplicht", "is required"))
        return None
    found = Organisation.objects.filter(pk=int(raw)).first() if raw.isdigit() and len(raw) < 8 else None
    return found or _renamed(lambda: services.find_employer(raw))


def _renamed(call: Any) -> Any:
    """The services name the CLI option (--employer); the API names the query parameter."""
    try:
        return call()
    except DomainValidationError as error:
        raise DomainValidationError([Issue(i.field.lstrip("-"), i.code, i.message) for i in error.issues]) from None


def employer_resource(employer: Organisation) -> Resource:
    return Resource(OWN, frozenset({employer.pk}))


def _report_rule(view: Any, request: Request) -> secured.Rule:
    return secured.Rule(OWN if request.query_params.get("employer", "").strip() else AGGREGATES, "read")


class BanenafspraakReportView(ApiMixin, APIView):
    """Banen per sector, region, quarter and year with the national targets; with ``employer``:
    that employer's banen per year and quarter and its progress against its baanambitie."""

    access_policy = staticmethod(_report_rule)

    @extend_schema(tags=TAGS, parameters=[EMPLOYER, REGION, YEAR], responses={200: OpenApiTypes.OBJECT},
                   operation_id="banenafspraak_report")
    def get(self, request: Request) -> Response:
        year = _year(request, required=False)
        employer = _employer(request, required=False)
        if employer is not None:
            secured.decide(request, "read", employer_resource(employer))
        region = request.query_params.get("region", "").strip() or None
        key = employer.external_key if employer is not None else None
        return Response(_renamed(lambda: services.report(key, region, year)))


class QuotumView(ApiMixin, APIView):
    """Quotum of one employer and year from stored data: liable, shortfall (A×B−C)/D, levy and the
    legal caveats."""

    access_policy = {"get": secured.Rule(OWN, "read")}

    @extend_schema(tags=TAGS, parameters=[EMPLOYER, YEAR], responses={200: OpenApiTypes.OBJECT},
                   operation_id="quotum")
    def get(self, request: Request) -> Response:
        year = _year(request, required=True)
        employer = _employer(request, required=True)
        assert employer is not None and year is not None
        secured.decide(request, "read", employer_resource(employer))
        return Response(_renamed(lambda: services.employer_quotum(employer.external_key, year)))
