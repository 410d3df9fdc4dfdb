"""The data sets with a retention limit of their own (retention_sets): SROI evidence, closed match
proposals, superseded consent rows and answered contact requests go on their expiry day (not the
day before), each leaving a content-free deletion record, while SROI totals and the Banenafspraak
and pathways aggregates stay the same. The candidate's placement is still running, so the
candidate's own limit never interferes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.forms.models import model_to_dict

from werkbrug.registry import services
from werkbrug.registry.models import Candidate
from werkbrug.security.models import DeletionRecord

pytestmark = [pytest.mark.storage, pytest.mark.django_db(databases=["default", "audit"]),
              pytest.mark.usefixtures("cli_operator")]
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
CONTRACT_END = date(2025, 12, 31)  # + 7 years: evidence is blanked from 2032-12-31
PROPOSAL_CLOSED = date(2025, 3, 10)  # + 1 year
CONSENT_SUPERSEDED = date(2025, 2, 1)  # + 2 years
REQUEST_ANSWERED = date(2025, 5, 20)  # + 1 year
EXPIRY = {"sroi_evidence": date(2032, 12, 31), "match_proposals": date(2026, 3, 10),
          "consent_events": date(2027, 2, 1), "contact_requests": date(2026, 5, 20)}


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


@pytest.fixture
def world(registry_base: dict[str, Any], settings: Any, tmp_path: Path) -> dict[str, Any]:
    from record_values import candidate_values
    from werkbrug.matching.models import MatchProposal, MatchRun, ProposalEvent
    from werkbrug.pathways import services as pathways
    from werkbrug.sroi import services as sroi
    from werkbrug.trust.models import ConsentEvent, ContactRequest

    settings.DATA_DIR = tmp_path
    candidate, _ = services.save_record("candidates", candidate_values("cand-1", registered_on=date(2023, 1, 1)))
    placement, _ = services.save_record("placements", {
        "external_key": "pl-1", "candidate": "cand-1", "work": "work-1", "kind": "dienstverband",
        "employer_of_record": "emp-1", "hours_per_week": 24, "start_date": date(2023, 3, 1), "end_date": None})
    pathways.append_period(candidate, "uitkering_bijstand", date(2022, 1, 1), end=date(2023, 2, 28),
                           today=date(2024, 7, 1))
    contract = sroi.create_contract({
        "external_key": "sroi-1", "name": "Schoonmaak", "buyer": "gem-1", "supplier": "emp-1",
        "contract_value_eur": Decimal("100000"), "sroi_percentage": Decimal("5"), "base": "contract_value",
        "start_date": date(2024, 1, 1), "end_date": CONTRACT_END, "method": "haaglanden-2023",
        "penalty_factor": Decimal("1"), "herstelperiode_days": 90})
    entry = sroi.create_entry({"contract": contract.pk, "kind": "placement", "placement": placement.pk,
                               "description": "Sanne Jansen, schoonmaak", "invoice_reference": "F-2023-77"})
    document = sroi.add_evidence(entry.pk, "payslip", "loonstrook sanne jansen.pdf", PDF)

    run = MatchRun.objects.create(kind="assign", mode="optimal", reference_date=date(2025, 1, 1),
                                  parameters_version="t", input_hash="h", code_version="t")
    closed = MatchProposal.objects.create(run=run, candidate=candidate, work=registry_base["work"], verdict="ok",
                                          status="declined")
    ProposalEvent.objects.create(proposal=closed, from_status="proposed", to_status="declined", note="past niet")
    ProposalEvent.objects.filter(proposal=closed).update(at=_noon(PROPOSAL_CLOSED))
    still_open = MatchProposal.objects.create(run=run, candidate=candidate, work=registry_base["work"],
                                              verdict="ok", status="proposed")
    MatchProposal.objects.filter(pk=still_open.pk).update(updated_at=_noon(date(2020, 1, 1)))

    old = ConsentEvent.objects.create(candidate=candidate, flag="candidate", value=False, visible_before=False,
                                      visible_after=False)
    latest = ConsentEvent.objects.create(candidate=candidate, flag="candidate", value=True, visible_before=False,
                                         visible_after=False)
    ConsentEvent.objects.filter(pk=old.pk).update(created_at=_noon(date(2024, 1, 1)))
    ConsentEvent.objects.filter(pk=latest.pk).update(created_at=_noon(CONSENT_SUPERSEDED))

    answered = ContactRequest.objects.create(candidate=candidate, employer=registry_base["employer"],
                                             message="Graag kennismaken met Sanne", status="refused",
                                             answered_at=_noon(REQUEST_ANSWERED))
    open_request = ContactRequest.objects.create(candidate=candidate, employer=registry_base["employer"],
                                                 status="requested")
    return {"candidate": candidate, "contract": contract, "entry": entry, "document": document, "closed": closed,
            "still_open": still_open, "old_consent": old, "latest_consent": latest, "answered": answered,
            "open_request": open_request}


def _gone(world: dict[str, Any], data_set: str) -> bool:
    from werkbrug.matching.models import MatchProposal, ProposalEvent
    from werkbrug.sroi.models import Entry, EntryEvent, Evidence
    from werkbrug.trust.models import ConsentEvent, ContactRequest

    if data_set == "sroi_evidence":
        document = Evidence.objects.get(pk=world["document"].pk)
        entry = Entry.objects.get(pk=world["entry"].pk)
        blank = (not document.file and document.original_name == "" and entry.description == ""
                 and entry.invoice_reference == "" and not EntryEvent.objects.exclude(reason="").exists())
        assert blank == (not Path(world["document"].file.path).exists())  # file and row go together
        return blank
    if data_set == "match_proposals":
        gone = not MatchProposal.objects.filter(pk=world["closed"].pk).exists()
        assert gone == (not ProposalEvent.objects.filter(proposal_id=world["closed"].pk).exists())
        return gone
    if data_set == "consent_events":
        return not ConsentEvent.objects.filter(pk=world["old_consent"].pk).exists()
    return not ContactRequest.objects.filter(pk=world["answered"].pk).exists()


@pytest.mark.parametrize("data_set", sorted(EXPIRY))
@pytest.mark.parametrize("offset,expired", [(-1, False), (0, True), (1, True)])
def test_each_set_goes_on_its_own_limit(world: dict[str, Any], data_set: str, offset: int, expired: bool) -> None:
    today = EXPIRY[data_set] + timedelta(days=offset)
    call_command("retention", "run", today=today)
    assert _gone(world, data_set) == expired
    records = DeletionRecord.objects.filter(data_set=data_set)
    assert records.count() == int(expired)
    if expired:
        record = records.get()
        assert record.deleted_on == today and record.rule_valid_from == date(2025, 1, 1)
        assert record.record_ref.isupper() and str(world["contract"].pk) != record.record_ref


def test_what_stays_in_force_never_expires(world: dict[str, Any]) -> None:
    from werkbrug.matching.models import MatchProposal
    from werkbrug.trust.models import ConsentEvent, ContactRequest

    call_command("retention", "run", today=date(2040, 1, 1))
    assert MatchProposal.objects.filter(pk=world["still_open"].pk).exists()
    assert ConsentEvent.objects.filter(pk=world["latest_consent"].pk).exists()
    assert ContactRequest.objects.filter(pk=world["open_request"].pk).exists()
    Candidate.objects.get(pk=world["candidate"].pk, given_name="Sanne")  # a running placement: not anonymised
    call_command("retention", "run", today=date(2041, 1, 1))  # a second run finds nothing new
    assert DeletionRecord.objects.count() == 4


def test_deletion_records_hold_no_content(world: dict[str, Any]) -> None:
    call_command("retention", "run", today=date(2040, 1, 1))
    dumped = repr(list(DeletionRecord.objects.values()))
    assert [s for s in ("Sanne", "Jansen", "F-2023-77", "loonstrook", "past niet") if s in dumped] == []
    assert DeletionRecord.objects.get(data_set="sroi_evidence").counts["sroi.evidence_file"] == 1


def _aggregates() -> dict[str, Any]:
    from werkbrug.banenafspraak.placements import placement_quarters
    from werkbrug.pathways import services as pathways
    from werkbrug.sroi import services as sroi
    from werkbrug.sroi.models import Entry

    return {"sroi": sroi.totals(date(2025, 12, 31)),
            "entries": list(Entry.objects.values_list("pk", "value_eur", "status", "candidate_id", "placement_id")),
            "banen": [model_to_dict(q, exclude=["id"]) for q in placement_quarters(date(2025, 12, 31), set())],
            "pathways": pathways.outcome_report(date(2022, 1, 1), date(2025, 12, 31))}


def test_sroi_totals_and_aggregates_do_not_move(world: dict[str, Any]) -> None:
    before = _aggregates()
    assert Decimal(before["sroi"]["totals"]["realised_eur"]) > 0 and before["banen"]
    call_command("retention", "run", today=date(2040, 1, 1))
    assert DeletionRecord.objects.count() == 4
    assert _aggregates() == before


def test_evidence_removed_by_retention_answers_not_found_instead_of_failing(world: dict[str, Any]) -> None:
    from django.http import Http404

    from werkbrug.sroi.evidence import evidence_download
    from werkbrug.sroi.models import Evidence

    call_command("retention", "run", today=EXPIRY["sroi_evidence"])
    with pytest.raises(Http404, match="retention period"):
        evidence_download(Evidence.objects.get(pk=world["document"].pk))
