"""The append-only audit trail. Written only by werkbrug.security.audit.record through the
separate "audit" database alias, so rows survive a rolled-back business transaction.
No foreign keys: the trail must outlive what it talks about (and may live in its own database)."""

from django.db import models


class AuditEvent(models.Model):
    sequence = models.BigIntegerField(unique=True)
    occurred_at = models.DateTimeField(db_index=True)
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_label = models.CharField(max_length=64, blank=True, help_text="account pseudonym, never a name")
    organisation_id = models.BigIntegerField(null=True, blank=True)
    action = models.CharField(max_length=32)
    object_type = models.CharField(max_length=32, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    subject_id = models.BigIntegerField(null=True, blank=True, db_index=True,
                                        help_text="the candidate the event is about (for inzageverzoeken)")
    result = models.CharField(max_length=16)
    origin = models.CharField(max_length=64, blank=True, help_text="IP address or 'cli'")
    purpose = models.CharField(max_length=32)
    explanation = models.CharField(max_length=500, blank=True)
    previous_hash = models.CharField(max_length=64, unique=True)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["sequence"]

    def __str__(self) -> str:
        return f"audit {self.sequence} {self.action} {self.result}"
