"""Moving a match proposal through its workflow (data/proposal_workflow.toml).

Every accepted transition raises the proposal's version and writes one ProposalEvent here,
in the same transaction; placing creates the registry Placement through registry services."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from werkbrug.domain import vocabulary
from werkbrug.domain.errors import DomainValidationError, Issue, Message, VersionConflict
from werkbrug.matching.models import MatchProposal, ProposalEvent
from werkbrug.matching.workflow import Transition, Workflow, load_workflow, refusal_message
from werkbrug.registry import services as registry
from werkbrug.registry.models import Organisation, Placement

KIND = "voorstel/proposal"
TRIAL_KIND = "proefplaatsing"  # the registry placement kind a trial placement is recorded as
# Placement fields as the API names them (a placement's "kind" is the transition's "placement_kind").
_PLACEMENT_FIELDS = {"kind": "placement_kind"}


class TransitionRefused(Exception):
    """The workflow does not allow this step from the proposal's current status."""

    def __init__(self, message: Message, allowed: list[str]):
        self.message, self.allowed = message, allowed
        super().__init__(str(message))


@dataclass(frozen=True)
class TransitionRequest:
    to: str
    version: int
    reason: str = ""
    note: str = ""
    consent: bool | None = None
    consent_date: date | None = None
    placement_kind: str = ""
    start_date: date | None = None
    hours_per_week: Decimal | None = None
    employer_of_record: int | None = None  # organisation id; default: the work's employer
    inlener: int | None = None             # organisation id


def _refusal(workflow: Workflow, current: str, target: str) -> TransitionRefused:
    return TransitionRefused(*refusal_message(workflow, current, target))


def _requirement_issues(step: Transition, change: TransitionRequest, workflow: Workflow) -> list[Issue]:
    issues = []
    if "candidate_consent" in step.requires and change.consent is not True:
        issues.append(Issue("consent", "consent_required", Message(
            "leg eerst vast dat de kandidaat toestemming gaf om voorgesteld te worden (consent = true)",
            "first record that the candidate consented to being introduced (consent = true)")))
    if "reason" in step.requires and not change.reason:
        issues.append(Issue("reason", "required", Message(
            "geef een reden (code uit de lijst)", "give a reason (a code from the list)")))
    if change.reason and change.reason not in workflow.reasons:
        codes = ", ".join(workflow.reasons)
        issues.append(Issue("reason", "unknown_code", Message(
            f"onbekende reden (kies uit: {codes})", f"unknown reason (choose from: {codes})")))
    if "placement" in step.requires and change.placement_kind not in vocabulary.PLACEMENT_KINDS:
        codes = ", ".join(vocabulary.PLACEMENT_KINDS)
        issues.append(Issue("placement_kind", "required" if not change.placement_kind else "unknown_code", Message(
            f"geef de soort plaatsing (kies uit: {codes})", f"give the kind of placement (choose from: {codes})")))
    return issues


def _organisation_key(pk: int | None, field: str) -> str | None:
    if pk is None:
        return None
    key = Organisation.objects.filter(pk=pk).values_list("external_key", flat=True).first()
    if key is None:
        raise DomainValidationError([Issue(field, "unknown_reference", Message(
            f"er is geen organisatie met id {pk}", f"there is no organisation with id {pk}"))])
    return key


def _place(proposal: MatchProposal, change: TransitionRequest, key_suffix: str = "") -> Placement:
    work = proposal.work
    values = {
        "external_key": f"proposal-{proposal.pk}{key_suffix}", "candidate": proposal.candidate.external_key,
        "work": work.external_key, "kind": change.placement_kind,
        "employer_of_record": _organisation_key(change.employer_of_record, "employer_of_record")
        or work.employer.external_key,
        "inlener": _organisation_key(change.inlener, "inlener"),
        "hours_per_week": change.hours_per_week if change.hours_per_week is not None else work.hours_per_week,
        "start_date": change.start_date or timezone.localdate(), "end_date": None, "end_reason": None,
    }
    try:
        placement, _ = registry.save_record("placements", values)
    except DomainValidationError as invalid:
        raise DomainValidationError([Issue(_PLACEMENT_FIELDS.get(i.field, i.field), i.code, i.message)
                                     for i in invalid.issues]) from invalid
    return placement  # type: ignore[return-value]


def _start_trial(proposal: MatchProposal, change: TransitionRequest) -> Placement:
    """A trial placement is a registry Placement of kind proefplaatsing (it counts as work)."""
    return _place(proposal, replace(change, placement_kind=TRIAL_KIND), key_suffix="-proef")


def _end_trial(proposal: MatchProposal, placement: Placement) -> None:
    """Placing after a trial ends the trial placement the day before the placement starts."""
    trial = Placement.objects.filter(external_key=f"proposal-{proposal.pk}-proef", end_date__isnull=True).first()
    if trial is None:
        return
    end = max(trial.start_date, placement.start_date - timedelta(days=1))
    registry.update("placements", trial.pk, trial.version, {"end_date": end, "end_reason": "einde_contract"})


@transaction.atomic
def transition(proposal_id: int, change: TransitionRequest, actor: Any = None) -> MatchProposal:
    """Move one proposal to ``change.to``; refused when the version is stale, the step is not in
    the workflow, or a requirement (consent, reason, placement kind) is missing."""
    proposal = MatchProposal.objects.select_related("candidate", "work__employer").get(pk=proposal_id)
    if proposal.version != change.version:
        raise VersionConflict(KIND, proposal.pk, change.version, proposal.version)
    workflow = load_workflow()
    if change.to not in workflow.states:
        codes = ", ".join(workflow.states)
        raise DomainValidationError([Issue("to", "unknown_code", Message(
            f"onbekende status (kies uit: {codes})", f"unknown status (choose from: {codes})"))])
    step = workflow.transition(proposal.status, change.to)
    if step is None:
        raise _refusal(workflow, proposal.status, change.to)
    issues = _requirement_issues(step, change, workflow)
    if change.to == "introduced":  # beoordelingspunten judged in writing first (issue 10)
        from werkbrug.trust import services as trust  # trust builds on matching: import here

        issues += trust.missing_assessments(proposal)
    if issues:
        raise DomainValidationError(issues)
    placement = _place(proposal, change) if "placement" in step.requires else None
    if change.to == "trial_placement":
        placement = _start_trial(proposal, change)
    elif placement is not None and proposal.status == "trial_placement":
        _end_trial(proposal, placement)
    changes: dict[str, Any] = {"status": change.to}
    if placement is not None:
        changes["placement"] = placement
    updated = MatchProposal.objects.filter(pk=proposal.pk, version=change.version).update(
        **changes, version=F("version") + 1, updated_at=timezone.now())
    if not updated:  # changed between our read and our write
        current = MatchProposal.objects.values_list("version", flat=True).get(pk=proposal.pk)
        raise VersionConflict(KIND, proposal.pk, change.version, current)
    consent_step = "candidate_consent" in step.requires
    ProposalEvent.objects.create(
        proposal=proposal, from_status=proposal.status, to_status=change.to,
        actor=actor if getattr(actor, "pk", None) else None, reason=change.reason, note=change.note,
        consent=change.consent if consent_step else None,
        consent_date=(change.consent_date or timezone.localdate()) if consent_step else None,
        placement=placement)
    return MatchProposal.objects.get(pk=proposal.pk)
