from django.db import models

from werkbrug.domain import vocabulary
from werkbrug.domain.vocabulary import choices
from werkbrug.registry.models.base import VersionedModel


class Organisation(VersionedModel):
    """A gemeente, UWV, WSP, sociaal ontwikkelbedrijf, employer or social enterprise.
    It is also the tenant that grants and caseloads are scoped to."""

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=32, choices=choices(vocabulary.ORGANISATION_KINDS))
    kvk_number = models.CharField(max_length=8, blank=True, db_index=True)
    sector = models.CharField(max_length=16, choices=choices(vocabulary.SECTORS), default="markt")
    arbeidsmarktregio = models.CharField(max_length=64, blank=True, db_index=True)
    employees = models.PositiveIntegerField(null=True, blank=True)
    verloonde_uren_per_year = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    pso_trede = models.CharField(max_length=16, blank=True, choices=choices(vocabulary.PSO_TREDES))

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Location(VersionedModel):
    """A place where an organisation's work is done (coordinates from open place data)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="locations")
    name = models.CharField(max_length=200)
    postcode = models.CharField(max_length=6)
    place = models.CharField(max_length=100)
    latitude = models.FloatField()
    longitude = models.FloatField()
    arbeidsmarktregio = models.CharField(max_length=64, blank=True, db_index=True)

    class Meta:
        ordering = ["organisation_id", "name", "id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.place})"


class BaanAmbitie(models.Model):
    """An employer's own Banenafspraak target: banen (25.5 h/week units) by the end of a year."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="baanambities")
    year = models.PositiveSmallIntegerField()
    target_banen = models.DecimalField(max_digits=9, decimal_places=2)

    class Meta:
        ordering = ["organisation_id", "year"]
        constraints = [models.UniqueConstraint(fields=["organisation", "year"], name="uniq_baanambitie_year")]
