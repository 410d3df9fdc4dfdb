"""Lists and single objects agree: scope_queryset returns exactly the objects decide() allows,
for every role; a single object outside the grant is a 403 (PermissionDenied) and is audited."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from werkbrug.domain.authorisation import decide, default_policy
from werkbrug.registry import services
from werkbrug.registry.models import Candidate, Location, Organisation, Placement, Work
from werkbrug.security import access
from werkbrug.security.models import AuditEvent, DataSharingAgreement, Introduction, Membership

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


@pytest.fixture
def world(tenants: Any, make_user: Any) -> dict[str, Any]:
    from record_values import candidate_values

    me = make_user("me", None, password=None)  # no password: no argon2 cost in a 360-cell matrix
    colleague = make_user("colleague", None, password=None)
    rows = [("c-own", "gem-1", me, True), ("c-coll", "gem-1", colleague, False), ("c-other", "gem-2", None, True),
            ("c-shared", "gem-2", me, False)]
    for n, (key, org, consultant, visible) in enumerate(rows):
        candidate, _ = services.save_record("candidates", candidate_values(key, organisation=org, bsn=['100000010', '100000022', '100000034', '100000046'][n]))
        Candidate.objects.filter(pk=candidate.pk).update(consultant=consultant, visible_by_candidate=visible,
                                                         visible_by_consultant=visible)
    services.save_record("placements", {"external_key": "pl-1", "candidate": "c-own", "work": "work-1",
                                        "kind": "dienstverband", "employer_of_record": "emp-1",
                                        "hours_per_week": 24, "start_date": date(2024, 1, 1)})
    Introduction.objects.create(candidate=Candidate.objects.get(external_key="c-other"),
                                organisation=tenants["employer"], proposed_by=colleague,
                                candidate_consent_at=timezone.now())
    DataSharingAgreement.objects.create(provider=tenants["other"], recipient=tenants["gemeente"],
                                        field_classes=["identifying"], purpose="bemiddeling", reference="DSA-1",
                                        valid_from=date(2020, 1, 1), recorded_by=colleague)
    return {**tenants, "me": me}


ORGS = {"gemeente": "gemeente", "employer": "employer", "other": "other"}


@pytest.mark.parametrize("role", sorted(default_policy().roles))
@pytest.mark.parametrize("org", sorted(ORGS))
def test_lists_match_single_decisions(world: dict[str, Any], role: str, org: str) -> None:
    Membership.objects.create(user=world["me"], organisation=world[org], role=role)
    actor = access.actor_for(world["me"], mfa_verified=True)
    for model in (Candidate, Placement, Work, Location, Organisation):
        for action in ("read", "create", "update", "delete", "export"):
            listed = set(access.scope_queryset(actor, model.objects.all(), action).values_list("pk", flat=True))
            allowed = {obj.pk for obj in model.objects.all() if decide(actor, action, access.resource_for(obj))}
            assert listed == allowed, (model.__name__, action)


def test_expected_cells(world: dict[str, Any]) -> None:
    Membership.objects.create(user=world["me"], organisation=world["gemeente"], role="consultant")
    actor = access.actor_for(world["me"], mfa_verified=True)
    keys = set(access.scope_queryset(actor, Candidate.objects.all()).values_list("external_key", flat=True))
    assert keys == {"c-own", "c-coll", "c-other", "c-shared"}  # gem-2 shares identifying data with gem-1
    shared = decide(actor, "read", access.resource_for(Candidate.objects.get(external_key="c-other")))
    assert shared.field_classes == {"identifying"}
    assert not access.scope_queryset(access.actor_for(world["me"], mfa_verified=False), Candidate.objects.all())


def test_employer_lists_consenting_and_introduced_candidates_only(world: dict[str, Any]) -> None:
    Membership.objects.create(user=world["me"], organisation=world["employer"], role="employer_hr")
    actor = access.actor_for(world["me"])
    keys = set(access.scope_queryset(actor, Candidate.objects.all()).values_list("external_key", flat=True))
    assert keys == {"c-own", "c-other"}
    own = decide(actor, "read", access.resource_for(Candidate.objects.get(external_key="c-own")))
    assert own.field_classes == {"pseudonymised"}


def test_single_object_outside_the_grant_is_refused_and_audited(world: dict[str, Any]) -> None:
    Membership.objects.create(user=world["me"], organisation=world["employer"], role="employer_hr")
    actor = access.actor_for(world["me"])
    hidden = Candidate.objects.get(external_key="c-coll")
    with pytest.raises(PermissionDenied):
        access.authorise(actor, "read", hidden, user=world["me"])
    row = AuditEvent.objects.get(result="refused")
    assert (row.actor_id, row.object_type, row.subject_id) == (world["me"].pk, "candidates", hidden.pk)
