"""Retention of the data sets with a limit of their own (data/retention.toml): SROI evidence,
match proposals, the consent log and contact requests.

Each set names how to find its reference date and which app service removes the rows; the rule
and the pure expiry decision come from ``werkbrug.domain.retention``, so the boundaries are the
same as the candidate's. Every removed or blanked record leaves a content-free DeletionRecord."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from werkbrug.domain import retention
from werkbrug.domain.pseudonyms import pseudonym
from werkbrug.security import audit
from werkbrug.security.models import DeletionRecord

# A due record: its database id, the candidate it is about (for the audit row) or None.
Due = tuple[int, int | None]


@dataclass(frozen=True)
class RetentionSet:
    data_set: str
    references: Callable[[], Iterator[tuple[int, int | None, date | None]]]  # (id, candidate id, reference day)
    remove: Callable[[int], dict[str, int]]  # removes or blanks one record, returns rows per table


@dataclass
class SetReport:
    data_set: str
    examined: int = 0
    removed: list[str] = field(default_factory=list)  # pseudonyms, never keys


def _day(moment: datetime | None) -> date | None:
    return timezone.localtime(moment).date() if moment is not None else None


def _sroi_contracts() -> Iterator[tuple[int, int | None, date | None]]:
    from werkbrug.sroi.models import Contract, Entry, EntryEvent, Evidence

    # Only contracts with something left to blank; a contract done earlier is not examined again.
    pending = (set(Entry.objects.exclude(description="", invoice_reference="").values_list("contract_id", flat=True))
               | set(Evidence.objects.exclude(file="", original_name="").values_list("entry__contract_id", flat=True))
               | set(EntryEvent.objects.exclude(reason="").values_list("entry__contract_id", flat=True)))
    for pk, end_date in Contract.objects.filter(pk__in=pending).values_list("pk", "end_date"):
        yield pk, None, end_date


def _erase_contract_evidence(contract_id: int) -> dict[str, int]:
    from werkbrug.sroi.services import erase_contract_evidence

    return erase_contract_evidence(contract_id)


def _closed_proposals() -> Iterator[tuple[int, int | None, date | None]]:
    from werkbrug.matching.models import MatchProposal
    from werkbrug.matching.workflow import load_workflow

    states = load_workflow().states
    closed = [code for code, state in states.items() if not state.open]
    rows = MatchProposal.objects.filter(status__in=closed).annotate(last_step=Max("events__at"))
    for pk, candidate_id, last_step, updated_at in rows.values_list("pk", "candidate_id", "last_step", "updated_at"):
        yield pk, candidate_id, _day(last_step or updated_at)


def _delete_proposal(pk: int) -> dict[str, int]:
    from werkbrug.matching.services import delete_proposals

    return delete_proposals([pk])


def _superseded_consent() -> Iterator[tuple[int, int | None, date | None]]:
    from werkbrug.trust.models import ConsentEvent

    later: dict[tuple[int, str], datetime] = {}
    # Newest first: each row's reference is the time of the next switch of the same flag.
    for pk, candidate_id, flag, created_at in ConsentEvent.objects.order_by("-created_at", "-id").values_list(
            "pk", "candidate_id", "flag", "created_at"):
        superseded = later.get((candidate_id, flag))
        later[(candidate_id, flag)] = created_at
        yield pk, candidate_id, _day(superseded)


def _delete_consent(pk: int) -> dict[str, int]:
    from werkbrug.trust.services import delete_consent_events

    return delete_consent_events([pk])


def _answered_requests() -> Iterator[tuple[int, int | None, date | None]]:
    from werkbrug.trust.models import ContactRequest

    for pk, candidate_id, answered_at in ContactRequest.objects.values_list("pk", "candidate_id", "answered_at"):
        yield pk, candidate_id, _day(answered_at)


def _delete_request(pk: int) -> dict[str, int]:
    from werkbrug.trust.services import delete_contact_requests

    return delete_contact_requests([pk])


SETS = (
    RetentionSet("sroi_evidence", _sroi_contracts, _erase_contract_evidence),
    RetentionSet("match_proposals", _closed_proposals, _delete_proposal),
    RetentionSet("consent_events", _superseded_consent, _delete_consent),
    RetentionSet("contact_requests", _answered_requests, _delete_request),
)


def due(data_set: RetentionSet, today: date) -> tuple[int, list[Due]]:
    """How many records were examined and which of them have expired on ``today``."""
    rule = retention.rule_on(data_set.data_set, today)
    examined, expired = 0, []
    for pk, candidate_id, reference in data_set.references():
        examined += 1
        if retention.expired(rule, reference, today):
            expired.append((pk, candidate_id))
    return examined, expired


@transaction.atomic
def _remove(data_set: RetentionSet, pk: int, candidate_id: int | None, ref: str, rule: retention.RetentionRule,
            today: date) -> None:
    counts = data_set.remove(pk)
    DeletionRecord.objects.create(data_set=data_set.data_set, record_ref=ref, action=rule.action,
                                  reason=f"rule:{rule.data_set}", rule_valid_from=rule.valid_from,
                                  deleted_on=today, counts=counts)
    audit.record("retention", object_type=data_set.data_set, object_id=pk, subject_id=candidate_id, origin="cli",
                 purpose="bewaartermijn")


def run(today: date, dry_run: bool = False) -> list[SetReport]:
    reports = []
    for data_set in SETS:
        rule = retention.rule_on(data_set.data_set, today)
        examined, expired = due(data_set, today)
        report = SetReport(data_set.data_set, examined)
        for pk, candidate_id in expired:
            ref = pseudonym(settings.WERKBRUG_PSEUDONYM_KEY, f"deletion-{data_set.data_set}", pk)
            if not dry_run:
                _remove(data_set, pk, candidate_id, ref, rule, today)
            report.removed.append(ref)
        reports.append(report)
    return reports
