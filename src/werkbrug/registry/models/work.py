from django.db import models

from werkbrug.domain import vocabulary
from werkbrug.domain.vocabulary import choices
from werkbrug.registry.models.base import VersionedModel
from werkbrug.registry.models.organisation import Location, Organisation


class Work(VersionedModel):
    """A vacancy, carved role, learning place or SOB production order, made of tasks."""

    employer = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="work")
    location = models.ForeignKey(Location, on_delete=models.PROTECT, related_name="work")
    executed_by = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="executed_work",
        help_text="For production work: the social development company that does it.")
    kind = models.CharField(max_length=24, choices=choices(vocabulary.WORK_KINDS), default="vacancy")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    occupation = models.CharField(max_length=200, blank=True, help_text="ESCO occupation URI")
    sector = models.CharField(max_length=64, blank=True)
    hours_per_week = models.DecimalField(max_digits=4, decimal_places=1)
    contract_type = models.CharField(max_length=16, choices=choices(vocabulary.CONTRACT_TYPES), default="tijdelijk")
    places = models.PositiveSmallIntegerField(default=1)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=8, choices=choices(vocabulary.WORK_STATUSES), default="open")
    day_parts = models.JSONField(default=list, blank=True)
    wage_per_hour = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    cao = models.CharField(max_length=200, blank=True)
    has_internal_supervisor = models.BooleanField(default=False)
    accommodations_available = models.JSONField(default=list, blank=True, help_text="accommodation codes in place")
    contact_note = models.CharField(max_length=200, blank=True, help_text="Contact point for applicants")

    class Meta:
        ordering = ["-created_at", "id"]
        indexes = [models.Index(fields=["status", "employer"])]

    def __str__(self) -> str:
        return self.title


class Task(models.Model):
    """One task of a work item, with its FML demand profile. Part of the work: it goes with it."""

    work = models.ForeignKey(Work, on_delete=models.CASCADE, related_name="tasks")
    key = models.CharField(max_length=64, help_text="Unique within the work item")
    name = models.CharField(max_length=200)
    hours_per_week = models.DecimalField(max_digits=4, decimal_places=1)
    qualification_level = models.PositiveSmallIntegerField(
        default=1, help_text="mbo level needed: 0 none, 1 entree … 4; 5 = hbo or higher")
    fml_demand = models.JSONField(default=dict, blank=True)
    required_skills = models.JSONField(default=list, blank=True)
    required_certificates = models.JSONField(default=list, blank=True)
    day_part = models.CharField(max_length=8, blank=True, choices=choices(vocabulary.DAY_PARTS))
    sequence = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["work_id", "sequence", "id"]
        constraints = [models.UniqueConstraint(fields=["work", "key"], name="uniq_task_key")]

    def __str__(self) -> str:
        return self.name
