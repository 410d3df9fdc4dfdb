"""The trust API: thin views that parse, call werkbrug.trust.services and render."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from werkbrug.domain.errors import Message
from werkbrug.matching.api.common import (
    CapabilitySchema,
    bool_param,
    int_param,
    query_bool,
    query_int,
)
from werkbrug.matching.api.redact import classes_for
from werkbrug.registry.api.problems import field_error
from werkbrug.registry.api.views.base import ApiMixin
from werkbrug.registry.models import Candidate, Work
from werkbrug.security import api as secured
from werkbrug.security.api import REFERENCE, Rule
from werkbrug.trust import services
from werkbrug.trust.models import ContactRequest

HEALTH_READ = Rule("candidates", "read", ("health_fml",))
HEALTH_WRITE = Rule("candidates", "update", ("health_fml",))
GENERAL_WRITE = Rule("candidates", "update", ("general",))
PSEUDONYMISED_READ = Rule("candidates", "read", ("pseudonymised",))

CANDIDATE = int_param("candidate", "Candidate id.", required=True)
WORK = int_param("work", "Work id.", required=True)


def _language() -> str:
    return translation.get_language() or "nl"


def _str_param(name: str, description: str, required: bool = False) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.STR, OpenApiParameter.QUERY, required=required,
                            description=description)


def _existing(request: Request, name: str, model: type[Candidate] | type[Work]) -> Any:
    pk = query_int(request, name)
    found = model.objects.filter(pk=pk).first()
    if found is None:
        raise field_error(name, "unknown_reference", Message(f"er is geen record met id {pk}",
                                                             f"there is no record with id {pk}"))
    return found


def _date(request: Request, name: str) -> date:
    raw = request.query_params.get(name, "").strip()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise field_error(name, "invalid", Message("geef een datum als JJJJ-MM-DD",
                                                   "give a date as YYYY-MM-DD")) from None


class TrustView(ApiMixin, APIView):
    schema = CapabilitySchema()
    extra_problem_codes = {"get": ("400",), "post": ("400",)}


def _health_read(request: Request, candidate: Candidate) -> None:
    secured.decide(request, "read", candidate, ("health_fml",))
    secured.audit_event(request, "read", "candidates", candidate, required=True)


def _why_not_shown(body: dict[str, Any], classes: frozenset[str]) -> dict[str, Any]:
    """Without the identifying class no key; without health_fml no FML items, tasks or reason of
    unavailability (the employer learns the codes only)."""
    if "identifying" not in classes:
        body["candidate"] = None
    if "health_fml" not in classes:
        body.pop("unavailable_reason", None)
        body["reasons"] = [{"code": r["code"]} if {"item", "task", "tasks"} & set(r) else r for r in body["reasons"]]
    return body


def _anonymous(request: Request) -> bool:
    return request.query_params.get("anonymous", "").lower() in {"true", "1", "yes", "ja"}


class CompletenessView(TrustView):
    """Completeness per field group of candidates and open work, staleness, what to ask next.
    Candidate items are limited to those whose health data the actor may read."""

    access_policy = {"get": HEALTH_READ}

    @extend_schema(tags=["trust"], operation_id="trust_completeness", responses=OpenApiTypes.OBJECT, parameters=[
        _str_param("region", "Arbeidsmarktregio."), int_param("stale_months", "Months before a profile is stale.")])
    def get(self, request: Request) -> Response:
        months = query_int(request, "stale_months", 0, low=0, high=600) or None
        report = services.completeness_report(request.query_params.get("region") or None,
                                              stale_months=months, language=_language())
        items = report["candidates"]["items"]
        found = Candidate.objects.filter(pk__in=[i["id"] for i in items])
        allowed = {c.pk for c in found if secured.may(request, "read", c, ("health_fml",))}
        report["candidates"]["items"] = [i for i in items if i["id"] in allowed]
        return Response(report)


class ExplainView(TrustView):
    """One pair per task and FML item, with the beoordelingspunten."""

    access_policy = {"get": HEALTH_READ}

    @extend_schema(tags=["trust"], operation_id="trust_explain", responses=OpenApiTypes.OBJECT,
                   parameters=[CANDIDATE, WORK])
    def get(self, request: Request) -> Response:
        c, w = _existing(request, "candidate", Candidate), _existing(request, "work", Work)
        _health_read(request, c)
        return Response(services.explain(str(c.pk), str(w.pk), language=_language()))


class WhyNotView(TrustView):
    """Why a candidate is missing from a work item's list (empty reasons: in the list)."""

    @staticmethod
    def access_policy(view: Any, request: Request) -> Rule:  # type: ignore[override]
        return PSEUDONYMISED_READ if _anonymous(request) else HEALTH_READ

    @extend_schema(tags=["trust"], operation_id="trust_why_not", responses=OpenApiTypes.OBJECT, parameters=[
        CANDIDATE, WORK, int_param("top", "List length (default 10)."),
        bool_param("anonymous", "The employer's view: consent needed.")])
    def get(self, request: Request) -> Response:
        c, w = _existing(request, "candidate", Candidate), _existing(request, "work", Work)
        if _anonymous(request):
            secured.decide(request, "read", c, ("pseudonymised",))
        else:
            _health_read(request, c)
        body = services.why_not(str(c.pk), str(w.pk), query_int(request, "top", 10, high=10_000),
                                employer_view=query_bool(request, "anonymous"), language=_language())
        return Response(_why_not_shown(body, classes_for(request, c)))


class AssessmentSerializer(serializers.Serializer):
    candidate = serializers.IntegerField()
    work = serializers.IntegerField()
    point = serializers.CharField(max_length=120)
    judgement = serializers.CharField(max_length=32)
    motivation = serializers.CharField()
    proposal = serializers.IntegerField(required=False, allow_null=True)


class AssessmentsView(TrustView):
    """GET: the pair's beoordelingspunten with their latest assessment. POST: record one."""

    access_policy = {"get": HEALTH_READ, "post": HEALTH_WRITE}

    @extend_schema(tags=["trust"], operation_id="trust_assessments", responses=OpenApiTypes.OBJECT,
                   parameters=[CANDIDATE, WORK])
    def get(self, request: Request) -> Response:
        c, w = _existing(request, "candidate", Candidate), _existing(request, "work", Work)
        _health_read(request, c)
        return Response(services.assessment_status(c, w, language=_language()))

    @extend_schema(tags=["trust"], operation_id="trust_assessment_create", request=AssessmentSerializer,
                   responses={201: OpenApiTypes.OBJECT})
    def post(self, request: Request) -> Response:
        parsed = AssessmentSerializer(data=request.data)
        parsed.is_valid(raise_exception=True)
        o = parsed.validated_data
        from werkbrug.matching.models import MatchProposal

        proposal = MatchProposal.objects.get(pk=o["proposal"]) if o.get("proposal") else None
        candidate = Candidate.objects.get(pk=o["candidate"])
        secured.decide(request, "update", candidate, ("health_fml",))
        a = services.record_assessment(candidate, Work.objects.get(pk=o["work"]),
                                       o["point"], o["judgement"], o["motivation"], request.user, proposal)
        secured.audit_event(request, "create", "candidates", a.pk, subject_id=candidate.pk)
        return Response({"id": a.pk, "point": a.point, "rule": a.rule, "judgement": a.judgement,
                         "assessed_by": a.assessed_by_id, "assessed_at": a.assessed_at.isoformat()}, status=201)


class ConsentSerializer(serializers.Serializer):
    candidate = serializers.IntegerField()
    flag = serializers.ChoiceField(choices=["candidate", "consultant"])
    value = serializers.BooleanField()
    note = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")


class ConsentView(TrustView):
    """Switch the candidate's consent or the consultant's approval; returns the logged event."""

    access_policy = {"post": GENERAL_WRITE}

    @extend_schema(tags=["trust"], operation_id="trust_consent", request=ConsentSerializer,
                   responses=OpenApiTypes.OBJECT)
    def post(self, request: Request) -> Response:
        parsed = ConsentSerializer(data=request.data)
        parsed.is_valid(raise_exception=True)
        o = parsed.validated_data
        candidate = Candidate.objects.get(pk=o["candidate"])  # 404 when unknown
        secured.decide(request, "update", candidate, ("general",))
        e = services.set_visibility(o["candidate"], o["flag"], o["value"], request.user, o["note"])
        secured.audit_event(request, "update", "candidates", candidate)
        return Response({"id": e.pk, "candidate": e.candidate_id, "flag": e.flag, "value": e.value,
                         "visible_before": e.visible_before, "visible_after": e.visible_after, "shown": e.shown,
                         "actor": e.actor_id, "created_at": e.created_at.isoformat()})


class ContactRequestSerializer(serializers.Serializer):
    candidate = serializers.IntegerField()
    work = serializers.IntegerField(required=False, allow_null=True)
    employer = serializers.IntegerField(required=False, allow_null=True)
    message = serializers.CharField(required=False, allow_blank=True, default="")


class ContactRequestsView(TrustView):
    """An employer asks to meet a (visible, anonymised) candidate; it goes to the consultant."""

    access_policy = {"post": PSEUDONYMISED_READ}

    @extend_schema(tags=["trust"], operation_id="trust_contact_request_create", request=ContactRequestSerializer,
                   responses={201: OpenApiTypes.OBJECT})
    def post(self, request: Request) -> Response:
        parsed = ContactRequestSerializer(data=request.data)
        parsed.is_valid(raise_exception=True)
        o = parsed.validated_data
        candidate = Candidate.objects.get(pk=o["candidate"])
        secured.decide(request, "read", candidate, ("pseudonymised",))
        made = services.request_contact(o["candidate"], request.user, o.get("work"), o.get("employer"), o["message"])
        secured.audit_event(request, "create", "introductions", made, subject_id=candidate.pk)
        return Response(services.contact_view(made.pk), status=201)


class ContactRequestView(TrustView):
    """The request as the employer sees it: identity only after the candidate agreed."""

    access_policy = {"get": Rule("introductions", "read")}

    @extend_schema(tags=["trust"], operation_id="trust_contact_request", responses=OpenApiTypes.OBJECT)
    def get(self, request: Request, pk: int) -> Response:
        secured.decide(request, "read", ContactRequest.objects.get(pk=pk))
        return Response(services.contact_view(pk))


class AnswerSerializer(serializers.Serializer):
    agreed = serializers.BooleanField()
    note = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")


class ContactAnswerView(TrustView):
    """The consultant records the candidate's answer."""

    access_policy = {"post": GENERAL_WRITE}

    @extend_schema(tags=["trust"], operation_id="trust_contact_answer", request=AnswerSerializer,
                   responses=OpenApiTypes.OBJECT)
    def post(self, request: Request, pk: int) -> Response:
        parsed = AnswerSerializer(data=request.data)
        parsed.is_valid(raise_exception=True)
        contact = ContactRequest.objects.select_related("candidate").get(pk=pk)
        secured.decide(request, "update", contact.candidate, ("general",))
        services.record_contact_answer(pk, parsed.validated_data["agreed"], request.user,
                                       parsed.validated_data["note"])
        secured.audit_event(request, "update", "introductions", contact, subject_id=contact.candidate_id)
        return Response(services.contact_view(pk))


class FairnessView(TrustView):
    """Rates per group with intervals and the four-fifths flag for a period (engine=true adds the
    engine's top-k lists as of `to`). An aggregate export: needs a purpose, audited."""

    access_policy = {"get": Rule("candidates", "export", ("pseudonymised",), export=True)}

    @extend_schema(tags=["trust"], operation_id="trust_fairness", responses=OpenApiTypes.OBJECT, parameters=[
        _str_param("from", "First day (YYYY-MM-DD).", True), _str_param("to", "Last day (YYYY-MM-DD).", True),
        bool_param("engine", "Also the engine's top-k lists."), int_param("k", "Top k (default 10).")])
    def get(self, request: Request) -> Response:
        start, end = _date(request, "from"), _date(request, "to")
        if end < start:
            raise field_error("to", "invalid", Message("ligt vóór 'from'", "is before 'from'"))
        report = services.fairness_report(start, end)
        if query_bool(request, "engine"):
            engine = services.engine_fairness_report(end, query_int(request, "k", 10, high=200))
            report["outcomes"] |= engine["outcomes"]
            report["flagged"] = sorted(report["flagged"] + engine["flagged"])
        secured.audit_event(request, "export", "candidates", "fairness", required=True)
        return Response(report)


class RegisterView(TrustView):
    """The algorithm register fields (Werkbrug's reading) generated from the live configuration."""

    access_policy = {"get": REFERENCE}

    @extend_schema(tags=["trust"], operation_id="trust_algorithm_register", responses=OpenApiTypes.OBJECT,
                   parameters=[_str_param("language", "nl or en (default: the request's language).")])
    def get(self, request: Request) -> Response:
        language = request.query_params.get("language") or _language()[:2]
        if language not in ("nl", "en"):
            raise field_error("language", "invalid", Message("kies nl of en", "choose nl or en"))
        return Response(services.algorithm_register(language)["json"])


