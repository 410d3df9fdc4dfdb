"""Loading demo data into the database: counts, --replace, refusals, the management command."""

import pytest
from django.core.management import CommandError, call_command

from werkbrug.demo.load import DemoLoadError, load
from werkbrug.domain.demo import generate
from werkbrug.registry import services
from werkbrug.registry.models import (
    BaanAmbitie,
    Candidate,
    Certificate,
    DoelgroepRegistration,
    Organisation,
    Placement,
    Task,
    Work,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def small():
    return generate("small", seed=5)


def _snapshot() -> dict[str, int]:
    return {**services.counts(), "doelgroep": DoelgroepRegistration.objects.count(),
            "certificates": Certificate.objects.count(), "baanambities": BaanAmbitie.objects.count()}


def test_loading_small_gives_the_generated_counts(small) -> None:
    load(small)
    counts = _snapshot()
    for kind in ("organisations", "locations", "candidates", "work", "tasks", "placements", "baanambities"):
        assert counts[kind] == len(getattr(small, kind)), kind
    assert counts["doelgroep"] == sum(1 for c in small.candidates if c["doelgroep_category"])
    assert counts["certificates"] == sum(len(c["certificates"]) for c in small.candidates)
    assert counts["active_placements"] == sum(1 for p in small.placements if p["end_date"] is None)


def test_loaded_values_round_trip(small) -> None:
    load(small)
    record = next(c for c in small.candidates if c["fml_profile"] and c["doelgroep_category"])
    stored = Candidate.objects.get(external_key=record["external_key"])
    assert stored.bsn == record["bsn"] and stored.fml_profile == record["fml_profile"]
    assert stored.date_of_birth == record["date_of_birth"] and stored.version == 1
    assert stored.wish_hours_max == record["wish_hours_max"]
    assert stored.doelgroep.get().category == record["doelgroep_category"]
    task = Task.objects.select_related("work").order_by("id").first()
    assert task is not None and task.work.external_key == small.tasks[0]["work"]
    detached = Placement.objects.filter(kind="detachering").select_related("inlener", "employer_of_record")
    assert detached and all(p.inlener is not None and p.employer_of_record.kind == "sob" for p in detached)


def test_loading_twice_without_replace_is_refused(small) -> None:
    load(small)
    with pytest.raises(DemoLoadError, match="--replace"):
        load(small)
    assert Candidate.objects.count() == len(small.candidates)


def test_replace_is_idempotent_and_keeps_own_records(small) -> None:
    own = Organisation.objects.create(external_key="gem-leiden", name="Eigen organisatie", kind="gemeente")
    load(small)
    first = _snapshot()
    load(small, replace=True)
    assert _snapshot() == first
    load(generate("small", seed=6), replace=True)
    assert Organisation.objects.filter(pk=own.pk).exists()
    assert not Work.objects.filter(external_key__startswith="demo-").exclude(
        external_key__in=[w["external_key"] for w in generate("small", seed=6).work]).exists()


def test_replace_refused_while_own_records_depend_on_demo_data(small) -> None:
    load(small)
    employer = Organisation.objects.get(external_key=small.organisations[0]["external_key"])
    Organisation.objects.create(external_key="x", name="x", kind="employer")
    Candidate.objects.filter(external_key=small.candidates[0]["external_key"]).update(
        external_key="own-person")  # now an own record pointing at a demo organisation
    with pytest.raises(DemoLoadError, match="verwijzen"):
        load(small, replace=True)
    assert Organisation.objects.filter(pk=employer.pk).exists()


def test_demo_command_loads_and_replaces(capsys) -> None:
    call_command("demo", "--size", "small", "--seed", "3")
    assert Candidate.objects.count() == 200
    with pytest.raises(CommandError):
        call_command("demo", "--size", "small", "--seed", "3")
    call_command("demo", "--size", "small", "--seed", "3", "--replace")
    assert Candidate.objects.count() == 200
    assert "candidates" in capsys.readouterr().out


@pytest.mark.django_db(transaction=True, databases=["default", "audit"])
def test_replace_commits_with_other_apps_rows_and_demo_accounts_present() -> None:
    """Committed for real (foreign keys are checked at commit): trajectories, follow-up contacts and
    the demo accounts' memberships point at demo rows and must not block --replace."""
    from werkbrug.pathways.models import FollowUpContact, TrajectoryPeriod
    from werkbrug.security.models import Membership

    call_command("demo", "--size", "small", "--seed", "3")
    before = (TrajectoryPeriod.objects.count(), FollowUpContact.objects.count(), Membership.objects.count())
    assert before[0] > 0 and before[1] > 0 and before[2] > 0
    call_command("demo", "--size", "small", "--seed", "3", "--replace")
    after = (TrajectoryPeriod.objects.count(), FollowUpContact.objects.count(), Membership.objects.count())
    assert after == before
