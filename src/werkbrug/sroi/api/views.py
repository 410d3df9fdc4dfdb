"""Thin views of the SROI ledger: parse, call werkbrug.sroi.services, render."""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Prefetch
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from werkbrug.domain.authorisation import Resource
from werkbrug.domain.errors import Message
from werkbrug.registry.api import versions
from werkbrug.registry.api.filters import exact
from werkbrug.registry.api.problems import ProblemError
from werkbrug.registry.api.views.base import IF_MATCH, RecordViewSet
from werkbrug.security import api as secured
from werkbrug.security.api import Rule, rule_for
from werkbrug.sroi import scoping, services
from werkbrug.sroi.api.downloads import (
    REPORT_PARAMETERS,
    REPORT_RESPONSES,
    ReportNegotiation,
    report_response,
)
from werkbrug.sroi.api.policy import policy
from werkbrug.sroi.api.schema import SroiSchema
from werkbrug.sroi.api.serializers import (
    SroiContractSerializer,
    SroiEntryDetailSerializer,
    SroiEntrySerializer,
    SroiEvidenceSerializer,
    SroiEvidenceUploadSerializer,
    SroiTransitionSerializer,
)
from werkbrug.sroi.evidence import evidence_download, read_limited
from werkbrug.sroi.models import ENTRY_KINDS, Contract, Entry, EntryEvent, Evidence
from werkbrug.sroi.workflow import load_workflow

TAGS = ["sroi"]
_REQUIRED_FILE = Message("een bestand is verplicht (multipart-veld 'file')",
                         "a file is required (multipart field 'file')")
_NO_DOCUMENT = Message("Dit bewijsstuk hoort niet bij deze opgave", "This document does not belong to this entry")


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


class SroiViewMixin:
    """The ledger's schema, report negotiation and error translation on top of the shared record
    handling (RecordViewSet: scoped lists, decided objects, audited writes). Objects are decided
    as werkbrug.sroi.scoping describes them for the rule's kind and action."""

    schema = SroiSchema()
    content_negotiation_class = ReportNegotiation
    kind = scoping.LEDGER
    request: Request

    def access_resource(self, obj: Model) -> Resource:
        rule = rule_for(self, self.request)
        assert rule is not None  # DecisionPermission refused a view without a rule
        return scoping.for_rule(obj, rule.kind, rule.action)

    def handle_exception(self, exc: Exception) -> Response:
        return super().handle_exception(translate(exc))  # type: ignore[misc, no-any-return]


@extend_schema_view(list=extend_schema(tags=TAGS), retrieve=extend_schema(tags=TAGS),
                    create=extend_schema(tags=TAGS), update=extend_schema(tags=TAGS),
                    partial_update=extend_schema(tags=TAGS), destroy=extend_schema(tags=TAGS))
class ContractViewSet(SroiViewMixin, RecordViewSet):
    """Contracts with a Social Return clause (buyer, supplier, obligation, method, terms)."""

    queryset = Contract.objects.select_related("buyer", "supplier")
    serializer_class = SroiContractSerializer
    access_policy = staticmethod(policy({  # type: ignore[assignment]
        "list": Rule(scoping.LEDGER, "read"),
        "retrieve": Rule(scoping.LEDGER, "read", on="object"),
        "report": Rule(scoping.LEDGER, "read", on="object"),
        "create": Rule(scoping.TERMS, "create"),
        "update": Rule(scoping.TERMS, "update", on="object"),
        "partial_update": Rule(scoping.TERMS, "update", on="object"),
        "destroy": Rule(scoping.TERMS, "delete", on="object"),
    }, reports=("report",)))
    extra_problem_codes = {"report": ("400",)}
    query_filters = (
        exact("external_key", "external_key", "string", "Contract number."),
        exact("buyer", "buyer_id", "integer", "Buyer organisation id."),
        exact("supplier", "supplier_id", "integer", "Supplier organisation id."),
        exact("method", "method", "string", "Valuation method id."),
    )
    ordering_fields = ["id", "external_key", "start_date", "end_date", "created_at", "updated_at"]

    def _authorise_write(self, action: str, target: Any, data: dict[str, Any]) -> None:
        """The buyer writes the terms; a change of buyer is decided for the new buyer too (a
        contract without a buyer is refused by the service, with a 400 on the field)."""
        if "buyer" in data:
            buyer = services.organisation(data["buyer"], "buyer")  # unknown: a 400 on the field first
            secured.decide(self.request, action, scoping.terms(buyer.pk))

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
                               lambda as_of: services.contract_report(contract.pk, as_of), contract)


def _entries() -> Any:
    return Entry.objects.select_related("contract", "placement", "counterparty").prefetch_related("evidence")


@extend_schema_view(list=extend_schema(tags=TAGS), retrieve=extend_schema(tags=TAGS),
                    create=extend_schema(tags=TAGS), update=extend_schema(tags=TAGS),
                    partial_update=extend_schema(tags=TAGS), destroy=extend_schema(tags=TAGS))
class EntryViewSet(SroiViewMixin, RecordViewSet):
    """Fulfilment entries of a contract, valued by the contract's method; status moves only by
    POST …/transition/. Verified entries are locked (409 entry-locked)."""

    queryset = _entries()
    access_policy = staticmethod(policy({  # type: ignore[assignment]
        "list": Rule(scoping.LEDGER, "read"),
        "retrieve": Rule(scoping.LEDGER, "read", on="object"),
        "create": Rule(scoping.LEDGER, "create"),
        "update": Rule(scoping.LEDGER, "update", on="object"),
        "partial_update": Rule(scoping.LEDGER, "update", on="object"),
        "destroy": Rule(scoping.LEDGER, "delete", on="object"),
        "evidence": Rule(scoping.LEDGER, "create", on="object"),
        # who may move it depends on the move (scoping.for_transition): decided in the action
        "transition": Rule(scoping.LEDGER, "read", on="object"),
        "document": Rule(scoping.LEDGER, "export", on="object", export=True),
    }))
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
        queryset = super().get_queryset()
        if self.action in ("retrieve", "transition", "evidence"):
            return queryset.prefetch_related(Prefetch("events", EntryEvent.objects.order_by("at", "id")))
        return queryset

    def _authorise_write(self, action: str, target: Any, data: dict[str, Any]) -> None:
        """Entries are the supplier's; a linked placement must be one the actor may read."""
        if action == "create":
            contract = services.contract_reference(data.get("contract"))
            secured.decide(self.request, action, scoping.fulfilment(contract))
        if data.get("placement") is not None:
            secured.decide(self.request, "read", services.placement_reference(data["placement"]))

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
        secured.decide(request, "update", scoping.for_transition(entry, parsed.validated_data["to"]))
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

    @extend_schema(tags=TAGS, responses={(200, "application/octet-stream"): OpenApiTypes.BINARY},
                   operation_id="sroi_entries_document")
    @action(detail=True, methods=["get"], url_path=r"evidence/(?P<document_id>[0-9]+)")
    def document(self, request: Request, pk: str | None = None, document_id: str = "") -> HttpResponse:
        """Download one evidence document (an audited export: X-Werkbrug-Purpose required)."""
        entry = self.get_object()
        document = Evidence.objects.filter(pk=int(document_id), entry=entry).first()
        if document is None:
            raise ProblemError(404, "not-found", _NO_DOCUMENT)
        secured.audit_event(request, "export", "sroi_evidence", document, subject_id=entry.candidate_id,
                            required=True)
        return evidence_download(document)
