"""Personal accounts: Django's user plus what Werkbrug needs around it."""

from django.conf import settings
from django.db import models

from werkbrug.domain.authorisation import default_policy


def role_choices() -> list[tuple[str, str]]:
    return [(code, role.label.nl) for code, role in default_policy().roles.items()]


class Membership(models.Model):
    """A role in an organisation (the tenant); optionally limited to the own caseload."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey("registry.Organisation", on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(max_length=32, choices=role_choices)
    caseload_only = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "organisation", "role"], name="uniq_membership")]

    def __str__(self) -> str:
        return f"membership {self.pk} ({self.role})"


class TotpDevice(models.Model):
    """The TOTP secret of a user; confirmed once a first code was entered."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="totp")
    secret = models.CharField(max_length=64)
    confirmed = models.BooleanField(default=False)
    last_used_step = models.BigIntegerField(null=True, blank=True)

    def __str__(self) -> str:
        return f"totp device {self.pk}"


class LoginFailure(models.Model):
    """One failed attempt; counted per account and per IP address for lockout and throttling."""

    username_key = models.CharField(max_length=64, db_index=True, help_text="HMAC of the user name, not the name")
    ip = models.GenericIPAddressField(null=True, db_index=True)
    at = models.DateTimeField(db_index=True)


class UserSession(models.Model):
    """The sessions of a user, so that deactivation and logout-everywhere can end them all."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="werkbrug_sessions")
    session_key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)


class OidcIdentity(models.Model):
    """Links an identity provider's subject (issuer + sub, never the e-mail) to an account."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="oidc_identities")
    issuer = models.CharField(max_length=255)
    subject = models.CharField(max_length=255)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issuer", "subject"], name="uniq_oidc_subject")]
