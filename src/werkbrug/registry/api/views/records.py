"""The registry's own records: organisations, locations, candidates, work, tasks, placements."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Q, QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.serializers import BaseSerializer

from werkbrug.domain import vocabulary
from werkbrug.domain.identifiers import normalise_postcode
from werkbrug.registry.api import writes
from werkbrug.registry.api.filters import Filter, exact
from werkbrug.registry.api.serializers.candidates import (
    CandidateListSerializer,
    CandidateSerializer,
)
from werkbrug.registry.api.serializers.records import (
    LocationSerializer,
    OrganisationSerializer,
    PlacementSerializer,
    TaskSerializer,
    WorkSerializer,
)
from werkbrug.registry.api.views.base import RecordViewSet, external_key_filter
from werkbrug.registry.models import Candidate, Location, Organisation, Placement, Task, Work


def _postcode_prefix(field: str) -> Filter:
    def apply(qs: QuerySet[Any], value: str) -> QuerySet[Any]:
        prefix = value.replace(" ", "").upper()
        return qs.filter(**{f"{field}__startswith": normalise_postcode(prefix) or prefix})
    return Filter("postcode", "string", "Postcode prefix: '35' or '3511' or '3511 AB'.", apply)


def _region(lookup: str) -> Filter:
    return exact("arbeidsmarktregio", f"{lookup}__iexact", "string", "Arbeidsmarktregio (case-insensitive).")


def _available_on(qs: QuerySet[Any], day: date) -> QuerySet[Any]:
    # unavailable_until is the first day the person is available again ("niet beschikbaar tot").
    return qs.filter(Q(available_from__isnull=True) | Q(available_from__lte=day),
                     Q(unavailable_until__isnull=True) | Q(unavailable_until__lte=day))


def _doelgroep(qs: QuerySet[Any], category: str) -> QuerySet[Any]:
    today = date.today()
    return qs.filter(doelgroep__category=category, doelgroep__valid_from__lte=today).filter(
        Q(doelgroep__valid_to__isnull=True) | Q(doelgroep__valid_to__gte=today)).distinct()


def _active_on(qs: QuerySet[Any], day: date) -> QuerySet[Any]:
    return qs.filter(Q(end_date__isnull=True) | Q(end_date__gte=day), start_date__lte=day)


def _credited_employer(qs: QuerySet[Any], pk: int) -> QuerySet[Any]:
    return qs.filter(Q(inlener_id=pk) | Q(inlener__isnull=True, employer_of_record_id=pk))


@extend_schema_view(**{a: extend_schema(tags=["organisations"]) for a in
                       ("list", "retrieve", "create", "update", "partial_update", "destroy")})
class OrganisationViewSet(RecordViewSet):
    kind = "organisations"
    queryset = Organisation.objects.all()
    serializer_class = OrganisationSerializer
    query_filters = (
        external_key_filter(),
        exact("kind", "kind", "string", "Kind of organisation.", vocabulary.ORGANISATION_KINDS),
        exact("sector", "sector", "string", "Market or government.", vocabulary.SECTORS),
        _region("arbeidsmarktregio"),
        exact("kvk_number", "kvk_number", "string", "KvK number (8 digits)."),
        exact("name", "name__icontains", "string", "Part of the name (case-insensitive)."),
    )
    ordering_fields = [*RecordViewSet.ordering_fields, "name", "kind", "employees"]


@extend_schema_view(**{a: extend_schema(tags=["locations"]) for a in
                       ("list", "retrieve", "create", "update", "partial_update", "destroy")})
class LocationViewSet(RecordViewSet):
    kind = "locations"
    queryset = Location.objects.select_related("organisation")
    serializer_class = LocationSerializer
    query_filters = (
        external_key_filter(),
        exact("organisation", "organisation_id", "integer", "Organisation id."),
        _region("arbeidsmarktregio"),
        _postcode_prefix("postcode"),
    )
    ordering_fields = [*RecordViewSet.ordering_fields, "name", "place", "postcode"]


@extend_schema_view(**{a: extend_schema(tags=["candidates"]) for a in
                       ("retrieve", "create", "update", "partial_update", "destroy")},
                    list=extend_schema(tags=["candidates"], description=(
                        "Candidates; the BSN is shown masked (bsn_masked). The full BSN is only on "
                        "GET /candidates/{id}/.")))
class CandidateViewSet(RecordViewSet):
    kind = "candidates"
    queryset = Candidate.objects.select_related("organisation").prefetch_related("doelgroep", "certificates")
    query_filters = (
        external_key_filter(),
        exact("organisation", "organisation_id", "integer", "Id of the organisation whose caseload it is."),
        _region("arbeidsmarktregio"),
        _postcode_prefix("postcode"),
        exact("situation", "situation", "string", "Current situation.", vocabulary.SITUATIONS),
        Filter("available_on", "date", "Available on this day (available_from and unavailable_until).",
               _available_on),
        Filter("doelgroep", "string", "In the doelgroepregister today with this category.", _doelgroep,
               tuple(vocabulary.DOELGROEP_CATEGORIES)),
    )
    ordering_fields = [*RecordViewSet.ordering_fields, "family_name", "registered_on", "postcode",
                       "available_from"]

    def get_serializer_class(self) -> type[BaseSerializer[Any]]:
        return CandidateListSerializer if self.action == "list" else CandidateSerializer


@extend_schema_view(**{a: extend_schema(tags=["work"]) for a in
                       ("list", "retrieve", "create", "update", "partial_update", "destroy")})
class WorkViewSet(RecordViewSet):
    kind = "work"
    queryset = Work.objects.select_related("employer", "location", "executed_by").prefetch_related("tasks")
    serializer_class = WorkSerializer
    query_filters = (
        external_key_filter(),
        exact("employer", "employer_id", "integer", "Employer (organisation) id."),
        exact("location", "location_id", "integer", "Location id."),
        exact("status", "status", "string", "Status.", vocabulary.WORK_STATUSES),
        exact("kind", "kind", "string", "Kind of work.", vocabulary.WORK_KINDS),
        _region("location__arbeidsmarktregio"),
    )
    ordering_fields = [*RecordViewSet.ordering_fields, "title", "start_date", "hours_per_week", "status"]

    def perform_write_create(self, data: dict[str, Any]) -> Work:
        return writes.create_work(data, self.get_request_context())

    def perform_write_update(self, obj: Any, version: int, data: dict[str, Any], partial: bool) -> Work:
        return writes.update_work(obj, version, data, partial=partial, context=self.get_request_context())


@extend_schema_view(**{a: extend_schema(tags=["tasks"]) for a in
                       ("list", "retrieve", "create", "update", "partial_update", "destroy")})
class TaskViewSet(RecordViewSet):
    """Tasks of work items. A task has no version of its own: its work's version guards it,
    and every task change raises the work's version."""

    kind = "tasks"
    queryset = Task.objects.select_related("work")
    serializer_class = TaskSerializer
    query_filters = (exact("work", "work_id", "integer", "Work id."),
                     exact("key", "key", "string", "Task key (unique within a work item)."))
    ordering_fields = ["id", "sequence", "key", "name", "hours_per_week"]

    def version_of(self, obj: Any) -> int:
        return int(obj.work.version)

    def perform_write_create(self, data: dict[str, Any]) -> Task:
        return writes.create_task(data, self.get_request_context())

    def perform_write_update(self, obj: Any, version: int, data: dict[str, Any], partial: bool) -> Task:
        return writes.update_task(obj, version, data, partial=partial, context=self.get_request_context())

    def perform_write_delete(self, obj: Any, version: int | None) -> None:
        writes.delete_task(obj, version, self.get_request_context())


@extend_schema_view(**{a: extend_schema(tags=["placements"]) for a in
                       ("list", "retrieve", "create", "update", "partial_update", "destroy")})
class PlacementViewSet(RecordViewSet):
    kind = "placements"
    queryset = Placement.objects.select_related("candidate", "work", "employer_of_record", "inlener")
    serializer_class = PlacementSerializer
    query_filters = (
        external_key_filter(),
        exact("candidate", "candidate_id", "integer", "Candidate id."),
        exact("work", "work_id", "integer", "Work id."),
        Filter("active_on", "date", "Running on this day (start_date ≤ day ≤ end_date or open).", _active_on),
        Filter("employer", "integer", "Credited employer id: the inlener, or the employer of record "
                                      "when there is no inlener.", _credited_employer),
        exact("kind", "kind", "string", "Kind of placement.", vocabulary.PLACEMENT_KINDS),
    )
    ordering_fields = [*RecordViewSet.ordering_fields, "start_date", "end_date", "hours_per_week"]
