from django.db import models

from werkbrug.domain import vocabulary
from werkbrug.domain.vocabulary import choices


class Skill(models.Model):
    """An ESCO skill or occupation that candidates, tasks and work are coded against."""

    uri = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=16, choices=[("skill", "skill"), ("occupation", "occupation")])
    label_nl = models.CharField(max_length=200)
    label_en = models.CharField(max_length=200)

    class Meta:
        ordering = ["kind", "label_nl"]

    def __str__(self) -> str:
        return self.label_nl


class AccommodationType(models.Model):
    """One entry of the accommodation catalogue (loaded from data/accommodations.toml)."""

    code = models.SlugField(max_length=64, unique=True)
    name_nl = models.CharField(max_length=200)
    name_en = models.CharField(max_length=200)
    group = models.CharField(max_length=16, choices=choices(vocabulary.ACCOMMODATION_GROUPS))
    solution_type = models.CharField(max_length=16, choices=choices(vocabulary.SOLUTION_TYPES))
    typical_cost = models.DecimalField(max_digits=10, decimal_places=2)
    cost_period = models.CharField(max_length=16, choices=choices(vocabulary.COST_PERIODS))
    funding_route = models.CharField(max_length=48, choices=choices(vocabulary.FUNDING_ROUTES))
    lowers = models.JSONField(help_text="[{item, levels, value_factor}] — FML demand this relieves")

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name_nl
