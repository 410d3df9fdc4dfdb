"""Dual consent for employer visibility, its log, the employer's anonymised view and contact
requests that go through the consultant. Identity is revealed only after the candidate agrees."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from werkbrug.domain.errors import DomainValidationError, Issue, Message
from werkbrug.matching import services
from werkbrug.registry.models import Candidate, Organisation, Work
from werkbrug.trust.models import ConsentEvent, ContactRequest

# The anonymised profile an employer sees (the same facts as the web explorer): never names,
# BSN, contact details or FML values.
SHOWN = ("arbeidsmarktregio", "education_level", "wish_hours_min", "wish_hours_max", "wish_day_parts",
         "wish_occupations", "driving_licence", "available_from")
FLAG_FIELDS = {"candidate": "visible_by_candidate", "consultant": "visible_by_consultant"}


class NotRevealed(Exception):
    """The candidate has not agreed: the identity stays hidden."""

    def __init__(self) -> None:
        self.message = Message("de kandidaat heeft (nog) niet ingestemd; identiteit blijft verborgen",
                               "the candidate has not agreed (yet); the identity stays hidden")
        super().__init__(str(self.message))


def visible(candidate: Candidate) -> bool:
    return bool(candidate.visible_by_candidate and candidate.visible_by_consultant)


def anonymised_profile(candidate: Candidate) -> dict[str, Any]:
    values = {f: getattr(candidate, f) for f in SHOWN}
    return {k: (v.isoformat() if isinstance(v, date) else str(v) if v is not None and not isinstance(
        v, bool | list | str) else v) for k, v in values.items()}


@transaction.atomic
def set_visibility(candidate_id: int, flag: str, value: bool, user: Any, note: str = "") -> ConsentEvent:
    """Switch the candidate's own consent or the consultant's approval; logs who, when and what
    the anonymised profile showed. Off takes effect in every employer view at once: every view
    reads both flags."""
    if flag not in FLAG_FIELDS:
        raise DomainValidationError([Issue("flag", "unknown_code", Message(
            "kies candidate of consultant", "choose candidate or consultant"))])
    candidate = Candidate.objects.select_for_update().get(pk=candidate_id)
    before = visible(candidate)
    setattr(candidate, FLAG_FIELDS[flag], value)
    Candidate.objects.filter(pk=candidate.pk).update(**{FLAG_FIELDS[flag]: value}, updated_at=timezone.now())
    return ConsentEvent.objects.create(
        candidate=candidate, flag=flag, value=value, visible_before=before, visible_after=visible(candidate),
        shown=anonymised_profile(candidate), note=note[:200], actor=user if getattr(user, "pk", None) else None)


def employer_view(work_ident: str, top: int = 10, today: date | None = None, language: str = "nl") -> list[dict]:
    """The anonymised candidate list an employer sees for a work item (both flags on)."""
    return services.recommend_for_work(work_ident, top, today=today, language=language, anonymous=True)["candidates"]


def export_employer_view(work_ident: str, path: Path, top: int = 10, today: date | None = None) -> int:
    """Write the employer's anonymised list (rank, verdict, score, summary) as CSV; returns rows."""
    rows = employer_view(work_ident, top, today)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["rang", "kandidaat", "oordeel", "score", "samenvatting"])
        for row in rows:
            writer.writerow([row["candidate"].lstrip("#"), row["candidate"], row["verdict"], row["score"],
                             row["summary"]])
    return len(rows)


def request_contact(candidate_id: int, user: Any, work_id: int | None = None, employer_id: int | None = None,
                    message: str = "") -> ContactRequest:
    """An employer asks to meet an anonymised candidate; the request lands with the consultant."""
    candidate = Candidate.objects.get(pk=candidate_id)
    if not visible(candidate):
        raise DomainValidationError([Issue("candidate", "not_visible", Message(
            "deze kandidaat is niet zichtbaar voor werkgevers", "this candidate is not visible to employers"))])
    return ContactRequest.objects.create(
        candidate=candidate, work=Work.objects.get(pk=work_id) if work_id else None,
        employer=Organisation.objects.get(pk=employer_id) if employer_id else None, message=message,
        requested_by=user if getattr(user, "pk", None) else None)


def record_answer(request_id: int, agreed: bool, user: Any, note: str = "") -> ContactRequest:
    """The consultant records what the candidate answered."""
    with transaction.atomic():
        request = ContactRequest.objects.select_for_update().get(pk=request_id)
        if request.status != "requested":
            raise DomainValidationError([Issue("status", "already_answered", Message(
                "dit verzoek is al beantwoord", "this request has already been answered"))])
        request.status = "agreed" if agreed else "refused"
        request.answered_by = user if getattr(user, "pk", None) else None
        request.answered_at, request.answer_note = timezone.now(), note[:200]
        request.save()
    return request


def contact_view(request_id: int) -> dict[str, Any]:
    """What the employer sees of a request: the anonymised profile, and the identity only when agreed."""
    request = ContactRequest.objects.select_related("candidate").get(pk=request_id)
    body: dict[str, Any] = {"id": request.pk, "status": request.status, "work": request.work_id,
                            "profile": anonymised_profile(request.candidate), "identity": None}
    if request.status == "agreed":
        c = request.candidate
        body["identity"] = {"given_name": c.given_name, "family_name": c.family_name, "email": c.email,
                            "phone": c.phone}
    return body


def reveal(request_id: int) -> dict[str, Any]:
    identity = contact_view(request_id)["identity"]
    if identity is None:
        raise NotRevealed()
    return identity

