"""One loonwaarde measurement of a placement (uniform method, Besluit LKS Pw 2021).

Changed only through werkbrug.loonwaarde.services, which validates with the pure core and enforces
that a report is final only after both zienswijzen (rules-nl.md 8.1)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from werkbrug.registry.models import Placement

STATUSES = [("draft", "draft"), ("final", "final")]
ZIENSWIJZE = [("pending", "pending"), ("recorded", "recorded"), ("waived", "waived")]
DEGREES = [("hbo", "hbo"), ("wo", "wo"), ("equivalent", "equivalent")]


class LoonwaardeMeasurement(models.Model):
    placement = models.ForeignKey(Placement, on_delete=models.PROTECT, related_name="loonwaarde_measurements")
    status = models.CharField(max_length=8, choices=STATUSES, default="draft")
    measured_on = models.DateField()
    reassess_on = models.DateField(null=True, blank=True, help_text="Planned re-assessment (the college decides).")
    contract_hours = models.DecimalField(max_digits=5, decimal_places=2)
    # the normfunctie (art. 1): the job of an average employee outside the doelgroep closest to the work
    normfunctie_name = models.CharField(max_length=200)
    normfunctie_source = models.CharField(max_length=200, blank=True, help_text="cao or bedrijfsreglement")
    normloon_hourly = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    fulltime_hours = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    # up to five hoofdtaken in the JSON shape of `werkbrug calc loonwaarde` (numbers as strings)
    hoofdtaken = models.JSONField(default=list)
    # the loonwaardedeskundige and the qualification of Regeling LKS Pw 2021 art. 3
    deskundige_name = models.CharField(max_length=200)
    deskundige_organisation = models.CharField(max_length=200, blank=True)
    deskundige_degree = models.CharField(max_length=12, choices=DEGREES, blank=True)
    deskundige_years_experience = models.PositiveSmallIntegerField(default=0)
    deskundige_knows_law = models.BooleanField(default=False)
    deskundige_keeps_current = models.BooleanField(default=False)
    # the zienswijze of each party (art. 3): recorded, explicitly waived, or still pending
    employee_zienswijze = models.CharField(max_length=8, choices=ZIENSWIJZE, default="pending")
    employee_zienswijze_text = models.TextField(blank=True)
    employee_zienswijze_on = models.DateField(null=True, blank=True)
    employer_zienswijze = models.CharField(max_length=8, choices=ZIENSWIJZE, default="pending")
    employer_zienswijze_text = models.TextField(blank=True)
    employer_zienswijze_on = models.DateField(null=True, blank=True)
    # the outcome as computed when saved, with the combination rule that produced it
    combination_rule = models.CharField(max_length=64)
    loonwaarde_pct = models.PositiveSmallIntegerField()
    unrounded_pct = models.DecimalField(max_digits=7, decimal_places=3)
    finalised_at = models.DateTimeField(null=True, blank=True)
    finalised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+")
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-measured_on", "-id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(loonwaarde_pct__lte=100), name="loonwaarde_pct_at_most_100"),
            models.CheckConstraint(condition=models.Q(status="draft") | models.Q(finalised_at__isnull=False),
                                   name="loonwaarde_final_has_date"),
        ]

    def __str__(self) -> str:
        return f"loonwaarde {self.pk} ({self.status})"
