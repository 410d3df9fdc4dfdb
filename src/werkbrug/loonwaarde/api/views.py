"""The loonwaarde API: thin views that parse, decide on the placement, call the services and render.

Who sees what (roles.toml field classes on the placement): the measurement is health-like data
(``health_fml``: consultants and jobcoaches for their caseload, functional administrators); an
employer with ``financial`` on the placement sees only a FINAL loonwaarde percentage, never a draft
or what was measured. Writing needs ``update`` with ``health_fml`` (consultant, administrator)."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from werkbrug.domain.errors import Message
from werkbrug.loonwaarde import services
from werkbrug.loonwaarde.models import LoonwaardeMeasurement
from werkbrug.loonwaarde.pdf import report_pdf
from werkbrug.loonwaarde.report import employer_view, report
from werkbrug.matching.api.common import int_param
from werkbrug.registry.api.problems import field_error
from werkbrug.registry.api.views.base import ApiMixin
from werkbrug.registry.models import Placement
from werkbrug.security import api as secured
from werkbrug.security.api import Rule

HEALTH = ("health_fml",)
READ = Rule("placements", "read")  # any placement read; each object is then decided by its classes
WRITE = Rule("placements", "update", HEALTH)


class LoonwaardeView(ApiMixin, APIView):
    extra_problem_codes = {"get": ("400", "404"), "post": ("400", "404", "409"), "put": ("400", "404", "409")}


def whole(raw: Any) -> int | None:
    """A plain ASCII whole number, else None ('¹'.isdigit() is true, but int('¹') fails)."""
    text = str(raw if raw is not None else "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 12 else None


def _placement(raw: Any) -> Placement:
    pk = whole(raw) or 0
    found = Placement.objects.filter(pk=pk).select_related("candidate").first()
    if found is None:
        raise field_error("placement", "unknown_reference", Message(f"er is geen plaatsing met id {pk}",
                                                                    f"there is no placement with id {pk}"))
    return found


def _measurement(pk: int) -> LoonwaardeMeasurement:
    row = LoonwaardeMeasurement.objects.select_related("placement__work", "placement__employer_of_record").filter(
        pk=pk).first()
    if row is None:
        raise NotFound()
    return row


def _shown(request: Request, row: LoonwaardeMeasurement) -> dict[str, Any] | None:
    """The full report for a health reader (audited); the final percentage for an employer; else 403."""
    if secured.may(request, "read", row.placement, HEALTH):
        secured.audit_event(request, "read", "loonwaarde", row, subject_id=row.placement.candidate_id, required=True)
        return report(row)
    secured.decide(request, "read", row.placement, ("financial",))
    return employer_view(row) if row.status == "final" else None


def _body(request: Request) -> dict[str, Any]:
    if not isinstance(request.data, dict):
        raise field_error("non_field_errors", "invalid", Message("verwacht een JSON-object", "expected a JSON object"))
    return dict(request.data)


class MeasurementsView(LoonwaardeView):
    """GET ?placement=ID: the measurements of one placement (an employer: final percentages only).
    POST: record a draft measurement; the body is the `werkbrug loonwaarde record` file."""

    access_policy = {"get": READ, "post": WRITE}

    @extend_schema(tags=["loonwaarde"], operation_id="loonwaarde_list", responses=OpenApiTypes.OBJECT,
                   parameters=[int_param("placement", "Placement id.", required=True)])
    def get(self, request: Request) -> Response:
        raw = request.query_params.get("placement", "")
        if whole(raw) is None:
            raise field_error("placement", "required", Message("geef het id van een plaatsing",
                                                               "give the id of a placement"))
        placement = _placement(raw)
        rows = LoonwaardeMeasurement.objects.filter(placement=placement).select_related(
            "placement__work", "placement__employer_of_record")
        if not secured.may(request, "read", placement, HEALTH):
            secured.decide(request, "read", placement, ("financial",))
            return Response({"results": [employer_view(r) for r in rows if r.status == "final"]})
        shown = [_shown(request, r) for r in rows]
        return Response({"results": shown})

    @extend_schema(tags=["loonwaarde"], operation_id="loonwaarde_create", request=OpenApiTypes.OBJECT,
                   responses={201: OpenApiTypes.OBJECT})
    def post(self, request: Request) -> Response:
        data = _body(request)
        placement = _placement(data.get("placement"))
        secured.decide(request, "update", placement, HEALTH)
        row = services.save_measurement(placement, data, user=request.user, origin="api")
        return Response(report(_measurement(row.pk)), status=status.HTTP_201_CREATED)


class MeasurementView(LoonwaardeView):
    """GET: the report (an employer: the final percentage). PUT: change a draft (body with 'version')."""

    access_policy = {"get": READ, "put": WRITE}

    @extend_schema(tags=["loonwaarde"], operation_id="loonwaarde_retrieve", responses=OpenApiTypes.OBJECT)
    def get(self, request: Request, pk: int) -> Response:
        shown = _shown(request, _measurement(pk))
        if shown is None:
            raise NotFound()
        return Response(shown)

    @extend_schema(tags=["loonwaarde"], operation_id="loonwaarde_update", request=OpenApiTypes.OBJECT,
                   responses=OpenApiTypes.OBJECT)
    def put(self, request: Request, pk: int) -> Response:
        row = _measurement(pk)
        secured.decide(request, "update", row.placement, HEALTH)
        data = _body(request)
        version = data.get("version")
        row = services.save_measurement(row.placement, data, user=request.user, measurement=row, origin="api",
                                        expected_version=whole(version))
        return Response(report(_measurement(row.pk)))


class FinaliseView(LoonwaardeView):
    """POST: make the report final; 400 naming what is missing (a zienswijze, the qualification)."""

    access_policy = {"post": WRITE}

    @extend_schema(tags=["loonwaarde"], operation_id="loonwaarde_finalise", request=None,
                   responses=OpenApiTypes.OBJECT)
    def post(self, request: Request, pk: int) -> Response:
        row = _measurement(pk)
        secured.decide(request, "update", row.placement, HEALTH)
        services.finalise(row, user=request.user, origin="api")
        return Response(report(_measurement(pk)))


class PdfView(LoonwaardeView):
    """GET: the report as PDF (health readers only)."""

    access_policy = {"get": Rule("placements", "read", HEALTH)}

    @extend_schema(tags=["loonwaarde"], operation_id="loonwaarde_pdf",
                   responses={(200, "application/pdf"): OpenApiTypes.BINARY})
    def get(self, request: Request, pk: int) -> HttpResponse:
        row = _measurement(pk)
        secured.decide(request, "read", row.placement, HEALTH)
        secured.audit_event(request, "read", "loonwaarde", row, subject_id=row.placement.candidate_id, required=True)
        response = HttpResponse(report_pdf(report(row)), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="loonwaarde-{row.pk}.pdf"'
        return response
