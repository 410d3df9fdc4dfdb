"""What the pathways and follow-up pages share: the candidate whose pathways the user may see or
change (403 otherwise), today's date (one clock the tests can freeze) and error texts."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language

from werkbrug.domain.errors import DomainValidationError
from werkbrug.pathways import access as pathways_access
from werkbrug.registry.models import Candidate
from werkbrug.web import access

CLOCK = timezone.localdate  # the one clock of these pages; tests freeze it by replacing CLOCK


def today() -> date:
    return CLOCK()


def candidate_for(request: HttpRequest, pk: int, action: str = "read") -> Candidate:
    candidate = get_object_or_404(Candidate.objects.select_related("organisation"), pk=pk)
    access.require(request, action, pathways_access.resource(candidate), pathways_access.FIELDS,
                   purpose="begeleiding")
    return candidate


def may(request: HttpRequest, action: str, candidate: Candidate) -> bool:
    return bool(access.can(request, action, pathways_access.resource(candidate), pathways_access.FIELDS))


def error_texts(error: DomainValidationError) -> list[str]:
    language = get_language() or "nl"
    return [issue.message.text(language) for issue in error.issues]


def name_of(request: HttpRequest, candidate: Candidate) -> str:
    """The name where the user may see it, otherwise the candidate's key."""
    if access.can(request, "read", candidate, ("identifying",)):
        return f"{candidate.given_name} {candidate.family_name}".strip() or candidate.external_key
    return candidate.external_key
