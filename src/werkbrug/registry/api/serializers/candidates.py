"""Candidates. The list shows the BSN masked; the full BSN only on a single candidate."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from werkbrug.domain import vocabulary
from werkbrug.registry.api.fields import FmlProfileField, MaskedBsnField, codes, uris
from werkbrug.registry.api.serializers.base import RecordSerializer, VersionField, ref, ref_key
from werkbrug.registry.models import Candidate, Certificate, DoelgroepRegistration


class DoelgroepSerializer(serializers.ModelSerializer):
    class Meta:
        model = DoelgroepRegistration
        fields = ["category", "valid_from", "valid_to"]
        read_only_fields = fields


class CertificateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Certificate
        fields = ["kind", "code", "name", "issued_on", "issuer"]
        read_only_fields = fields


CANDIDATE_FIELDS = [
    "id", "version", "created_at", "updated_at", "external_key", "organisation", "organisation_key",
    "given_name", "family_name", "bsn_masked", "date_of_birth", "gender", "email", "phone", "postcode",
    "place", "latitude", "longitude", "arbeidsmarktregio", "education_level", "situation", "benefit",
    "registered_on", "doelgroep", "certificates", "fml_profile", "fml_assessed_on", "skills", "experience",
    "wish_sectors", "wish_occupations", "wish_hours_min", "wish_hours_max", "wish_day_parts",
    "max_travel_km", "max_travel_minutes", "travel_modes", "driving_licence", "needs_jobcoach",
    "needed_accommodations", "available_from", "unavailable_until", "unavailable_reason",
    "profile_reviewed_on", "visible_by_candidate", "visible_by_consultant",
]


class CandidateListSerializer(RecordSerializer):
    """A candidate in a list: the BSN only masked."""

    kind = "candidates"
    version = VersionField()
    organisation = ref("organisation")
    organisation_key = ref_key("organisation")
    bsn_masked = MaskedBsnField(help_text="Last four digits of the BSN, e.g. '*****2333'.")
    doelgroep = DoelgroepSerializer(many=True, read_only=True, help_text=(
        "Doelgroepregister periods (read-only here; maintained through the import)."))
    certificates = CertificateSerializer(many=True, read_only=True)
    fml_profile = FmlProfileField(required=False)
    skills = uris()
    experience = serializers.JSONField(read_only=True, help_text="[{occupation: ESCO URI, years}]")
    wish_sectors = codes()
    wish_occupations = uris()
    wish_day_parts = codes(vocabulary.DAY_PARTS)
    travel_modes = codes(vocabulary.TRAVEL_MODES)
    needed_accommodations = codes()

    class Meta:
        model = Candidate
        fields = CANDIDATE_FIELDS
        validators: list[Any] = []
        extra_kwargs = {"external_key": {"validators": []}}


class CandidateSerializer(CandidateListSerializer):
    """One candidate, with the full BSN (to be limited by role in the security issue)."""

    class Meta(CandidateListSerializer.Meta):
        fields = [*CANDIDATE_FIELDS[:9], "bsn", *CANDIDATE_FIELDS[9:]]
        extra_kwargs = {"external_key": {"validators": []}, "bsn": {"validators": []}}
