"""Profiles received through VUM, kept as validated JSON until a matching step uses them."""

from django.db import models


class VumProfile(models.Model):
    kind = models.CharField(max_length=24, choices=[("werkzoekendeprofiel", "werkzoekendeprofiel"),
                                                    ("vacatureprofiel", "vacatureprofiel")])
    profile_id = models.CharField(max_length=64)
    payload = models.JSONField()
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "profile_id"], name="vum_profile_unique")]

    def __str__(self) -> str:
        return f"{self.kind} {self.profile_id}"
