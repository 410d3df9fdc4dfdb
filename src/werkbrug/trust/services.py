"""The trust app's public API: what other apps, the CLI and the API call.

Completeness, the full explanation with beoordelingspunten, why-not, assessments, consent and
contact requests, fairness reports and the algorithm register."""

from __future__ import annotations

from typing import Any

from werkbrug.domain.errors import Issue
from werkbrug.trust import assessments, completeness, consent, explaining, fairness, register

completeness_report = completeness.report
explain = explaining.explain
why_not = explaining.why_not
record_assessment = assessments.record
assessment_status = assessments.status
set_visibility = consent.set_visibility
employer_view = consent.employer_view
export_employer_view = consent.export_employer_view
request_contact = consent.request_contact
record_contact_answer = consent.record_answer
contact_view = consent.contact_view
reveal_identity = consent.reveal
NotRevealed = consent.NotRevealed
fairness_report = fairness.period_report
engine_fairness_report = fairness.engine_report
fairness_xlsx = fairness.write_xlsx
algorithm_register = register.generate
write_algorithm_register = register.write


def missing_assessments(proposal: Any) -> list[Issue]:
    """Issues (bilingual) for every beoordelingspunt of the proposal's pair that has no written
    assessment yet, or was judged not acceptable. Empty: the introduction may go ahead."""
    return assessments.missing_issues(proposal.candidate, proposal.work)


def delete_consent_events(ids: list[int]) -> dict[str, int]:
    """Retention (security.retention_sets): delete superseded consent log rows."""
    from werkbrug.trust.models import ConsentEvent

    deleted, _ = ConsentEvent.objects.filter(pk__in=ids).delete()
    return {"trust.consentevent": deleted}


def delete_contact_requests(ids: list[int]) -> dict[str, int]:
    """Retention (security.retention_sets): delete answered contact requests."""
    from werkbrug.trust.models import ContactRequest

    deleted, _ = ContactRequest.objects.filter(pk__in=ids).delete()
    return {"trust.contactrequest": deleted}
