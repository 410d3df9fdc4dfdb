"""Who may see which business case: one decision for the API and the web pages.

A business case is a tool for whoever manages the work and its wage (employer HR for their own
organisation's work, consultants, functional administrators): ``update`` on the work for the
financial fields. Its candidate side is read in one of two ways:

- ``full``: the actor may read the candidate's health data (a consultant's own caseload, an
  administrator of the candidate's organisation): every detail, including why an instrument applies;
- ``pseudonymised``: the candidate is visible to employers (dual consent) or introduced to the
  actor's organisation, and the actor may read the pseudonymised facts: the amounts, never the
  identity, the FML profile, the doelgroep or the benefit (see werkbrug.businesscase.redact).

Anything else is refused. The decision itself is security's pure ``decide``; no role is named here."""

from __future__ import annotations

from typing import Literal

from werkbrug.domain.authorisation import Actor, Resource, decide
from werkbrug.registry.models import Candidate, Work
from werkbrug.security.access import resource_for

View = Literal["full", "pseudonymised"]
WORK_RULE = ("update", ("financial",))  # the business case sets out the work's wage cost


def may_use_work(actor: Actor, work: Work | Resource) -> bool:
    target = work if isinstance(work, Resource) else resource_for(work)
    return decide(actor, WORK_RULE[0], target, WORK_RULE[1]).allowed


def candidate_view(actor: Actor, candidate: Candidate) -> View | None:
    """How the actor may see this candidate's side of a business case (None: not at all)."""
    target = resource_for(candidate)
    if decide(actor, "read", target, ("health_fml", "financial")).allowed:
        return "full"
    own = {g.organisation_id for g in actor.grants}
    shared_with_employers = target.consented or bool(own & target.introduced_to)
    if shared_with_employers and decide(actor, "read", target, ("pseudonymised",)).allowed:
        return "pseudonymised"
    return None


def case_view(actor: Actor, candidate: Candidate, work: Work) -> View | None:
    if not may_use_work(actor, work):
        return None
    return candidate_view(actor, candidate)


def pseudonym_for(actor: Actor, candidate_id: int) -> str:
    """The candidate's pseudonym for the actor's organisation (the same as the API's candidate view)."""
    from django.conf import settings

    from werkbrug.domain.pseudonyms import pseudonym

    organisation = next((g.organisation_id for g in actor.grants), None)
    return pseudonym(settings.WERKBRUG_PSEUDONYM_KEY, f"org:{organisation}", candidate_id)


def by_pseudonym(actor: Actor, text: str) -> Candidate | None:
    """The candidate the actor knows by this pseudonym: only candidates the actor may read are
    tried (for an employer: those who consented or were introduced)."""
    from werkbrug.security.access import scope_queryset

    wanted = text.strip().upper()
    for pk in scope_queryset(actor, Candidate.objects.all(), "read").values_list("pk", flat=True).iterator():
        if pseudonym_for(actor, pk) == wanted:
            return Candidate.objects.get(pk=pk)
    return None


def shown_result(actor: Actor, view: View, result: dict[str, object]) -> dict[str, object]:
    """The result as this actor may see it."""
    from werkbrug.businesscase.redact import for_employer

    if view == "full":
        return result
    return for_employer(result, pseudonym_for(actor, int(str(result["candidate_id"]))))
