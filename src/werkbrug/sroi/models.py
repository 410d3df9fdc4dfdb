"""Stored Social Return ledger: contracts, fulfilment entries, their history and evidence.

Writes go through werkbrug.sroi.services (validation, valuation, optimistic locking, history)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.deconstruct import deconstructible

from werkbrug.domain.sroi.obligation import BASES
from werkbrug.registry.models import Candidate, Organisation, Placement

ENTRY_KINDS = {
    "placement": "Plaatsing / Placement (registry placement)",
    "bbl": "BBL-plaats / Work-based learning place",
    "stage": "Stageplaats / Internship place",
    "purchase": "Inkoop bij SW-bedrijf of sociale onderneming / Purchase from a social company",
    "activity": "Maatschappelijke activiteit / Social activity (hours or days × rate)",
    "costs": "Opleidings-, begeleidings- of projectkosten / Training, coaching or project costs",
    "pso_discount": "PSO-korting / PSO discount (contract term)",
}
PLACEMENT_KINDS = ("placement", "bbl", "stage")
DOCUMENT_TYPES = {
    "invoice": "Factuur / Invoice",
    "employment_contract": "Arbeidsovereenkomst / Employment contract",
    "payslip": "Loonstrook / Payslip",
    "attendance": "Presentielijst / Attendance list",
    "certificate": "Certificaat (o.a. PSO) / Certificate (e.g. PSO)",
    "other": "Anders / Other",
}


@deconstructible
class EvidenceStorage(FileSystemStorage):
    """Files under settings.DATA_DIR/evidence, read at use so that tests can move DATA_DIR."""

    @property  # type: ignore[override]
    def base_location(self) -> Path:
        return Path(settings.DATA_DIR) / "evidence"

    @property  # type: ignore[override]
    def location(self) -> str:
        return str(self.base_location.resolve())

    @property  # type: ignore[override]
    def base_url(self) -> None:
        return None  # never served directly: evidence is personal data


class Contract(models.Model):
    """A procurement contract with a Social Return clause (rules-nl.md 3.1)."""

    external_key = models.CharField(max_length=64, unique=True, help_text="Contract number of the buyer.")
    name = models.CharField(max_length=200)
    buyer = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="sroi_contracts_as_buyer")
    supplier = models.ForeignKey(Organisation, on_delete=models.PROTECT,
                                 related_name="sroi_contracts_as_supplier")
    contract_value_eur = models.DecimalField(max_digits=14, decimal_places=2)
    sroi_percentage = models.DecimalField(max_digits=5, decimal_places=2)
    base = models.CharField(max_length=16, choices=[(b, b) for b in BASES], default="contract_value")
    wage_sum_eur = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True,
                                       help_text="The loonsom, when the base is the wage sum.")
    start_date = models.DateField()
    end_date = models.DateField()
    method = models.CharField(max_length=64, help_text="Valuation method id (data/sroi/<id>.toml).")
    pso_discount_percent = models.DecimalField(max_digits=5, decimal_places=2, default=0)
    penalty_factor = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True,
                                         help_text="Deduction = unrealised part × factor; empty: no penalty terms.")
    herstelperiode_days = models.PositiveIntegerField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["start_date", "id"]
        constraints = [models.CheckConstraint(condition=models.Q(end_date__gte=models.F("start_date")),
                                              name="sroi_contract_period_order")]

    def __str__(self) -> str:
        return f"SROI-contract {self.external_key}"


class Entry(models.Model):
    """One fulfilment entry of a contract, valued by the contract's method when saved."""

    contract = models.ForeignKey(Contract, on_delete=models.PROTECT, related_name="entries")
    kind = models.CharField(max_length=16, choices=list(ENTRY_KINDS.items()))
    status = models.CharField(max_length=16, default="submitted")
    category = models.CharField(max_length=64, blank=True)
    category_overridden = models.BooleanField(default=False)
    placement = models.ForeignKey(Placement, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="sroi_entries")
    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="sroi_entries")
    counterparty = models.ForeignKey(Organisation, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="sroi_entries_as_counterparty",
                                     help_text="The SW-bedrijf or sociale onderneming a purchase was made from.")
    period_start = models.DateField()
    period_end = models.DateField(null=True, blank=True)
    hours_per_week = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    permanent_contract = models.BooleanField(null=True, blank=True)
    flags = models.JSONField(default=list, blank=True)
    amount_eur = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    invoice_reference = models.CharField(max_length=64, blank=True)
    hours = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    days = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    rate_eur = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    description = models.CharField(max_length=500, blank=True)
    value_eur = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    valuation = models.JSONField(default=dict, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["contract_id", "period_start", "id"]
        verbose_name = "SROI-opgave / SROI entry"
        constraints = [models.CheckConstraint(condition=models.Q(period_end__isnull=True)
                                              | models.Q(period_end__gte=models.F("period_start")),
                                              name="sroi_entry_period_order")]

    def __str__(self) -> str:
        return f"SROI-opgave {self.pk}"


class EntryEvent(models.Model):
    """History: one row per creation, change and transition, written by the service."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+")
    action = models.CharField(max_length=16)  # created | changed | transition | evidence
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16, blank=True)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["entry_id", "at", "id"]


class Evidence(models.Model):
    """A document that supports an entry; stored under DATA_DIR/evidence with its sha256."""

    entry = models.ForeignKey(Entry, on_delete=models.PROTECT, related_name="evidence")
    document_type = models.CharField(max_length=32, choices=list(DOCUMENT_TYPES.items()))
    file = models.FileField(storage=EvidenceStorage(), upload_to="%Y/%m/")
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+")

    class Meta:
        ordering = ["entry_id", "uploaded_at", "id"]
