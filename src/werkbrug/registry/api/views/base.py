"""Thin views: parse with a serializer, call api.writes (which calls services), render."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status, viewsets
from rest_framework.filters import OrderingFilter
from rest_framework.request import Request
from rest_framework.response import Response

from werkbrug.registry.api import guard, versions, writes
from werkbrug.registry.api.context import RequestContext
from werkbrug.registry.api.filters import DeclaredFilters, Filter, exact
from werkbrug.registry.api.schema import ProblemAutoSchema
from werkbrug.security import api as secured

IF_MATCH = OpenApiParameter(
    "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False,
    description='The version the change is based on, as the ETag of the GET: "3". '
                "Alternative to 'version' in the body.")


def external_key_filter() -> Filter:
    return exact("external_key", "external_key", "string", "Exact external key (the source system's key).")


class ApiMixin:
    """Authentication answer, authorisation (security.api.DecisionPermission with the view's
    ``access_policy``), per-request context and the problem-aware schema for every view."""

    schema = ProblemAutoSchema()
    permission_classes = [secured.DecisionPermission]
    access_policy: secured.Policy | None = None
    request: Request

    def get_authenticate_header(self, request: Request) -> str | None:
        # Ask for a token (401) rather than answering 403 to an anonymous client.
        for authenticator in self.get_authenticators():  # type: ignore[attr-defined]
            header = authenticator.authenticate_header(request)
            if header:
                return str(header)
        return None

    def get_request_context(self) -> RequestContext:
        return RequestContext(actor=self.request.user, organisation=None,
                              language=translation.get_language() or "nl")


class RecordViewSet(ApiMixin, viewsets.ModelViewSet):
    """CRUD on one registry kind with optimistic locking. Lists are scoped to what the actor may
    read, single objects outside the grant are 403, every record is reduced to the permitted
    field classes, writes are decided per field class and audited."""

    kind = ""
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]
    filter_backends = [DeclaredFilters, OrderingFilter]
    query_filters: tuple[Filter, ...] = ()
    ordering_fields: list[str] = ["id", "external_key", "created_at", "updated_at"]

    @property
    def access_policy(self) -> dict[str, secured.Rule]:  # type: ignore[override]
        return secured.record_policy(self.kind)

    def get_queryset(self) -> models.QuerySet[Any]:
        queryset = super().get_queryset()
        return secured.scoped(self.request, queryset) if self.action == "list" else queryset

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset())) or []
        data = self.get_serializer(page, many=True).data
        records = [(obj, secured.shown(request, self.kind, obj, row)) for obj, row in zip(page, data, strict=True)]
        secured.audit_reads(request, self.kind, records)
        return self.get_paginated_response([row for _, row in records])

    def _render(self, obj: models.Model, code: int = status.HTTP_200_OK) -> Response:
        fresh = self.get_queryset().get(pk=obj.pk)
        record = secured.shown(self.request, self.kind, fresh, self.get_serializer(fresh).data)
        if self.action == "retrieve":
            secured.audit_reads(self.request, self.kind, [(fresh, record)])
        response = Response(record, status=code)
        response["ETag"] = versions.etag(self.version_of(fresh))
        return response

    def _authorise_write(self, action: str, target: Any, data: dict[str, Any]) -> None:
        writes.to_domain(self.kind, data)  # unknown references are a 400 on the field, before deciding
        classes = secured.classes_of(self.kind, data)
        secured.decide(self.request, action, target, classes)
        if action == "update" and guard.moves(self.kind, data):
            secured.decide(self.request, action, guard.resource_from_data(self.kind, data), classes)

    def version_of(self, obj: models.Model) -> int:
        return int(obj.version)  # type: ignore[attr-defined]

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self._render(self.get_object())

    def _parse(self, partial: bool) -> dict[str, Any]:
        serializer = self.get_serializer(data=self.request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)

    def perform_write_create(self, data: dict[str, Any]) -> models.Model:
        return writes.create(self.kind, data, self.get_request_context())

    def perform_write_update(self, obj: models.Model, version: int, data: dict[str, Any],
                             partial: bool) -> models.Model:
        return writes.update(self.kind, obj, version, data, partial=partial,
                             context=self.get_request_context())

    def perform_write_delete(self, obj: models.Model, version: int | None) -> None:
        writes.delete(obj, version, self.get_request_context())

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = self._parse(partial=False)
        self._authorise_write("create", guard.resource_from_data(self.kind, data), data)
        created = self.perform_write_create(data)
        secured.audit_event(request, "create", self.kind, created)
        return self._render(created, status.HTTP_201_CREATED)

    @extend_schema(parameters=[IF_MATCH])
    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        partial = bool(kwargs.pop("partial", False))
        obj = self.get_object()
        version = versions.expected_version(request)
        data = self._parse(partial)
        self._authorise_write("update", obj, data)
        changed = self.perform_write_update(obj, version, data, partial)
        secured.audit_event(request, "update", self.kind, changed)
        return self._render(changed)

    @extend_schema(parameters=[IF_MATCH])
    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.update(request, *args, partial=True, **kwargs)

    @extend_schema(parameters=[IF_MATCH])
    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        obj = self.get_object()
        pk, subject = obj.pk, secured.subject_of(obj)
        self.perform_write_delete(obj, versions.if_match(request))
        secured.audit_event(request, "delete", self.kind, pk, subject_id=subject)
        return Response(status=status.HTTP_204_NO_CONTENT)
