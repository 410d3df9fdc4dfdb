"""Personal API tokens: only the sha256 of the token is stored; the token itself is shown once."""

from django.conf import settings
from django.db import models


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, help_text="what the token is for (no personal data)")
    key_hash = models.CharField(max_length=64, unique=True, help_text="sha256 of the token, hex")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", help_text="the functional administrator who issued it "
                                                                "(required for roles with two-factor authentication)")

    def __str__(self) -> str:
        return f"api token {self.pk}"
