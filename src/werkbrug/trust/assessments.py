"""Beoordelingspunten a consultant judged with a written motivation, and the check that stops
an introduction while a point is unjudged (called by matching.proposals.transition)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils import timezone

from werkbrug.domain.errors import DomainValidationError, Issue, Message
from werkbrug.domain.trust.rules import load_point_rules
from werkbrug.registry.models import Candidate, Work
from werkbrug.trust.explaining import pair_points
from werkbrug.trust.models import Assessment

MIN_MOTIVATION = 20  # characters: a reason, not a tick box


def _latest(candidate: Candidate, work: Work) -> dict[str, Assessment]:
    """The newest assessment per point for the pair (proposal-specific or not)."""
    out: dict[str, Assessment] = {}
    for a in Assessment.objects.filter(candidate=candidate, work=work).order_by("point", "-assessed_at", "-id"):
        out.setdefault(a.point, a)
    return out


def record(candidate: Candidate, work: Work, point: str, judgement: str, motivation: str, user: Any,
           proposal: Any = None, today: date | None = None) -> Assessment:
    """Record one judgement. The point must be one of the pair's current beoordelingspunten."""
    rules = load_point_rules()
    issues = []
    if judgement not in rules.judgements:
        codes = ", ".join(rules.judgements)
        issues.append(Issue("judgement", "unknown_code", Message(f"onbekend oordeel (kies uit: {codes})",
                                                                 f"unknown judgement (choose from: {codes})")))
    if len(motivation.strip()) < MIN_MOTIVATION:
        issues.append(Issue("motivation", "too_short", Message(
            f"geef een schriftelijke motivering (ten minste {MIN_MOTIVATION} tekens)",
            f"give a written motivation (at least {MIN_MOTIVATION} characters)")))
    _, _, points = pair_points(candidate, work, today or timezone.localdate())
    found = next((p for p in points if p.key == point), None)
    if found is None:
        keys = ", ".join(p.key for p in points) or "-"
        issues.append(Issue("point", "unknown_code", Message(
            f"geen beoordelingspunt van dit paar (punten: {keys})",
            f"not a beoordelingspunt of this pair (points: {keys})")))
    if issues:
        raise DomainValidationError(issues)
    assert found is not None
    return Assessment.objects.create(
        proposal=proposal, candidate=candidate, work=work, point=point, rule=found.rule, judgement=judgement,
        motivation=motivation.strip(), points_version=rules.version,
        assessed_by=user if getattr(user, "pk", None) else None)


def status(candidate: Candidate, work: Work, today: date | None = None, language: str = "nl") -> dict[str, Any]:
    """Each current point with its latest assessment (or none)."""
    _, _, points = pair_points(candidate, work, today or timezone.localdate())
    latest = _latest(candidate, work)
    rules = load_point_rules()
    return {"points_version": rules.version, "points": [
        {"key": p.key, "rule": p.rule, "item": p.item, "task": p.task, "text": p.message.text(language),
         "assessment": None if p.key not in latest else {
             "judgement": latest[p.key].judgement, "motivation": latest[p.key].motivation,
             "assessed_by": latest[p.key].assessed_by_id, "assessed_at": latest[p.key].assessed_at.isoformat(),
             "blocks": latest[p.key].judgement in rules.blocking}} for p in points]}


def missing_issues(candidate: Candidate, work: Work, today: date | None = None) -> list[Issue]:
    """Bilingual issues for every point not yet judged, or judged as blocking; empty = may proceed."""
    _, _, points = pair_points(candidate, work, today or timezone.localdate())
    latest, blocking = _latest(candidate, work), load_point_rules().blocking
    issues = []
    for p in points:
        if p.key not in latest:
            issues.append(Issue("beoordelingspunten", "assessment_required", Message(
                f"beoordelingspunt {p.key} ({p.message.nl}) is nog niet beoordeeld met een motivering",
                f"beoordelingspunt {p.key} ({p.message.en}) has not been assessed with a motivation yet")))
        elif latest[p.key].judgement in blocking:
            issues.append(Issue("beoordelingspunten", "assessed_not_acceptable", Message(
                f"beoordelingspunt {p.key} is beoordeeld als niet verantwoord",
                f"beoordelingspunt {p.key} was assessed as not acceptable")))
    return issues


def require_assessed(proposal: Any) -> None:
    """Raise DomainValidationError when the proposal's pair has unjudged or blocking points."""
    issues = missing_issues(proposal.candidate, proposal.work)
    if issues:
        raise DomainValidationError(issues)
