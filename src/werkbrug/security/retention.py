"""Applying retention periods and erasure requests (AVG art. 5(1)(e), 17).

A candidate is anonymised in place, not deleted: placements and doelgroep periods stay, so
Banenafspraak and Social Return counts do not change; everything that identifies the person or
says something about their health goes, and a content-free DeletionRecord remains."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils.module_loading import import_string

from werkbrug.domain import retention
from werkbrug.domain.pseudonyms import pseudonym
from werkbrug.registry.models import Candidate
from werkbrug.security import audit
from werkbrug.security.models import DeletionRecord

# Relations kept for the aggregates (Banenafspraak; Social Return entries, which are a contract's
# accounting and point at the candidate, now anonymous); every other row pointing at the candidate
# is deleted.
KEPT_RELATIONS = {"placements", "doelgroep", "sroi_entries"}
# Per-app erasers (dotted paths, called with the candidate id before the generic deletion) for apps
# that keep person-free aggregates of the rows they remove.
APP_ERASERS = ("werkbrug.pathways.services.erase_candidate", "werkbrug.loonwaarde.services.erase_candidate")
ANONYMOUS_MARK = "anon-"


@dataclass
class RetentionReport:
    examined: int = 0
    anonymised: list[str] = field(default_factory=list)  # pseudonyms, never keys


def last_activity(candidate: Candidate) -> date | None:
    """The reference date the period counts from; None while a placement is still running."""
    placements = candidate.placements.all()
    if placements.filter(end_date__isnull=True).exists():
        return None
    dates = [candidate.registered_on, candidate.unavailable_until, candidate.profile_reviewed_on,
             candidate.fml_assessed_on, placements.aggregate(m=Max("end_date"))["m"]]
    return max(d for d in dates if d is not None)


def _scrubbed_values(candidate: Candidate, ref: str) -> dict[str, Any]:
    born = candidate.date_of_birth
    return {
        "external_key": f"{ANONYMOUS_MARK}{ref}", "given_name": "", "family_name": "",
        "bsn": f"X{candidate.pk:08d}"[-9:], "date_of_birth": date(born.year, 1, 1), "gender": "x",
        "email": "", "phone": "", "postcode": "", "place": "",
        "latitude": round(candidate.latitude, 1), "longitude": round(candidate.longitude, 1),
        "fml_profile": {}, "fml_assessed_on": None, "needs_jobcoach": False, "needed_accommodations": [],
        "support_notes": "", "unavailable_reason": "", "consultant": None, "skills": [], "experience": [],
        "visible_by_candidate": False, "visible_by_consultant": False,
    }


def _delete_related(candidate: Candidate) -> dict[str, int]:
    counts: dict[str, int] = {}
    for relation in candidate._meta.related_objects:
        accessor = relation.get_accessor_name()
        if accessor in KEPT_RELATIONS or not relation.one_to_many:
            continue
        deleted, _ = relation.related_model._default_manager.filter(**{relation.field.name: candidate}).delete()
        if deleted:
            counts[relation.related_model._meta.label_lower] = deleted
    return counts


@transaction.atomic
def anonymise(candidate: Candidate, reason: str, rule_valid_from: date | None = None, today: date | None = None,
              actor: Any = None, explanation: str = "") -> DeletionRecord:
    """Remove everything personal of one candidate; keep placements and doelgroep periods."""
    ref = pseudonym(settings.WERKBRUG_PSEUDONYM_KEY, "deletion", candidate.pk)
    counts: dict[str, int] = {}
    for path in APP_ERASERS:
        counts.update(import_string(path)(candidate.pk))
    counts.update(_delete_related(candidate))
    for name, value in _scrubbed_values(candidate, ref).items():
        setattr(candidate, name, value)
    candidate.save()
    counts["registry.candidate"] = 1
    record = DeletionRecord.objects.create(data_set="candidates", record_ref=ref, action="anonymise", reason=reason,
                                           rule_valid_from=rule_valid_from, deleted_on=today or date.today(),
                                           counts=counts)
    audit.record("erase" if reason == "request" else "retention", actor=actor, object_type="candidates",
                 object_id=candidate.pk, subject_id=candidate.pk, origin="cli",
                 purpose="inzageverzoek" if reason == "request" else "bewaartermijn", explanation=explanation)
    return record


def due(today: date) -> list[Candidate]:
    rule = retention.rule_on("candidates", today)
    pending = Candidate.objects.exclude(external_key__startswith=ANONYMOUS_MARK).prefetch_related("placements")
    return [c for c in pending if retention.expired(rule, last_activity(c), today)]


def run(today: date, dry_run: bool = False) -> RetentionReport:
    rule = retention.rule_on("candidates", today)
    report = RetentionReport(examined=Candidate.objects.count())
    for candidate in due(today):
        ref = pseudonym(settings.WERKBRUG_PSEUDONYM_KEY, "deletion", candidate.pk)
        if not dry_run:
            anonymise(candidate, f"rule:{rule.data_set}", rule.valid_from, today)
        report.anonymised.append(ref)
    return report
