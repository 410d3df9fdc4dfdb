"""A candidate's trajectory: the situations over time (data/trajectory_model.toml) and their support."""

from django.db import models

from werkbrug.domain.pathways import model as trajectory
from werkbrug.registry.models import Candidate


def _situation_choices() -> list[tuple[str, str]]:
    return [(code, s.label.nl) for code, s in trajectory.load().situations.items()]


class TrajectoryPeriod(models.Model):
    """One period in one situation. Written only through pathways.services.append_period, which
    checks the transition from the previous period and closes it."""

    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="trajectory")
    situation = models.CharField(max_length=32, choices=_situation_choices)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True, help_text="Inclusive; empty while still going on.")
    support = models.JSONField(default=dict, blank=True,
                               help_text="{jobcoach: bool, loonkostensubsidie: bool, accommodations: [codes]}")
    transition_kind = models.CharField(max_length=8, blank=True,
                                       help_text="forward, back or lateral from the previous period")
    model_version = models.CharField(max_length=16, help_text="trajectory_model.toml version that allowed it")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["candidate_id", "start_date"]
        constraints = [
            models.UniqueConstraint(fields=["candidate", "start_date"], name="uniq_trajectory_start"),
            models.CheckConstraint(condition=models.Q(end_date__isnull=True)
                                   | models.Q(end_date__gte=models.F("start_date")),
                                   name="trajectory_period_order"),
        ]

    def __str__(self) -> str:
        return f"trajectperiode {self.pk} ({self.situation})"


class ValueOfWorkResponse(models.Model):
    """One completed value-of-work questionnaire (data/value_of_work.toml), with its scores at the
    time it was answered (so a later change of the questionnaire does not rewrite history)."""

    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="value_of_work")
    answered_on = models.DateField()
    answers = models.JSONField(help_text="{question code: 1–5}")
    assisted = models.BooleanField(default=False, help_text="Answered with a jobcoach's help")
    scores = models.JSONField(help_text="{themes: {theme: score or null}, overall: score or null}")
    questionnaire_version = models.CharField(max_length=16)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["candidate_id", "answered_on"]
        constraints = [models.UniqueConstraint(fields=["candidate", "answered_on"], name="uniq_vow_answered_on")]

    def __str__(self) -> str:
        return f"waarde-van-werk {self.pk}"
