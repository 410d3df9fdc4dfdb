"""Common columns: an external key for re-imports, a version for optimistic locking, timestamps."""

from django.db import models


class VersionedModel(models.Model):
    """Updated only through services.versioning, which refuses stale versions."""

    external_key = models.CharField(
        max_length=64, unique=True,
        help_text="Stable key from the source system; re-importing the same key updates, never duplicates.")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
