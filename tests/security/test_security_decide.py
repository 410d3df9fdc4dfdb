"""The pure authorisation decision: default deny, tenants, caseloads, sharing, consent, MFA."""

from __future__ import annotations

import pytest

from werkbrug.domain.authorisation import (
    Actor,
    Grant,
    Resource,
    Sharing,
    decide,
    default_policy,
    fields_of_classes,
    filter_record,
)

GEM, OTHER, EMPLOYER = 1, 2, 3
ALL_CLASSES = {"identifying", "contact", "health_fml", "financial", "pseudonymised", "general"}


def actor(role: str, org: int = GEM, user: int = 10, mfa: bool = True, **kw: object) -> Actor:
    return Actor(user, (Grant(role, org, bool(kw.pop("caseload_only", False))),), mfa_verified=mfa, **kw)  # type: ignore[arg-type]


def candidate(org: int = GEM, consultant: int | None = 10, consented: bool = False,
              introduced: frozenset[int] = frozenset()) -> Resource:
    return Resource("candidates", frozenset({org}), consultant, consented, introduced)


def test_nobody_and_unknown_roles_get_nothing() -> None:
    assert not decide(Actor(None), "read", candidate())
    assert not decide(Actor(10), "read", candidate())  # no grants
    assert not decide(actor("emperor"), "read", candidate())
    assert not decide(actor("consultant", active=False), "read", candidate())
    assert not decide(actor("consultant"), "fly", candidate())
    assert not decide(actor("consultant"), "read", Resource("spaceships"))


def test_consultant_sees_everything_of_own_caseload_and_less_of_colleagues() -> None:
    own = decide(actor("consultant"), "read", candidate(consultant=10), ["health_fml", "identifying"])
    assert own.allowed and own.field_classes == ALL_CLASSES
    colleague = decide(actor("consultant"), "read", candidate(consultant=11))
    assert colleague.allowed and "health_fml" not in colleague.field_classes and "contact" not in colleague.field_classes
    refused = decide(actor("consultant"), "read", candidate(consultant=11), ["health_fml"])
    assert not refused.allowed and "health_fml" in refused.reason.en


def test_other_tenant_is_refused_unless_a_sharing_agreement_says_so() -> None:
    assert not decide(actor("consultant"), "read", candidate(org=OTHER, consultant=99))
    shared = Actor(10, (Grant("consultant", GEM),), (Sharing(OTHER, GEM, frozenset({"pseudonymised"})),), True)
    decision = decide(shared, "read", candidate(org=OTHER, consultant=99))
    assert decision.allowed and decision.field_classes == {"pseudonymised"}
    wrong_way = Actor(10, (Grant("consultant", GEM),), (Sharing(GEM, OTHER, frozenset(ALL_CLASSES)),), True)
    assert not decide(wrong_way, "read", candidate(org=OTHER, consultant=99))


def test_caseload_only_membership_hides_the_rest_of_the_organisation() -> None:
    limited = actor("consultant", caseload_only=True)
    assert decide(limited, "read", candidate(consultant=10))
    assert not decide(limited, "read", candidate(consultant=11))


def test_mfa_roles_are_refused_without_a_second_factor() -> None:
    decision = decide(actor("consultant", mfa=False), "read", candidate())
    assert not decision.allowed and "two-factor" in decision.reason.en
    assert decide(actor("jobcoach", mfa=False), "read", candidate())


def test_employer_sees_pseudonymised_profiles_of_consenting_candidates_only() -> None:
    hr = actor("employer_hr", org=EMPLOYER)
    assert not decide(hr, "read", candidate())
    consented = decide(hr, "read", candidate(consented=True))
    assert consented.allowed and consented.field_classes == {"pseudonymised"}
    assert not decide(hr, "read", candidate(consented=True), ["identifying"])
    introduced = decide(hr, "read", candidate(consented=True, introduced=frozenset({EMPLOYER})))
    assert introduced.field_classes == {"pseudonymised", "identifying", "contact"}
    assert not decide(hr, "update", candidate(consented=True, introduced=frozenset({EMPLOYER})))
    for action in ("read", "export"):
        assert "health_fml" not in decide(hr, action, candidate(consented=True, introduced=frozenset({EMPLOYER}))).field_classes


def test_employer_manages_own_work_only() -> None:
    hr = actor("employer_hr", org=EMPLOYER)
    own, other = Resource("work", frozenset({EMPLOYER})), Resource("work", frozenset({OTHER}))
    assert decide(hr, "update", own) and not decide(hr, "update", other)
    assert decide(hr, "read", other, ["general"]) and not decide(hr, "read", other, ["financial"])


def test_delete_is_for_functional_admins_within_their_organisation() -> None:
    for role in ("consultant", "jobcoach", "inkoper", "policy_analyst", "employer_hr"):
        assert not decide(actor(role), "delete", candidate()), role
    assert decide(actor("functional_admin"), "delete", candidate())
    assert not decide(actor("functional_admin"), "delete", candidate(org=OTHER))


def test_filter_record_drops_unpermitted_and_unknown_fields() -> None:
    record = {"bsn": "111222333", "given_name": "x", "fml_profile": {}, "skills": [], "pseudonym": "P-1",
              "unheard_of": 1}
    assert filter_record("candidates", record, {"pseudonymised"}) == {"skills": [], "pseudonym": "P-1"}
    assert set(filter_record("candidates", record, ALL_CLASSES)) == set(record) - {"unheard_of"}
    assert filter_record("skills", {"uri": "u"}, {"general"}) == {"uri": "u"}  # unmapped kind: general
    assert "bsn" in fields_of_classes("candidates", {"identifying"})


@pytest.mark.parametrize("role", sorted(default_policy().roles))
def test_no_role_but_consultant_and_admin_writes_health_data(role: str) -> None:
    writes = decide(actor(role), "update", candidate(), ["health_fml"]).allowed
    assert writes == (role in {"consultant", "functional_admin"})


def test_every_candidate_model_field_has_a_class() -> None:
    import re
    from pathlib import Path
    source = (Path(__file__).resolve().parents[2] / "src/werkbrug/registry/models/candidate.py").read_text()
    body = source.split("class Candidate(")[1].split("\nclass ")[0]
    names = set(re.findall(r"^    (\w+) = models\.", body, re.M))
    names |= {"external_key", "version", "created_at", "updated_at", "id"}
    mapping = default_policy().fields_by_kind["candidates"]
    assert len(names) > 30
    assert names <= set(mapping), sorted(names - set(mapping))
