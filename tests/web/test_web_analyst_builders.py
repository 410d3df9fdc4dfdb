"""Builders for the analyst and fairness page tests (no tests here): accounts per role and small,
hand-countable data for every dashboard. Kept under the test_web_analyst name of this area."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.test import Client

REGION_A, REGION_B = "Holland Rijnland", "Haaglanden"
YEAR = 2025
# placements started per region and quarter (Q1..Q4): what the dashboard must count
PLACEMENTS = {REGION_A: (6, 3, 7, 0), REGION_B: (5, 5, 0, 0)}


def account(name: str, role: str, organisation: Any) -> Any:
    from django.contrib.auth import get_user_model

    from werkbrug.security.models import Membership

    user = get_user_model().objects.create_user(name, password="lange-zin-als-wachtwoord-42")
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


def signed_in(user: Any, mfa: bool = True) -> Client:
    from werkbrug.security.access import MFA_SESSION_KEY

    client = Client()
    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = mfa
    session.save()
    return client


def people(organisation: Any, count: int, start: int = 0, **values: Any) -> list[Any]:
    """Bare candidates straight through the ORM (fast; the registry's checks are not under test)."""
    from werkbrug.registry.models import Candidate

    base: dict[str, Any] = dict(organisation=organisation, given_name="x", family_name="x",
                                date_of_birth=date(1990, 1, 1), postcode="1000AA", place="A", latitude=52.0,
                                longitude=5.0, registered_on=date(2024, 1, 1), gender="m")
    base.update(values)
    made = [Candidate(external_key=f"AN-{n}", bsn=f"8{n:08d}", **base) for n in range(start, start + count)]
    Candidate.objects.bulk_create(made)
    return list(Candidate.objects.filter(external_key__in=[c.external_key for c in made]).order_by("id"))


def placements(world: dict[str, Any]) -> None:
    from werkbrug.registry.models import Placement

    rows, n = [], 0
    for region, quarters in PLACEMENTS.items():
        for quarter, count in enumerate(quarters):
            for person in people(world["gemeente"], count, start=n, arbeidsmarktregio=region):
                rows.append(Placement(external_key=f"AP-{n}", candidate=person, work=world["work"],
                                      kind="dienstverband", employer_of_record=world["employer"],
                                      hours_per_week=Decimal("20"), start_date=date(YEAR, 3 * quarter + 1, 15)))
                n += 1
    Placement.objects.bulk_create(rows)


def banen(sector: str = "markt") -> None:
    """Six employers in region A (shown) and one in region B (suppressed), 1,331 doelgroep hours each."""
    from werkbrug.banenafspraak.models import BanenQuarter
    from werkbrug.registry.models import Organisation

    rows = []
    for n, region in enumerate([REGION_A] * 6 + [REGION_B]):
        org = Organisation.objects.create(external_key=f"AB-{n}", name=f"Werkgever {n}", kind="employer",
                                          sector=sector, arbeidsmarktregio=region)
        rows.append(BanenQuarter(employer=org, year=YEAR, quarter=1, source="payroll", total_hours_centi=10_000_00,
                                 doelgroep_hours_centi=1331_00, doelgroep_person_months=30))
    BanenQuarter.objects.bulk_create(rows)


def trajectories(world: dict[str, Any], moved: int = 6, stayed: int = 7) -> None:
    """People in dagbesteding on 1 January; `moved` of them in regular work from 1 July."""
    from werkbrug.pathways.models import TrajectoryPeriod

    group = people(world["gemeente"], moved + stayed, start=500, arbeidsmarktregio=REGION_A)
    rows = []
    for i, person in enumerate(group):
        if i < moved:
            rows += [TrajectoryPeriod(candidate=person, situation="dagbesteding", start_date=date(2024, 1, 1),
                                      end_date=date(YEAR, 6, 30), model_version="t"),
                     TrajectoryPeriod(candidate=person, situation="regulier_werk", start_date=date(YEAR, 7, 1),
                                      transition_kind="forward", model_version="t")]
        else:
            rows.append(TrajectoryPeriod(candidate=person, situation="dagbesteding", start_date=date(2024, 1, 1),
                                         model_version="t"))
    TrajectoryPeriod.objects.bulk_create(rows)


def sroi_contract(world: dict[str, Any]) -> Any:
    """One contract of the gemeente (region A): 5% of EUR 100,000 = EUR 5,000 obligation."""
    from werkbrug.sroi.models import Contract

    world["gemeente"].arbeidsmarktregio = REGION_A
    world["gemeente"].save(update_fields=["arbeidsmarktregio"])
    return Contract.objects.create(external_key="AS-1", name="Schoonmaak", buyer=world["gemeente"],
                                   supplier=world["employer"], contract_value_eur=Decimal("100000"),
                                   sroi_percentage=Decimal("5"), start_date=date(YEAR, 1, 1),
                                   end_date=date(YEAR + 1, 12, 31), method="utrecht")


def proposals(world: dict[str, Any], men: int, women: int, size: int = 40) -> None:
    """`size` men and `size` women; `men` and `women` of them recommended today."""
    from werkbrug.matching.models import MatchProposal, MatchRun

    male = people(world["gemeente"], size, start=1000, gender="m")
    female = people(world["gemeente"], size, start=2000, gender="v")
    run = MatchRun.objects.create(kind="recommend", mode="work", reference_date=date.today(),
                                  parameters_version="t", input_hash="x", code_version="t")
    chosen = male[:men] + female[:women]
    MatchProposal.objects.bulk_create([MatchProposal(run=run, candidate=c, work=world["work"], verdict="fits")
                                       for c in chosen])
