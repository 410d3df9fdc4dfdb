"""Organisations, locations, work (with tasks), tasks and placements."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from werkbrug.domain import vocabulary
from werkbrug.registry.api.fields import FmlProfileField, codes, uris
from werkbrug.registry.api.serializers.base import RecordSerializer, VersionField, ref, ref_key
from werkbrug.registry.models import Location, Organisation, Placement, Task, Work

META = ["id", "version", "created_at", "updated_at"]


class OrganisationSerializer(RecordSerializer):
    kind = "organisations"
    version = VersionField()

    class Meta:
        model = Organisation
        fields = [*META, "external_key", "name", "kind", "kvk_number", "sector", "arbeidsmarktregio",
                  "employees", "verloonde_uren_per_year", "pso_trede"]
        validators: list[Any] = []
        extra_kwargs = {"external_key": {"validators": []}}


class LocationSerializer(RecordSerializer):
    kind = "locations"
    version = VersionField()
    organisation = ref("organisation")
    organisation_key = ref_key("organisation")

    class Meta:
        model = Location
        fields = [*META, "external_key", "organisation", "organisation_key", "name", "postcode", "place",
                  "latitude", "longitude", "arbeidsmarktregio"]
        validators: list[Any] = []
        extra_kwargs = {"external_key": {"validators": []}}


TASK_FIELDS = ["key", "name", "hours_per_week", "qualification_level", "fml_demand", "required_skills",
               "required_certificates", "day_part", "sequence"]


class WorkTaskSerializer(RecordSerializer):
    """A task as part of its work item (no own version: the work's version guards it)."""

    kind = "tasks"
    fml_demand = FmlProfileField(required=False)
    required_skills = uris()
    required_certificates = codes()

    class Meta:
        model = Task
        fields = ["id", *TASK_FIELDS]
        validators: list[Any] = []


class TaskSerializer(WorkTaskSerializer):
    version = VersionField(via="work")
    work = ref("work")
    work_key = ref_key("work")

    class Meta(WorkTaskSerializer.Meta):
        fields = ["id", "version", "work", "work_key", *TASK_FIELDS]


class WorkSerializer(RecordSerializer):
    kind = "work"
    version = VersionField()
    employer = ref("employer (organisation)")
    employer_key = ref_key("employer")
    location = ref("location")
    location_key = ref_key("location")
    executed_by = ref("executing SOB (organisation)", allow_null=True)
    executed_by_key = ref_key("executed_by")
    day_parts = codes(vocabulary.DAY_PARTS)
    accommodations_available = codes()
    tasks = WorkTaskSerializer(many=True, required=False, help_text=(
        "The work's tasks. When sent, the list replaces the stored tasks (matched by key; "
        "tasks left out are removed). When omitted, tasks stay as they are."))

    class Meta:
        model = Work
        fields = [*META, "external_key", "employer", "employer_key", "location", "location_key",
                  "executed_by", "executed_by_key", "kind", "title", "description", "occupation",
                  "sector", "hours_per_week", "contract_type", "places", "start_date", "end_date",
                  "status", "day_parts", "wage_per_hour", "cao", "has_internal_supervisor",
                  "accommodations_available", "contact_note", "tasks"]
        validators: list[Any] = []
        extra_kwargs = {"external_key": {"validators": []}}


class PlacementSerializer(RecordSerializer):
    kind = "placements"
    version = VersionField()
    candidate = ref("candidate")
    candidate_key = ref_key("candidate")
    work = ref("work")
    work_key = ref_key("work")
    employer_of_record = ref("employer of record (organisation)")
    employer_of_record_key = ref_key("employer_of_record")
    inlener = ref("inlener (organisation)", allow_null=True)
    inlener_key = ref_key("inlener")
    credited_employer = serializers.IntegerField(
        source="credited_employer.pk", read_only=True,
        help_text="Who the Banenafspraak counts this job for: the inlener if any, else the employer of record.")

    class Meta:
        model = Placement
        fields = [*META, "external_key", "candidate", "candidate_key", "work", "work_key", "kind",
                  "employer_of_record", "employer_of_record_key", "inlener", "inlener_key",
                  "credited_employer", "hours_per_week", "start_date", "end_date", "end_reason"]
        validators: list[Any] = []
        extra_kwargs = {"external_key": {"validators": []}}
