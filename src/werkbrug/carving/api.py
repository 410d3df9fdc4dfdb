"""POST /api/v1/carve/: job carving for one employer, the same as `werkbrug carve --json`.

Included under /api/v1/ by config/urls.py (this module carries its own ``urlpatterns``)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.db import transaction
from django.urls import path
from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from werkbrug.carving.services import CarveRefused, carve_for_employer
from werkbrug.domain.authorisation import Resource
from werkbrug.domain.errors import Message
from werkbrug.registry.api.problems import ProblemError, field_error
from werkbrug.registry.api.views.base import ApiMixin
from werkbrug.registry.models import Candidate, Organisation
from werkbrug.security import api as secured


def _carve_rule(view: Any, request: Request) -> secured.Rule:
    """Saving carved roles creates work; a dry run reads the employer's work."""
    dry = str(request.data.get("dry_run", "")).lower() in {"true", "1"} if hasattr(request.data, "get") else False
    return secured.Rule("work", "read" if dry else "create")


def _visible_candidates(request: Request, result: dict[str, Any]) -> dict[str, Any]:
    """Candidate ids that fit a carved role reveal FML facts: only those whose health data the
    actor may read stay (employers get the counts only)."""
    ids = {i for role in result.get("roles", []) for i in role.get("candidate_ids", [])}
    allowed = {c.pk for c in Candidate.objects.filter(pk__in=ids)
               if secured.may(request, "read", c, ("health_fml",))}
    for role in result.get("roles", []):
        if "candidate_ids" in role:
            role["candidate_ids"] = [i for i in role["candidate_ids"] if i in allowed]
    return result


class CarveRequestSerializer(serializers.Serializer):
    employer = serializers.IntegerField(min_value=1, help_text="Organisation id of the employer; "
                                                               "its work items (with wage and tasks) are the roles")
    dry_run = serializers.BooleanField(default=False, help_text="Save nothing (default: save the carved "
                                                                "roles as draft work items)")
    date = serializers.DateField(required=False, allow_null=True, default=None,
                                 help_text="Date for the legal parameters (WML, baan); default today")


def _refused(bad: CarveRefused) -> ProblemError:
    language = translation.get_language() or "nl"
    params = [{"name": i.field, "code": i.code, "reason": i.message.text(language), "reason_nl": i.message.nl,
               "reason_en": i.message.en} for i in bad.issues]
    return ProblemError(400, "carving-refused", bad.message, params)


class CarveView(ApiMixin, APIView):
    """Split simple tasks off the employer's roles and bundle them into new roles (CP-SAT;
    docs/carving.md, ADR 0003), with hours freed, banen, wage effect and candidates nearby."""

    access_policy = staticmethod(_carve_rule)

    @extend_schema(tags=["carving"], request=CarveRequestSerializer, operation_id="carve",
                   responses=OpenApiResponse(OpenApiTypes.OBJECT,
                                             description="The JSON of `werkbrug carve --employer ID --json`."))
    def post(self, request: Request) -> Response:
        parsed = CarveRequestSerializer(data=request.data)
        parsed.is_valid(raise_exception=True)
        values: dict[str, Any] = parsed.validated_data
        employer = Organisation.objects.filter(pk=values["employer"]).first()
        if employer is None:
            raise field_error("employer", "unknown_reference", Message(
                f"er is geen organisatie met id {values['employer']}",
                f"there is no organisation with id {values['employer']}"))
        rule = _carve_rule(self, request)
        secured.decide(request, rule.action, Resource("work", frozenset({employer.pk})), ("general",))
        on: date | None = values["date"]
        try:
            with transaction.atomic():
                result = carve_for_employer(employer, None, persist=not values["dry_run"], on=on)
        except CarveRefused as bad:
            raise _refused(bad) from bad
        if not values["dry_run"]:
            secured.audit_event(request, "create", "work", employer)
        return Response(_visible_candidates(request, json.loads(json.dumps(result.as_dict(), default=str))))


urlpatterns = [
    path("carve/", CarveView.as_view(), name="carve"),
    path("carve", CarveView.as_view(schema=None)),
]
