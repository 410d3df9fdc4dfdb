"""A candidate's trajectory: the situations over time (data/trajectory_model.toml) and their support."""

from django.conf import settings
from django.db import models

from werkbrug.domain.pathways import model as trajectory
from werkbrug.registry.models import Candidate, Organisation, Placement


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


class LearningRoute(models.Model):
    """Praktijkleren: a route towards a praktijkverklaring, mbo-certificaat or diploma of one mbo
    kwalificatiedossier (data/kwalificatiedossiers.toml), at a leerbedrijf with a praktijkopleider.
    Written only through pathways.learning."""

    STATUSES = [("active", "active"), ("completed", "completed"), ("stopped", "stopped")]

    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="learning_routes")
    crebo = models.CharField(max_length=16, help_text="kwalificatiedossier code")
    level = models.PositiveSmallIntegerField()
    target = models.CharField(max_length=24, help_text="praktijkverklaring, mbo_certificaat or diploma")
    leerbedrijf = models.ForeignKey(Organisation, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="learning_routes")
    praktijkopleider = models.CharField(max_length=120, blank=True, help_text="who guides and assesses at work")
    mbo_instelling = models.CharField(max_length=200, blank=True, help_text="who issues the result")
    start_date = models.DateField()
    status = models.CharField(max_length=12, choices=STATUSES, default="active")
    completed_on = models.DateField(null=True, blank=True)
    certificate_code = models.CharField(max_length=64, blank=True, help_text="code added to the certificates")
    catalogue_version = models.CharField(max_length=32)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["candidate_id", "start_date", "id"]

    def __str__(self) -> str:
        return f"leerroute {self.pk} ({self.crebo})"


class WerkprocesProgress(models.Model):
    """Progress on one werkproces of a route, with the evidence an 'achieved' needs."""

    route = models.ForeignKey(LearningRoute, on_delete=models.CASCADE, related_name="progress")
    werkproces = models.CharField(max_length=16)
    status = models.CharField(max_length=12, help_text="not_started, in_progress or achieved")
    evidence = models.TextField(blank=True, help_text="e.g. STARR account, signed by the praktijkopleider")
    assessed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["route_id", "werkproces"]
        constraints = [models.UniqueConstraint(fields=["route", "werkproces"], name="uniq_route_werkproces")]

    def __str__(self) -> str:
        return f"werkproces {self.werkproces} ({self.status})"


class FollowUpContact(models.Model):
    """A planned or held jobcoach contact or evaluation after a placement (data/followup_schedule.toml)."""

    KINDS = [("contact", "contact"), ("evaluation", "evaluation")]

    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="followup_contacts")
    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="followup_contacts")
    kind = models.CharField(max_length=12, choices=KINDS)
    planned_on = models.DateField()
    held_on = models.DateField(null=True, blank=True)
    jobcoach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+")
    outcome = models.CharField(max_length=16, blank=True, help_text="going_well, attention or at_risk")
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["candidate_id", "planned_on", "id"]

    def __str__(self) -> str:
        return f"nazorgcontact {self.pk} ({self.kind})"


class ErasedTrajectoryPeriod(models.Model):
    """A period of an erased person's trajectory, kept without any link to the person so the
    doorstroom figures do not change (AVG art. 17 erasure; `person` is a random token)."""

    person = models.CharField(max_length=32)
    region = models.CharField(max_length=100, blank=True)
    situation = models.CharField(max_length=32)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["person", "start_date"]


class ErasedCompletion(models.Model):
    """A completed learning route of an erased person: only what the completion figures count."""

    region = models.CharField(max_length=100, blank=True)
    crebo = models.CharField(max_length=16)
    target = models.CharField(max_length=24)
    completed_on = models.DateField()
