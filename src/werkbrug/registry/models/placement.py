from django.db import models

from werkbrug.domain import vocabulary
from werkbrug.domain.vocabulary import choices
from werkbrug.registry.models.base import VersionedModel
from werkbrug.registry.models.candidate import Candidate
from werkbrug.registry.models.organisation import Organisation
from werkbrug.registry.models.work import Work


class Placement(VersionedModel):
    """A person working on a work item. Never deleted with the person or the work (PROTECT)."""

    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="placements")
    work = models.ForeignKey(Work, on_delete=models.PROTECT, related_name="placements")
    kind = models.CharField(max_length=24, choices=choices(vocabulary.PLACEMENT_KINDS))
    employer_of_record = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="placements_as_employer",
        help_text="Who employs the person (the SOB or agency for a detachering).")
    inlener = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="placements_as_inlener",
        help_text="Who hires the person in; gets the Banenafspraak credit (Wfsv 38g lid 4).")
    hours_per_week = models.DecimalField(max_digits=4, decimal_places=1)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    end_reason = models.CharField(max_length=24, blank=True, choices=choices(vocabulary.END_REASONS))

    class Meta:
        ordering = ["-start_date", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(end_date__isnull=True)
                                   | models.Q(end_date__gte=models.F("start_date")),
                                   name="placement_period_order"),
        ]

    @property
    def credited_employer(self) -> Organisation:
        """The employer the Banenafspraak counts this job for: the inlener when there is one."""
        return self.inlener or self.employer_of_record
