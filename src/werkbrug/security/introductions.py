"""Recording that a candidate, with their consent, was introduced to an employer: from then on the
employer's HR officers see the candidate's identity and contact details (roles.toml scope
``introduced``) until the consent is withdrawn. Audited here, in the service."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from werkbrug.registry.models import Candidate, Organisation, Work
from werkbrug.security import audit
from werkbrug.security.models import Introduction


def record_introduction(candidate: Candidate, organisation: Organisation, work: Work | None, by: Any,
                        origin: str = "") -> Introduction:
    """The introduction with the candidate's consent from now (a withdrawn one is given again)."""
    introduction, _ = Introduction.objects.update_or_create(
        candidate=candidate, organisation=organisation, work=work,
        defaults={"proposed_by": by, "candidate_consent_at": timezone.now(), "consent_withdrawn_at": None})
    audit.record("create", purpose="bemiddeling", actor=by, organisation_id=candidate.organisation_id,
                 object_type="introductions", object_id=introduction.pk, subject_id=candidate.pk, origin=origin)
    return introduction
