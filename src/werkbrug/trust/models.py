"""What a consultant judged, what a candidate agreed to, and who asked to meet whom.

Written by the trust services only (never by signals). Rows about a person go with the person
(CASCADE), like match proposals."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Assessment(models.Model):
    """A consultant's judgement of one beoordelingspunt of a candidate × work item, with motivation."""

    JUDGEMENTS = [("acceptable", "acceptable"), ("acceptable_with_conditions", "acceptable with conditions"),
                  ("not_acceptable", "not acceptable")]

    proposal = models.ForeignKey("matching.MatchProposal", null=True, blank=True, on_delete=models.CASCADE,
                                 related_name="assessments")
    candidate = models.ForeignKey("registry.Candidate", on_delete=models.CASCADE, related_name="assessments")
    work = models.ForeignKey("registry.Work", on_delete=models.CASCADE, related_name="assessments")
    point = models.CharField(max_length=120, help_text="the point's key: 'item|task'")
    rule = models.CharField(max_length=16)
    judgement = models.CharField(max_length=32, choices=JUDGEMENTS)
    motivation = models.TextField()
    points_version = models.CharField(max_length=32, help_text="version of data/beoordelingspunten.toml")
    assessed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    assessed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["candidate_id", "work_id", "point", "-assessed_at", "-id"]
        indexes = [models.Index(fields=["candidate", "work"])]


class ConsentEvent(models.Model):
    """One switch of a visibility flag: who, when, and the anonymised profile that was (or stopped
    being) shown to employers."""

    FLAGS = [("candidate", "candidate's consent"), ("consultant", "consultant's approval")]

    candidate = models.ForeignKey("registry.Candidate", on_delete=models.CASCADE, related_name="consent_events")
    flag = models.CharField(max_length=16, choices=FLAGS)
    value = models.BooleanField()
    visible_before = models.BooleanField()
    visible_after = models.BooleanField()
    shown = models.JSONField(default=dict, blank=True, help_text="snapshot of the anonymised profile fields")
    note = models.CharField(max_length=200, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["candidate_id", "created_at", "id"]


class ContactRequest(models.Model):
    """An employer's request to meet an anonymised candidate; the consultant asks the candidate."""

    STATUSES = [("requested", "requested"), ("agreed", "agreed"), ("refused", "refused"),
                ("withdrawn", "withdrawn")]

    candidate = models.ForeignKey("registry.Candidate", on_delete=models.CASCADE, related_name="contact_requests")
    work = models.ForeignKey("registry.Work", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    employer = models.ForeignKey("registry.Organisation", null=True, blank=True, on_delete=models.CASCADE,
                                 related_name="contact_requests")
    message = models.TextField(blank=True)
    status = models.CharField(max_length=16, choices=STATUSES, default="requested")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    answer_note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
