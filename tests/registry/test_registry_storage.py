"""Storage behaviour: upserts by key, optimistic locking, safe deletion. Runs on SQLite and PostgreSQL."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection

from record_values import candidate_values
from werkbrug.domain.errors import DeletionRefused, DomainValidationError, VersionConflict
from werkbrug.registry import services
from werkbrug.registry.models import (
    Candidate,
    Certificate,
    DoelgroepRegistration,
    Placement,
    Task,
    Work,
)

pytestmark = pytest.mark.django_db


def test_saving_the_same_key_twice_updates_instead_of_duplicating(registry_base: dict) -> None:
    first, created = services.save_record("candidates", candidate_values())
    again, created_again = services.save_record("candidates", candidate_values(place="Leiderdorp"))
    assert created and not created_again
    assert first.pk == again.pk and Candidate.objects.count() == 1
    assert again.place == "Leiderdorp" and again.version == 2
    assert again.postcode == "2311AB"  # normalised on the way in


def test_candidate_extras_are_stored_in_their_own_tables(registry_base: dict) -> None:
    candidate, _ = services.save_record("candidates", candidate_values())
    registration = DoelgroepRegistration.objects.get(candidate=candidate)
    assert registration.category == "praktijkroute" and registration.valid_to is None
    assert list(Certificate.objects.filter(candidate=candidate).values_list("kind", "code")) == [("branche", "VCA")]
    assert services.doelgroep_on(candidate, date(2024, 1, 31)) is None
    assert services.doelgroep_on(candidate, date(2024, 2, 1)) == registration


def test_an_invalid_record_is_refused_and_nothing_is_written(registry_base: dict) -> None:
    with pytest.raises(DomainValidationError) as refused:
        services.save_record("candidates", candidate_values(bsn="123456789"))
    assert [i.field for i in refused.value.issues] == ["bsn"]
    assert Candidate.objects.count() == 0


def test_a_stale_update_is_refused_and_the_first_edit_survives(registry_base: dict) -> None:
    candidate, _ = services.save_record("candidates", candidate_values())
    version = candidate.version
    services.update("candidates", candidate.pk, version, {"place": "Katwijk"})
    with pytest.raises(VersionConflict) as conflict:
        services.update("candidates", candidate.pk, version, {"place": "Noordwijk"})
    assert conflict.value.expected == version and conflict.value.current == version + 1
    assert "versie" in conflict.value.message.nl and "version" in conflict.value.message.en
    stored = Candidate.objects.get(pk=candidate.pk)
    assert stored.place == "Katwijk" and stored.version == version + 1


def test_update_of_an_unknown_record_says_it_does_not_exist(registry_base: dict) -> None:
    with pytest.raises(Candidate.DoesNotExist):
        services.update("candidates", 999_999, 1, {"place": "Katwijk"})


def _place(registry_base: dict) -> Placement:
    services.save_record("candidates", candidate_values())
    placement, _ = services.save_record("placements", {
        "external_key": "pl-1", "candidate": "cand-1", "work": "work-1", "kind": "detachering",
        "employer_of_record": "gem-1", "inlener": "emp-1", "hours_per_week": Decimal("20"),
        "start_date": date(2025, 3, 1)})
    return placement  # type: ignore[return-value]


def test_the_inlener_gets_the_credit_for_a_detachering(registry_base: dict) -> None:
    placement = _place(registry_base)
    assert placement.credited_employer == registry_base["employer"]


def test_deleting_refuses_while_placements_exist_and_removes_nothing(registry_base: dict) -> None:
    placement = _place(registry_base)
    for obj in (placement.candidate, placement.work, registry_base["employer"]):
        with pytest.raises(DeletionRefused) as refused:
            services.delete(obj)
        assert "placements" in str(refused.value.message)
    assert Placement.objects.count() == 1 and Candidate.objects.count() == 1 and Work.objects.count() == 1


def test_explicit_deletion_reports_what_went_with_it(registry_base: dict) -> None:
    removed = services.delete(registry_base["work"])
    assert removed == {"tasks": 1}
    assert not Task.objects.exists()
    candidate, _ = services.save_record("candidates", candidate_values())
    assert services.delete(candidate) == {"doelgroep": 1, "certificates": 1}


def test_database_constraints_refuse_a_period_that_ends_before_it_starts(registry_base: dict) -> None:
    from django.db import IntegrityError, transaction

    candidate, _ = services.save_record("candidates", candidate_values())
    with pytest.raises(IntegrityError), transaction.atomic():
        DoelgroepRegistration.objects.create(candidate=candidate, category="wajong",
                                             valid_from=date(2025, 1, 1), valid_to=date(2024, 1, 1))


@pytest.mark.django_db(transaction=True)
def test_migrations_run_down_to_empty_and_back_up() -> None:
    call_command("migrate", "registry", "zero", verbosity=0)
    assert "registry_candidate" not in connection.introspection.table_names()
    call_command("migrate", verbosity=0)
    assert "registry_candidate" in connection.introspection.table_names()


def test_reference_catalogues_load_idempotently(db: None) -> None:
    first = services.load_reference_catalogues()
    second = services.load_reference_catalogues()
    assert first == second and first["accommodations"] >= 15 and first["skills"] >= 60
