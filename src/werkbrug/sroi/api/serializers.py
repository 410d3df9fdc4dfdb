"""Parse and render the SROI ledger; the service layer judges the values (bilingual errors)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from werkbrug.domain.sroi.loader import load_methods
from werkbrug.domain.sroi.obligation import BASES
from werkbrug.registry.api.serializers.base import VersionField, ref, ref_key
from werkbrug.sroi.models import DOCUMENT_TYPES, ENTRY_KINDS
from werkbrug.sroi.valuing import gross_obligation
from werkbrug.sroi.workflow import load_workflow


def money(**kwargs: Any) -> serializers.DecimalField:
    return serializers.DecimalField(max_digits=14, decimal_places=2, required=False, **kwargs)


class SroiContractSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    external_key = serializers.CharField(max_length=64, required=False, help_text="Contract number.")
    name = serializers.CharField(max_length=200, required=False)
    buyer = ref("buyer (organisation)")
    buyer_key = ref_key("buyer")
    supplier = ref("supplier (organisation)")
    supplier_key = ref_key("supplier")
    contract_value_eur = money()
    sroi_percentage = serializers.DecimalField(max_digits=5, decimal_places=2, required=False)
    base = serializers.ChoiceField(choices=list(BASES), required=False,
                                   help_text="What the percentage is taken of.")
    wage_sum_eur = money(allow_null=True, help_text="The loonsom; required when base is wage_sum.")
    start_date = serializers.DateField(required=False)
    end_date = serializers.DateField(required=False)
    method = serializers.ChoiceField(choices=sorted(load_methods()), required=False,
                                     help_text="Valuation method (bouwblokken) id; the table in force on "
                                               "start_date values the whole contract.")
    pso_discount_percent = serializers.DecimalField(max_digits=5, decimal_places=2, required=False)
    penalty_factor = serializers.DecimalField(max_digits=5, decimal_places=2, required=False, allow_null=True,
                                              help_text="Deduction = unrealised part × factor; null: none.")
    herstelperiode_days = serializers.IntegerField(required=False, allow_null=True, min_value=0, max_value=3650)
    obligation_eur = serializers.SerializerMethodField()
    version = VersionField()
    created_at = serializers.DateTimeField(read_only=True)
    updated_at = serializers.DateTimeField(read_only=True)

    def get_obligation_eur(self, contract: Any) -> str:
        return str(gross_obligation(contract))


class SroiEvidenceSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    document_type = serializers.CharField(read_only=True)
    original_name = serializers.CharField(read_only=True)
    content_type = serializers.CharField(read_only=True)
    size = serializers.IntegerField(read_only=True)
    sha256 = serializers.CharField(read_only=True)
    uploaded_at = serializers.DateTimeField(read_only=True)


class SroiEventSerializer(serializers.Serializer):
    at = serializers.DateTimeField(read_only=True)
    action = serializers.CharField(read_only=True)
    from_status = serializers.CharField(read_only=True)
    to_status = serializers.CharField(read_only=True)
    reason = serializers.CharField(read_only=True)
    actor = serializers.IntegerField(source="actor_id", read_only=True, allow_null=True)


@extend_schema_field({"type": "object", "additionalProperties": True,
                      "description": "How the value was computed: formula, table, counted months, "
                                     "bonuses, caveats and the value per month (accrual)."})
class ValuationField(serializers.JSONField):
    pass


class SroiEntrySerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    contract = ref("contract")
    contract_key = ref_key("contract")
    kind = serializers.CharField(max_length=16, required=False,
                                 help_text="One of: " + ", ".join(ENTRY_KINDS) + " (docs/sroi.md, Ledger).")
    status = serializers.CharField(read_only=True, help_text="Moved only by POST …/transition/.")
    category = serializers.CharField(max_length=64, required=False, allow_blank=True,
                                     help_text="Bouwblok id; empty: from the candidate (docs/sroi.md).")
    category_overridden = serializers.BooleanField(read_only=True)
    placement = ref("registry placement", allow_null=True)
    placement_key = ref_key("placement")
    candidate = serializers.IntegerField(source="candidate_id", read_only=True, allow_null=True)
    counterparty = ref("SW-bedrijf or sociale onderneming (purchases)", allow_null=True)
    counterparty_key = ref_key("counterparty")
    period_start = serializers.DateField(required=False, allow_null=True)
    period_end = serializers.DateField(required=False, allow_null=True)
    hours_per_week = serializers.DecimalField(max_digits=4, decimal_places=1, required=False, allow_null=True)
    age = serializers.IntegerField(required=False, allow_null=True, min_value=0, max_value=120)
    permanent_contract = serializers.BooleanField(required=False, allow_null=True)
    flags = serializers.ListField(child=serializers.CharField(max_length=64), required=False)
    amount_eur = money(allow_null=True, help_text="Invoice value excl. btw (purchase, costs).")
    invoice_reference = serializers.CharField(max_length=64, required=False, allow_blank=True)
    hours = serializers.DecimalField(max_digits=9, decimal_places=2, required=False, allow_null=True)
    days = serializers.DecimalField(max_digits=7, decimal_places=2, required=False, allow_null=True)
    rate_eur = serializers.DecimalField(max_digits=9, decimal_places=2, required=False, allow_null=True)
    description = serializers.CharField(max_length=500, required=False, allow_blank=True)
    value_eur = serializers.DecimalField(max_digits=14, decimal_places=2, read_only=True)
    valuation = ValuationField(read_only=True)
    evidence = SroiEvidenceSerializer(many=True, read_only=True)
    version = VersionField()
    created_at = serializers.DateTimeField(read_only=True)
    updated_at = serializers.DateTimeField(read_only=True)


class SroiEntryDetailSerializer(SroiEntrySerializer):
    events = SroiEventSerializer(many=True, read_only=True)


class SroiTransitionSerializer(serializers.Serializer):
    to = serializers.ChoiceField(choices=list(load_workflow().states))
    version = serializers.IntegerField(required=False, min_value=1)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000,
                                   help_text="Required to reject or reopen.")


class SroiEvidenceUploadSerializer(serializers.Serializer):
    document_type = serializers.ChoiceField(choices=list(DOCUMENT_TYPES))
    file = serializers.FileField(help_text="pdf, png, jpg, xlsx or docx; at most 10 MB.")


class SroiWorkflowStateSerializer(serializers.Serializer):
    code = serializers.CharField()
    label_nl = serializers.CharField()
    label_en = serializers.CharField()
    counts = serializers.BooleanField()
    verified = serializers.BooleanField()
    editable = serializers.BooleanField()
    next = serializers.ListField(child=serializers.CharField())


class SroiWorkflowTransitionSerializer(serializers.Serializer):
    from_states = serializers.ListField(child=serializers.CharField())
    to = serializers.CharField()
    requires = serializers.ListField(child=serializers.CharField())
    label_nl = serializers.CharField()
    label_en = serializers.CharField()


class SroiWorkflowSerializer(serializers.Serializer):
    version = serializers.CharField()
    valid_from = serializers.CharField()
    source = serializers.CharField()
    initial = serializers.CharField()
    states = SroiWorkflowStateSerializer(many=True)
    transitions = SroiWorkflowTransitionSerializer(many=True)
