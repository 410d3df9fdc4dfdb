"""The pathways API: thin views that parse, decide, call the pathways services and render.
Outcomes are aggregates (kind pathway_outcomes); a candidate's trajectory, learning routes and
follow-up contacts are the kind pathways, decided per candidate (caseload)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from werkbrug.domain.errors import Message
from werkbrug.matching.api.common import CapabilitySchema, int_param, query_int
from werkbrug.pathways import access as pathways_access
from werkbrug.pathways import followup, outcomes, services
from werkbrug.pathways.api.render import candidate_body, reminder_body
from werkbrug.pathways.models import FollowUpContact
from werkbrug.registry.api.problems import field_error
from werkbrug.registry.api.views.base import ApiMixin
from werkbrug.registry.models import Candidate
from werkbrug.security import api as secured
from werkbrug.security.api import Rule

OUTCOMES_READ = Rule("pathway_outcomes", "read", ("general",))
READ = Rule("pathways", "read", ("general",))
CREATE = Rule("pathways", "create", ("general",))
UPDATE = Rule("pathways", "update", ("general",))


def _date(request: Request, name: str) -> date:
    raw = request.query_params.get(name, "").strip()
    if not raw:
        return timezone.localdate()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise field_error(name, "invalid", Message("geef een datum als JJJJ-MM-DD", "give a date as YYYY-MM-DD")) \
            from None


def _str(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.STR, OpenApiParameter.QUERY, required=False, description=description)


class PathwaysView(ApiMixin, APIView):
    schema = CapabilitySchema()
    extra_problem_codes = {"get": ("400",), "post": ("400",)}

    def candidate(self, request: Request, pk: int, action: str) -> Candidate:
        found = get_object_or_404(Candidate, pk=pk)
        secured.decide(request, action, pathways_access.resource(found), pathways_access.FIELDS)
        return found


class OutcomesView(PathwaysView):
    """Doorstroom per year and region, placement survival, end reasons, value-of-work trends and
    praktijkleren completions (docs/pathways.md defines each). Aggregates only."""

    access_policy = {"get": OUTCOMES_READ}

    @extend_schema(tags=["pathways"], operation_id="pathways_outcomes", responses=OpenApiTypes.OBJECT, parameters=[
        _str("region", "Arbeidsmarktregio (default all)."), _str("as_of", "As-of date YYYY-MM-DD (default today)."),
        int_param("years", "Calendar years of doorstroom (1-10, default 3)."),
        _str("mode", "Doorstroom mode: end (default) or ever.")])
    def get(self, request: Request) -> Response:
        mode = request.query_params.get("mode", "end")
        if mode not in ("end", "ever"):
            raise field_error("mode", "invalid", Message("kies end of ever", "choose end or ever"))
        report = outcomes.published(_date(request, "as_of"), region=request.query_params.get("region") or None,
                                years=query_int(request, "years", 3, low=1, high=10), mode=mode)
        return Response(report)


class RemindersView(PathwaysView):
    """Follow-up contacts due or overdue on a day, for the candidates whose pathways the user may
    follow up (own caseload; `all=true`: every candidate the user may follow up)."""

    access_policy = {"get": READ}

    @extend_schema(tags=["pathways"], operation_id="pathways_reminders", responses=OpenApiTypes.OBJECT,
                   parameters=[_str("date", "The day YYYY-MM-DD (default today)."),
                               _str("all", "true: not only the own caseload.")])
    def get(self, request: Request) -> Response:
        actor = secured.request_actor(request)
        everyone = request.query_params.get("all", "").lower() in {"true", "1", "yes", "ja"}
        base = None if everyone else Candidate.objects.filter(consultant_id=request.user.pk)
        on = _date(request, "date")
        found = followup.reminders(on, pathways_access.permitted(actor, "read", base))
        return Response({"date": on.isoformat(), "reminders": [reminder_body(r) for r in found]})


class CandidatePathwaysView(PathwaysView):
    """One candidate's trajectory (situations with support), learning routes with progress, and
    follow-up contacts."""

    access_policy = {"get": READ}

    @extend_schema(tags=["pathways"], operation_id="pathways_candidate", responses=OpenApiTypes.OBJECT)
    def get(self, request: Request, pk: int) -> Response:
        found = self.candidate(request, pk, "read")
        secured.audit_event(request, "read", "pathways", found.pk, subject_id=found.pk)
        return Response(candidate_body(found))


class PathwayTransitionSerializer(serializers.Serializer):
    situation = serializers.CharField(max_length=32)
    start_date = serializers.DateField()
    end_date = serializers.DateField(required=False, allow_null=True)
    support = serializers.DictField(required=False, default=dict)


class TransitionView(PathwaysView):
    """Record the candidate's next situation; a transition the status model does not allow is a
    400 naming the reason (Simpel Switchen)."""

    access_policy = {"post": CREATE}

    @extend_schema(tags=["pathways"], operation_id="pathways_transition", request=PathwayTransitionSerializer,
                   responses={201: OpenApiTypes.OBJECT})
    def post(self, request: Request, pk: int) -> Response:
        found = self.candidate(request, pk, "create")
        parsed = PathwayTransitionSerializer(data=request.data)
        parsed.is_valid(raise_exception=True)
        d: dict[str, Any] = parsed.validated_data
        period = services.append_period(found, d["situation"], d["start_date"], end=d.get("end_date"),
                                        support=d["support"], today=timezone.localdate())
        secured.audit_event(request, "create", "pathways", period.pk, subject_id=found.pk)
        return Response({"id": period.pk, "situation": period.situation, "start_date": period.start_date,
                         "end_date": period.end_date, "transition_kind": period.transition_kind}, status=201)


class FollowUpContactSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["contact", "evaluation"])
    held_on = serializers.DateField()
    contact = serializers.IntegerField(required=False, allow_null=True, help_text="the planned contact's id")
    outcome = serializers.ChoiceField(choices=list(followup.OUTCOMES), required=False, allow_blank=True, default="")
    notes = serializers.CharField(required=False, allow_blank=True, default="")


class ContactView(PathwaysView):
    """Record a follow-up contact or evaluation that took place (a planned one, or a new one)."""

    access_policy = {"post": UPDATE}

    @extend_schema(tags=["pathways"], operation_id="pathways_contact", request=FollowUpContactSerializer,
                   responses={201: OpenApiTypes.OBJECT})
    def post(self, request: Request, pk: int) -> Response:
        found = self.candidate(request, pk, "update")
        parsed = FollowUpContactSerializer(data=request.data)
        parsed.is_valid(raise_exception=True)
        d: dict[str, Any] = parsed.validated_data
        planned = FollowUpContact.objects.filter(candidate=found, pk=d["contact"]).first() if d.get("contact") \
            else None
        contact = followup.record_contact(found, d["kind"], d["held_on"], contact=planned, outcome=d["outcome"],
                                          notes=d["notes"], jobcoach=request.user, today=timezone.localdate())
        secured.audit_event(request, "update", "pathways", contact.pk, subject_id=found.pk)
        return Response({"id": contact.pk, "kind": contact.kind, "planned_on": contact.planned_on,
                         "held_on": contact.held_on, "outcome": contact.outcome}, status=201)
