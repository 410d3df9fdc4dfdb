from django.conf import settings
from django.db import models


class DataSharingAgreement(models.Model):
    """An explicit, recorded agreement: the provider shares its candidates' data of these field
    classes with the recipient, for a purpose, in a period. Without one, tenants see nothing of each other."""

    provider = models.ForeignKey("registry.Organisation", on_delete=models.PROTECT, related_name="sharing_given")
    recipient = models.ForeignKey("registry.Organisation", on_delete=models.PROTECT, related_name="sharing_received")
    field_classes = models.JSONField(help_text="field classes shared, e.g. ['identifying', 'pseudonymised']")
    purpose = models.CharField(max_length=32)
    reference = models.CharField(max_length=200, help_text="the signed agreement (number or document reference)")
    valid_from = models.DateField()
    valid_to = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)


class Introduction(models.Model):
    """A candidate introduced to an employer. Until the candidate agreed, the employer sees the
    pseudonymised profile only; consent can be withdrawn."""

    candidate = models.ForeignKey("registry.Candidate", on_delete=models.CASCADE, related_name="introductions")
    organisation = models.ForeignKey("registry.Organisation", on_delete=models.PROTECT, related_name="introductions")
    work = models.ForeignKey("registry.Work", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    proposed_at = models.DateTimeField(auto_now_add=True)
    candidate_consent_at = models.DateTimeField(null=True, blank=True)
    consent_withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["candidate", "organisation", "work"], name="uniq_introduction")]

    @property
    def consented(self) -> bool:
        return self.candidate_consent_at is not None and self.consent_withdrawn_at is None


class DeletionRecord(models.Model):
    """That something was erased or anonymised, when, why and under which rule — without content."""

    data_set = models.CharField(max_length=32)
    record_ref = models.CharField(max_length=32, help_text="pseudonym of the erased record, never its key")
    action = models.CharField(max_length=16)
    reason = models.CharField(max_length=32, help_text="retention rule or 'request'")
    rule_valid_from = models.DateField(null=True, blank=True)
    deleted_on = models.DateField()
    counts = models.JSONField(default=dict, help_text="rows removed per table")
