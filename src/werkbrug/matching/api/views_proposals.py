"""Stored match proposals and runs: list, filter, get, and move a proposal through its workflow."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.filters import OrderingFilter
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer
from rest_framework.views import APIView

from werkbrug.matching import proposals
from werkbrug.matching.api.common import CapabilitySchema
from werkbrug.matching.api.redact import classes_for, redact
from werkbrug.matching.api.serializers import (
    ProposalDetailSerializer,
    ProposalSerializer,
    RunSerializer,
    TransitionSerializer,
    WorkflowSerializer,
)
from werkbrug.matching.models import MatchProposal, MatchRun
from werkbrug.matching.workflow import load_workflow
from werkbrug.registry.api import guard, versions
from werkbrug.registry.api.filters import DeclaredFilters, exact
from werkbrug.registry.api.problems import ProblemError
from werkbrug.registry.api.views.base import IF_MATCH, ApiMixin
from werkbrug.security import api as secured
from werkbrug.security.api import REFERENCE, Rule

VERDICTS = ("fits", "fits_with_accommodations", "fits_without_tasks", "excluded")


@extend_schema_view(list=extend_schema(tags=["proposals"]), retrieve=extend_schema(tags=["proposals"]))
class ProposalViewSet(ApiMixin, viewsets.ReadOnlyModelViewSet):
    """Match proposals; their status moves only through POST proposals/{id}/transition/."""

    schema = CapabilitySchema()
    extra_problem_codes = {"transition": ("409", "428")}
    problem_descriptions = {"409": "Stale version (version-conflict), or a step the workflow does not "
                                   "allow from the current status (transition-refused)."}
    queryset = MatchProposal.objects.select_related("candidate", "work")
    # a proposal is a step towards an introduction: scoped like one (caseload, employer's tenant)
    access_policy = {"list": Rule("introductions", "read"), "retrieve": Rule("introductions", "read", on="object"),
                     "transition": Rule("introductions", "update", on="object")}
    filter_backends = [DeclaredFilters, OrderingFilter]
    ordering_fields = ["id", "created_at", "updated_at", "score", "rank"]
    query_filters = (
        exact("status", "status", "string", "Workflow status.", tuple(load_workflow().states)),
        exact("candidate", "candidate_id", "integer", "Candidate id."),
        exact("work", "work_id", "integer", "Work id."),
        exact("run", "run_id", "integer", "Run id."),
        exact("verdict", "verdict", "string", "Verdict of the match.", VERDICTS),
    )

    def get_serializer_class(self) -> type[BaseSerializer[Any]]:
        return ProposalSerializer if self.action == "list" else ProposalDetailSerializer

    def get_queryset(self) -> Any:
        queryset = super().get_queryset()
        return secured.scoped(self.request, queryset) if self.action == "list" else queryset

    def _shown(self, proposal: MatchProposal, data: Any) -> dict[str, Any]:
        classes = classes_for(self.request, proposal.candidate)
        if "health_fml" in classes:
            secured.audit_event(self.request, "read", "introductions", proposal, subject_id=proposal.candidate_id,
                                required=True)
        return redact(dict(data), classes)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset())) or []
        data = self.get_serializer(page, many=True).data
        return self.get_paginated_response([self._shown(p, row) for p, row in zip(page, data, strict=True)])

    def _render(self, proposal: MatchProposal, code: int = status.HTTP_200_OK) -> Response:
        fresh = self.get_queryset().prefetch_related("events").get(pk=proposal.pk)
        response = Response(self._shown(fresh, ProposalDetailSerializer(fresh).data), status=code)
        response["ETag"] = versions.etag(fresh.version)
        return response

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self._render(self.get_object())

    @extend_schema(tags=["proposals"], request=TransitionSerializer, responses=ProposalDetailSerializer,
                   parameters=[IF_MATCH], operation_id="proposals_transition")
    @action(detail=True, methods=["post"])
    def transition(self, request: Request, pk: str | None = None) -> Response:
        """Move the proposal to another status (data/proposal_workflow.toml). 409 when the
        version is stale or the workflow does not allow the step; 400 when a requirement
        (consent, reason, placement kind) is missing."""
        proposal = self.get_object()
        version = versions.expected_version(request)
        parsed = TransitionSerializer(data=request.data)
        parsed.is_valid(raise_exception=True)
        values = {k: v for k, v in parsed.validated_data.items() if k != "version"}
        if values.get("to") == "placed":  # placing creates a registry placement: decided as one
            secured.decide(request, "create", guard.resource_from_data("placements", {
                "candidate": proposal.candidate_id, "employer_of_record": getattr(values.get("employer_of_record"), "pk",
                                                                                    values.get("employer_of_record")),
                "inlener": getattr(values.get("inlener"), "pk", values.get("inlener"))}), ("identifying", "general"))
        try:
            moved = proposals.transition(proposal.pk, proposals.TransitionRequest(version=version, **values),
                                         actor=request.user)
        except proposals.TransitionRefused as refused:
            raise ProblemError(409, "transition-refused", refused.message) from refused
        secured.audit_event(request, "update", "introductions", moved, subject_id=moved.candidate_id)
        return self._render(moved)


@extend_schema_view(list=extend_schema(tags=["proposals"]), retrieve=extend_schema(tags=["proposals"]))
class RunViewSet(ApiMixin, viewsets.ReadOnlyModelViewSet):
    """Saved matching runs: what produced the proposals (weights version, input hash, code version)."""

    schema = CapabilitySchema()
    # runs hold counts, hashes and parameters, no personal data: the roles that see proposals
    access_policy = {"list": Rule("introductions", "read"), "retrieve": Rule("introductions", "read")}
    queryset = MatchRun.objects.all()
    serializer_class = RunSerializer
    filter_backends = [DeclaredFilters, OrderingFilter]
    ordering_fields = ["id", "created_at"]
    query_filters = (
        exact("kind", "kind", "string", "recommend or assign.", ("recommend", "assign")),
        exact("region", "region__iexact", "string", "Arbeidsmarktregio (case-insensitive)."),
        exact("input_hash", "input_hash", "string", "sha256 of the input."),
    )


class WorkflowView(ApiMixin, APIView):
    """The proposal workflow: states, allowed transitions with their requirements, reason codes."""

    schema = CapabilitySchema()
    access_policy = {"get": REFERENCE}

    @extend_schema(tags=["proposals"], responses=WorkflowSerializer, operation_id="proposals_workflow")
    def get(self, request: Request) -> Response:
        return Response(WorkflowSerializer(load_workflow().as_dict()).data)
