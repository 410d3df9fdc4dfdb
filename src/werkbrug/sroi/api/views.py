"""Thin views of the SROI ledger: parse, call werkbrug.sroi.services, render."""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer
from rest_framework.views import APIView

from werkbrug.domain.errors import Message
from werkbrug.registry.api import versions
from werkbrug.registry.api.filters import exact
from werkbrug.registry.api.problems import ProblemError
from werkbrug.registry.api.views.base import IF_MATCH, ApiMixin, RecordViewSet
from werkbrug.security.api import Rule
from werkbrug.sroi import services
from werkbrug.sroi.api.downloads import (
    REPORT_PARAMETERS,
    REPORT_RESPONSES,
    ReportNegotiation,
    report_response,
)
from werkbrug.sroi.api.schema import SroiSchema
from werkbrug.sroi.api.serializers import (
    SroiContractSerializer,
    SroiEntryDetailSerializer,
    SroiEntrySerializer,
    SroiEvidenceSerializer,
    SroiEvidenceUploadSerializer,
    SroiTransitionSerializer,
    SroiWorkflowSerializer,
)
from werkbrug.sroi.evidence import read_limited
from werkbrug.sroi.models import ENTRY_KINDS, Contract, Entry, EntryEvent
from werkbrug.sroi.workflow import load_workflow

TAGS = ["sroi"]
_REQUIRED_FILE = Message("een bestand is verplicht (multipart-veld 'file')",
                         "a file is required (multipart field 'file')")
_NOT_FOUND = Message("Deze organisatie bestaat niet", "This organisation does not exist")


def translate(exc: Exception) -> Exception:
    if isinstance(exc, services.TransitionRefused):
        return ProblemError(409, "transition-refused", exc.message)
    if isinstance(exc, services.EntryLocked):
        return ProblemError(409, "entry-locked", exc.message)
    if isinstance(exc, services.EvidenceRefused):
        return ProblemError(400, "validation", exc.message, [{
            "name": exc.field, "code": exc.code, "reason": str(exc.message),
            "reason_nl": exc.message.nl, "reason_en": exc.message.en}])
    return exc


_VERBS = {"get": "read", "head": "read", "post": "create", "put": "update", "patch": "update",
          "delete": "delete"}


def sroi_rule(view: Any, request: Request) -> Rule | None:
    """The ledger is one resource kind ("sroi"); downloads of reports are audited exports.
    Until contracts are scoped by buyer/supplier organisation, the role's grant is checked."""
    if request.query_params.get("format") in {"xlsx", "pdf"}:
        return Rule("sroi", "export", export=True)
    verb = _VERBS.get((request.method or "").lower())
    if getattr(view, "action", None) == "transition":
        verb = "update"
    return Rule("sroi", verb) if verb else None


class SroiViewMixin:
    schema = SroiSchema()
    content_negotiation_class = ReportNegotiation
    access_policy = staticmethod(sroi_rule)

    # The registry's record views scope and filter by registry kind; the ledger is gated by the
    # role's "sroi" grant (sroi_rule) and uses plain record handling until it gets its own scoping.
    def get_queryset(self) -> Any:
        return viewsets.ModelViewSet.get_queryset(self)  # type: ignore[arg-type]

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return viewsets.ModelViewSet.list(self, request, *args, **kwargs)  # type: ignore[arg-type]

    def _render(self, obj: Model, code: int = status.HTTP_200_OK) -> Response:
        fresh = self.get_queryset().get(pk=obj.pk)  # type: ignore[attr-defined]
        response = Response(self.get_serializer(fresh).data, status=code)  # type: ignore[attr-defined]
        response["ETag"] = versions.etag(self.version_of(fresh))  # type: ignore[attr-defined]
        return response

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self._render(self.get_object())  # type: ignore[attr-defined]

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = self._parse(partial=False)  # type: ignore[attr-defined]
        return self._render(self.perform_write_create(data), status.HTTP_201_CREATED)  # type: ignore[attr-defined]

    @extend_schema(parameters=[IF_MATCH])
    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        partial = bool(kwargs.pop("partial", False))
        obj = self.get_object()  # type: ignore[attr-defined]
        version = versions.expected_version(request)
        data = self._parse(partial)  # type: ignore[attr-defined]
        return self._render(self.perform_write_update(obj, version, data, partial))  # type: ignore[attr-defined]

    @extend_schema(parameters=[IF_MATCH])
    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.update(request, *args, partial=True, **kwargs)

    @extend_schema(parameters=[IF_MATCH])
    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.perform_write_delete(self.get_object(), versions.if_match(request))  # type: ignore[attr-defined]
        return Response(status=status.HTTP_204_NO_CONTENT)

    def handle_exception(self, exc: Exception) -> Response:
        return super().handle_exception(translate(exc))  # type: ignore[misc, no-any-return]


@extend_schema_view(list=extend_schema(tags=TAGS), retrieve=extend_schema(tags=TAGS),
                    create=extend_schema(tags=TAGS), update=extend_schema(tags=TAGS),
                    partial_update=extend_schema(tags=TAGS), destroy=extend_schema(tags=TAGS))
class ContractViewSet(SroiViewMixin, RecordViewSet):
    """Contracts with a Social Return clause (buyer, supplier, obligation, method, terms)."""

    queryset = Contract.objects.select_related("buyer", "supplier")
    serializer_class = SroiContractSerializer
    extra_problem_codes = {"report": ("400",)}
    query_filters = (
        exact("external_key", "external_key", "string", "Contract number."),
        exact("buyer", "buyer_id", "integer", "Buyer organisation id."),
        exact("supplier", "supplier_id", "integer", "Supplier organisation id."),
        exact("method", "method", "string", "Valuation method id."),
    )
    ordering_fields = ["id", "external_key", "start_date", "end_date", "created_at", "updated_at"]

    def perform_write_create(self, data: dict[str, Any]) -> Model:
        return services.create_contract(data)

    def perform_write_update(self, obj: Model, version: int, data: dict[str, Any], partial: bool) -> Model:
        return services.update_contract(obj.pk, version, data)

    def perform_write_delete(self, obj: Model, version: int | None) -> None:
        services.delete_contract(obj.pk, version)

    @extend_schema(tags=TAGS, parameters=REPORT_PARAMETERS, responses=REPORT_RESPONSES,
                   operation_id="sroi_contracts_report")
    @action(detail=True, methods=["get"])
    def report(self, request: Request, pk: str | None = None) -> Any:
        """Obligation, realised and verified per month, forecast, alert and penalty of one contract;
        ?format=xlsx|pdf downloads the same report."""
        contract = self.get_object()
        return report_response(request, f"sroi-contract-{contract.external_key}",
                               lambda as_of: services.contract_report(contract.pk, as_of))


def _entries() -> Any:
    return Entry.objects.select_related("contract", "placement", "counterparty").prefetch_related("evidence")


@extend_schema_view(list=extend_schema(tags=TAGS), retrieve=extend_schema(tags=TAGS),
                    create=extend_schema(tags=TAGS), update=extend_schema(tags=TAGS),
                    partial_update=extend_schema(tags=TAGS), destroy=extend_schema(tags=TAGS))
class EntryViewSet(SroiViewMixin, RecordViewSet):
    """Fulfilment entries of a contract, valued by the contract's method; status moves only by
    POST …/transition/. Verified entries are locked (409 entry-locked)."""

    queryset = _entries()
    extra_problem_codes = {"transition": ("409", "428"), "evidence": ("400",), "partial_update": ("409",),
                           "update": ("409",), "destroy": ("409",)}
    problem_descriptions = {"409": "Stale version (version-conflict), a step the workflow does not allow "
                                   "(transition-refused) or a change to a verified entry (entry-locked)."}
    query_filters = (
        exact("contract", "contract_id", "integer", "Contract id."),
        exact("status", "status", "string", "Workflow status.", tuple(load_workflow().states)),
        exact("kind", "kind", "string", "Kind of entry.", tuple(ENTRY_KINDS)),
        exact("placement", "placement_id", "integer", "Registry placement id."),
    )
    ordering_fields = ["id", "period_start", "value_eur", "created_at", "updated_at"]

    def get_queryset(self) -> Any:
        if self.action in ("retrieve", "transition", "evidence"):
            return _entries().prefetch_related(Prefetch("events", EntryEvent.objects.order_by("at", "id")))
        return _entries()

    def get_serializer_class(self) -> type[BaseSerializer[Any]]:
        return SroiEntrySerializer if self.action == "list" else SroiEntryDetailSerializer

    def perform_write_create(self, data: dict[str, Any]) -> Model:
        return services.create_entry(data, actor=self.request.user)

    def perform_write_update(self, obj: Model, version: int, data: dict[str, Any], partial: bool) -> Model:
        return services.update_entry(obj.pk, version, data, actor=self.request.user)

    def perform_write_delete(self, obj: Model, version: int | None) -> None:
        services.delete_entry(obj.pk, version)

    def _render_detail(self, entry: Entry, code: int = status.HTTP_200_OK) -> Response:
        fresh = self.get_queryset().get(pk=entry.pk)
        response = Response(SroiEntryDetailSerializer(fresh).data, status=code)
        response["ETag"] = versions.etag(fresh.version)
        return response

    @extend_schema(tags=TAGS, request=SroiTransitionSerializer, responses=SroiEntryDetailSerializer,
                   parameters=[IF_MATCH], operation_id="sroi_entries_transition")
    @action(detail=True, methods=["post"])
    def transition(self, request: Request, pk: str | None = None) -> Response:
        """Move the entry to another status (data/sroi_workflow.toml): verify, reject (reason
        required), resubmit, reopen (reason required)."""
        entry = self.get_object()
        version = versions.expected_version(request)
        parsed = SroiTransitionSerializer(data=request.data)
        parsed.is_valid(raise_exception=True)
        moved = services.transition(entry.pk, parsed.validated_data["to"], version,
                                    parsed.validated_data.get("reason", ""), actor=request.user)
        return self._render_detail(moved)

    @extend_schema(tags=TAGS, request={"multipart/form-data": SroiEvidenceUploadSerializer},
                   responses={201: SroiEvidenceSerializer}, operation_id="sroi_entries_evidence")
    @action(detail=True, methods=["post"], parser_classes=[MultiPartParser, FormParser])
    def evidence(self, request: Request, pk: str | None = None) -> Response:
        """Attach a document (pdf, png, jpg, xlsx, docx; at most 10 MB); its sha256 is stored."""
        entry = self.get_object()
        upload = request.FILES.get("file")
        if upload is None:
            raise translate(services.EvidenceRefused("file", "required", _REQUIRED_FILE))
        data = read_limited(upload)
        document = services.add_evidence(entry.pk, str(request.data.get("document_type", "")),
                                         upload.name or "", data, actor=request.user)
        return Response(SroiEvidenceSerializer(document).data, status=status.HTTP_201_CREATED)


class WorkflowView(ApiMixin, APIView):
    """The entry workflow: states, transitions and what each requires."""

    schema = SroiSchema()
    access_policy = staticmethod(sroi_rule)

    @extend_schema(tags=TAGS, responses=SroiWorkflowSerializer, operation_id="sroi_workflow")
    def get(self, request: Request) -> Response:
        return Response(SroiWorkflowSerializer(load_workflow().as_dict()).data)


class GroupReportView(SroiViewMixin, ApiMixin, APIView):
    """All contracts of one supplier or buyer: totals, which will miss their target, penalties."""

    role = "supplier"
    extra_problem_codes = {"get": ("400",)}

    def get(self, request: Request, id: int) -> Any:
        build = services.supplier_report if self.role == "supplier" else services.buyer_report
        if not services.organisation_exists(id):
            raise ProblemError(404, "not-found", _NOT_FOUND)
        return report_response(request, f"sroi-{self.role}-{id}", lambda as_of: build(id, as_of))


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

