"""Read queries shared by pages: lists in a fixed number of queries (no N+1)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from werkbrug.registry.models import Candidate, Placement

LIST_FIELDS = ("id", "external_key", "given_name", "family_name", "place", "arbeidsmarktregio", "situation",
               "consultant_id", "available_from", "updated_at", "visible_by_candidate", "visible_by_consultant")


def running_placement() -> Exists:
    today = timezone.localdate()
    return Exists(Placement.objects.filter(candidate=OuterRef("pk")).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=today)))


def with_status(queryset: QuerySet[Candidate]) -> QuerySet[Candidate]:
    return queryset.annotate(placed=running_placement())


def listing(queryset: QuerySet[Candidate]) -> QuerySet[Candidate]:
    """Candidates for a table: only the columns a list shows (never the BSN), with their status."""
    return with_status(queryset).only(*LIST_FIELDS)
