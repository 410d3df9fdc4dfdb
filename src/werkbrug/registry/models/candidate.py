from django.conf import settings
from django.db import models

from werkbrug.domain import vocabulary
from werkbrug.domain.vocabulary import choices
from werkbrug.registry.models.base import VersionedModel
from werkbrug.registry.models.organisation import Organisation
from werkbrug.security.encrypted_fields import (
    BlindIndexField,
    EncryptedCharField,
    EncryptedJSONField,
    EncryptedTextField,
)


class Candidate(VersionedModel):
    """A person seeking work. Holds special-category data (BSN, FML): read through services only."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="candidates",
        help_text="The organisation (gemeente, UWV, WSP, SOB) whose caseload this person is in.")
    consultant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="caseload")
    given_name = models.CharField(max_length=100)
    family_name = models.CharField(max_length=100)
    # BSN and health fields are encrypted at rest (docs/security.md#key-management); the BSN is
    # looked up and kept unique through its blind index.
    bsn = EncryptedCharField(max_length=9, blind_index="bsn_index")
    bsn_index = BlindIndexField(source="bsn", unique=True)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=1, choices=choices(vocabulary.GENDERS), default="x")
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=20, blank=True)
    postcode = models.CharField(max_length=6)
    place = models.CharField(max_length=100)
    latitude = models.FloatField()
    longitude = models.FloatField()
    arbeidsmarktregio = models.CharField(max_length=64, blank=True, db_index=True)

    education_level = models.CharField(max_length=16, blank=True, choices=choices(vocabulary.EDUCATION_LEVELS))
    situation = models.CharField(max_length=32, choices=choices(vocabulary.SITUATIONS), default="uitkering")
    benefit = models.CharField(max_length=16, choices=choices(vocabulary.BENEFITS), default="geen")
    registered_on = models.DateField(help_text="Start of the search for work; waiting time counts from here.")

    # Functional capacity on the six FML rubrieken: {item code: {level, value}}; deviations only.
    fml_profile = EncryptedJSONField(default=dict, blank=True)
    fml_assessed_on = models.DateField(null=True, blank=True)
    skills = models.JSONField(default=list, blank=True, help_text="ESCO skill URIs")
    experience = models.JSONField(default=list, blank=True,
                                  help_text="[{occupation: ESCO URI, years: number}]")

    wish_sectors = models.JSONField(default=list, blank=True)
    wish_occupations = models.JSONField(default=list, blank=True, help_text="ESCO occupation URIs")
    wish_hours_min = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    wish_hours_max = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    wish_day_parts = models.JSONField(default=list, blank=True)
    max_travel_km = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    max_travel_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    travel_modes = models.JSONField(default=list, blank=True)
    driving_licence = models.BooleanField(default=False)

    needs_jobcoach = models.BooleanField(default=False)
    needed_accommodations = EncryptedJSONField(default=list, blank=True, help_text="accommodation codes")
    support_notes = EncryptedTextField(blank=True)

    available_from = models.DateField(null=True, blank=True)
    unavailable_until = models.DateField(null=True, blank=True)
    unavailable_reason = EncryptedCharField(max_length=200, blank=True)
    profile_reviewed_on = models.DateField(null=True, blank=True)

    # Dual consent: an anonymised profile is shown to employers only when both are on.
    visible_by_candidate = models.BooleanField(default=False)
    visible_by_consultant = models.BooleanField(default=False)

    class Meta:
        ordering = ["family_name", "given_name", "id"]
        indexes = [models.Index(fields=["organisation", "family_name"])]

    def __str__(self) -> str:
        return f"kandidaat {self.external_key}"  # never the name: __str__ ends up in logs


class DoelgroepRegistration(models.Model):
    """A period in which the person is in the doelgroepregister (Wfsv art. 38b)."""

    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="doelgroep")
    category = models.CharField(max_length=32, choices=choices(vocabulary.DOELGROEP_CATEGORIES))
    valid_from = models.DateField()
    valid_to = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["candidate_id", "valid_from"]
        constraints = [
            models.CheckConstraint(condition=models.Q(valid_to__isnull=True)
                                   | models.Q(valid_to__gte=models.F("valid_from")),
                                   name="doelgroep_period_order"),
        ]


class Certificate(models.Model):
    """A praktijkverklaring, mbo-certificaat, diploma or industry certificate the person holds."""

    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="certificates")
    kind = models.CharField(max_length=24, choices=choices(vocabulary.CERTIFICATE_KINDS))
    code = models.CharField(max_length=64, help_text="crebo code or certificate code (e.g. VCA)")
    name = models.CharField(max_length=200)
    issued_on = models.DateField(null=True, blank=True)
    issuer = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["candidate_id", "kind", "code"]
        constraints = [models.UniqueConstraint(fields=["candidate", "code"], name="uniq_certificate_code")]
