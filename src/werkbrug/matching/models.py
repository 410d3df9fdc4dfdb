"""Stored matching results: a run (what was used), its proposals, and each proposal's history.

Proposals are derived data about a person: they go when the candidate or the work item is
deleted (CASCADE); a placement made from a proposal stays in the registry on its own."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from werkbrug.matching.workflow import load_workflow


def status_choices() -> list[tuple[str, str]]:
    # A callable so that a change of the workflow file needs no migration.
    return [(code, state.label.en) for code, state in load_workflow().states.items()]


class MatchRun(models.Model):
    """One recommend or assign run that was saved: enough to tell later what produced a proposal."""

    KINDS = [("recommend", "recommend"), ("assign", "assign")]

    kind = models.CharField(max_length=16, choices=KINDS)
    mode = models.CharField(max_length=16, help_text="assign: optimal|stable; recommend: candidate|work")
    subject_key = models.CharField(max_length=64, blank=True, help_text="recommend: the candidate or work key")
    region = models.CharField(max_length=100, blank=True)
    fair = models.BooleanField(default=False)
    top = models.PositiveIntegerField(default=0)
    reference_date = models.DateField(help_text="'today' of the run: availability and start dates")
    parameters_version = models.CharField(max_length=32, help_text="version of data/matching_weights.toml")
    input_hash = models.CharField(max_length=64, help_text="sha256 over the ids and versions of the input")
    code_version = models.CharField(max_length=32, help_text="werkbrug.__version__")
    candidates_count = models.PositiveIntegerField(default=0)
    work_count = models.PositiveIntegerField(default=0)
    proposals_count = models.PositiveIntegerField(default=0, help_text="proposals created by this run")
    skipped_open_count = models.PositiveIntegerField(default=0, help_text="pairs that already had an open proposal")
    objective = models.FloatField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class MatchProposal(models.Model):
    """A candidate × work item proposed by a run, moving through data/proposal_workflow.toml."""

    run = models.ForeignKey(MatchRun, on_delete=models.PROTECT, related_name="proposals")
    candidate = models.ForeignKey("registry.Candidate", on_delete=models.CASCADE, related_name="proposals")
    work = models.ForeignKey("registry.Work", on_delete=models.CASCADE, related_name="proposals")
    rank = models.PositiveIntegerField(default=0)
    score = models.FloatField(null=True, blank=True)
    verdict = models.CharField(max_length=32)
    components = models.JSONField(default=list, blank=True)
    explanation = models.JSONField(default=dict, blank=True)
    accommodations = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=24, choices=status_choices, default="proposed")
    placement = models.ForeignKey("registry.Placement", null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "rank", "id"]
        indexes = [models.Index(fields=["status"]), models.Index(fields=["candidate", "work"])]


class ProposalEvent(models.Model):
    """One step in a proposal's history, written by the service (never by a signal)."""

    proposal = models.ForeignKey(MatchProposal, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=24, blank=True)
    to_status = models.CharField(max_length=24)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    reason = models.CharField(max_length=32, blank=True)
    note = models.TextField(blank=True)
    consent = models.BooleanField(null=True, blank=True, help_text="candidate consent, when the step requires it")
    consent_date = models.DateField(null=True, blank=True)
    placement = models.ForeignKey("registry.Placement", null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")

    class Meta:
        ordering = ["at", "id"]
