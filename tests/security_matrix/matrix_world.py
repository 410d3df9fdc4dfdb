"""The world the authorisation matrix runs in: two gemeenten, two employers, one account per
role (second factor given), and candidates in every relation to the acting account: own
caseload, a colleague's caseload, another organisation, consented (visible to employers) and
introduced to the employer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

ROLES = ("consultant", "jobcoach", "employer_hr", "inkoper", "policy_analyst", "functional_admin")
HOME = {"employer_hr": "E1"}  # everyone else works for gemeente G1


def bsn(n: int) -> str:
    """A valid (elfproef) BSN made from a number."""
    digits = [int(d) for d in f"{10_000_000 + n:08d}"]
    for check in range(10):
        if (sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) - check) % 11 == 0:
            return "".join(map(str, digits)) + str(check)
    return bsn(n + 1)


def save(record_kind: str, /, **values: Any) -> Any:
    from werkbrug.registry import services

    obj, _ = services.save_record(record_kind, values)
    return obj


@dataclass
class World:
    orgs: dict[str, Any]
    users: dict[str, Any]
    colleague: Any
    candidates: dict[str, Any] = field(default_factory=dict)  # relation -> candidate (per acting role)
    work: dict[str, Any] = field(default_factory=dict)
    placements: dict[str, Any] = field(default_factory=dict)


def _organisations() -> dict[str, Any]:
    base = {"sector": "overheid", "arbeidsmarktregio": "Holland Rijnland", "kvk_number": ""}
    return {
        "G1": save("organisations", external_key="MX-G1", name="Gemeente Een", kind="gemeente", **base),
        "G2": save("organisations", external_key="MX-G2", name="Gemeente Twee", kind="gemeente", **base),
        "E1": save("organisations", external_key="MX-E1", name="Werkgever Een", kind="employer", sector="markt",
                   arbeidsmarktregio="Holland Rijnland", kvk_number="12345678"),
        "E2": save("organisations", external_key="MX-E2", name="Werkgever Twee", kind="employer", sector="markt",
                   arbeidsmarktregio="Holland Rijnland", kvk_number="23456789"),
    }


def _candidate(key: str, org: Any, n: int, consultant: Any = None, **extra: Any) -> Any:
    from werkbrug.registry.models import Candidate

    save("candidates", external_key=key, organisation=org.external_key, given_name="Mx", family_name=f"Persoon{n}",
         bsn=bsn(n), date_of_birth=date(1990, 1, 1), gender="x", postcode="2311 AB", place="Leiden",
         latitude=Decimal("52.16"), longitude=Decimal("4.49"), situation="uitkering", benefit="bijstand",
         registered_on=date(2024, 1, 15), fml_profile={"IV.12": {"level": 1, "value": 5.0}},
         wish_hours_min=Decimal("16"), wish_hours_max=Decimal("24"), arbeidsmarktregio="Holland Rijnland",
         doelgroep_category="praktijkroute", doelgroep_from=date(2024, 2, 1))
    Candidate.objects.filter(external_key=key).update(consultant=consultant, **extra)
    return Candidate.objects.get(external_key=key)


def build(actor_role: str) -> World:
    """The world as seen by the account of ``actor_role`` (its own caseload candidate is 'mine')."""
    from werkbrug.security.models import Introduction
    from werkbrug.security.testing import user_with_role

    orgs = _organisations()
    users = {role: user_with_role(f"mx-{role}", role, orgs[HOME.get(role, "G1")]) for role in ROLES}
    colleague = user_with_role("mx-colleague", "consultant", orgs["G1"])
    world = World(orgs, users, colleague)
    me = users[actor_role]
    world.candidates = {
        "mine": _candidate("MX-C-MINE", orgs["G1"], 1, me),
        "colleague": _candidate("MX-C-COLL", orgs["G1"], 2, colleague),
        "other_org": _candidate("MX-C-OTHER", orgs["G2"], 3, None),
        "consented": _candidate("MX-C-CONS", orgs["G2"], 4, None, visible_by_candidate=True,
                                visible_by_consultant=True),
        "introduced": _candidate("MX-C-INTRO", orgs["G2"], 5, None),
    }
    Introduction.objects.create(candidate=world.candidates["introduced"], organisation=orgs["E1"],
                                proposed_by=colleague, candidate_consent_at="2025-01-01T10:00:00Z")
    save("locations", external_key="MX-L1", organisation="MX-E1", name="Hal", postcode="2311 AB", place="Leiden",
         latitude=Decimal("52.16"), longitude=Decimal("4.49"), arbeidsmarktregio="Holland Rijnland")
    save("locations", external_key="MX-L2", organisation="MX-E2", name="Hal", postcode="2311 AB", place="Leiden",
         latitude=Decimal("52.16"), longitude=Decimal("4.49"), arbeidsmarktregio="Holland Rijnland")
    for name, org, loc in (("own_employer", "MX-E1", "MX-L1"), ("other_employer", "MX-E2", "MX-L2")):
        world.work[name] = save("work", external_key=f"MX-W-{org}", employer=org, location=loc, kind="vacancy",
                                title="Inpakker", hours_per_week=Decimal("24"), contract_type="tijdelijk",
                                status="open", start_date=date(2025, 3, 1), wage_per_hour=Decimal("15.00"))
        save("tasks", work=f"MX-W-{org}", key="t1", name="Inpakken", hours_per_week=Decimal("24"),
             fml_demand={"IV.12": {"level": 1, "value": 3.0}})
    for relation in ("mine", "other_org"):
        world.placements[relation] = save(
            "placements", external_key=f"MX-P-{relation}", candidate=world.candidates[relation].external_key,
            work="MX-W-MX-E1", kind="dienstverband", employer_of_record="MX-E1", hours_per_week=Decimal("24"),
            start_date=date(2025, 3, 1))
    return world
