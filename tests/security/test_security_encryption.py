"""BSN and health fields encrypted at rest: raw columns hold ciphertext, the ORM shows plaintext,
BSN lookups and uniqueness go through the blind index, rotation and the migration re-encrypt."""

from __future__ import annotations

from datetime import date
from io import StringIO
from typing import Any

import pytest
from django.core.exceptions import FieldError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection, transaction
from django.test import override_settings

from werkbrug.registry import services
from werkbrug.registry.models import Candidate
from werkbrug.security import conf, key_rotation, keyring
from werkbrug.security.encrypted_fields import encrypted_fields

pytestmark = [pytest.mark.storage, pytest.mark.django_db(databases=["default", "audit"])]
ENCRYPTED = ["bsn", "fml_profile", "needed_accommodations", "support_notes", "unavailable_reason"]
NEW = f"k2027:{keyring.new_key()}"


def raw(candidate: Candidate) -> dict[str, Any]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT bsn, fml_profile, needed_accommodations, support_notes, unavailable_reason, "
                       "bsn_index FROM registry_candidate WHERE id = %s", [candidate.pk])
        row = cursor.fetchone()
    return dict(zip([*ENCRYPTED, "bsn_index"], row, strict=True))


@pytest.fixture
def person(registry_base: dict[str, Any]) -> Candidate:
    from record_values import candidate_values

    candidate, _ = services.save_record("candidates", candidate_values("cand-1", unavailable_reason="operatie"))
    candidate.support_notes, candidate.needed_accommodations = "rugklachten, geen tillen", ["aangepaste-stoel"]
    candidate.save()
    return candidate


def test_raw_columns_hold_ciphertext_and_the_orm_plaintext(person: Candidate) -> None:
    stored = raw(person)
    for name in ENCRYPTED:
        assert keyring.key_id_of(stored[name]) == "dev", name
    text = " ".join(stored[name] for name in ENCRYPTED)
    for secret in ["111222333", "IV.12", "rugklachten", "aangepaste-stoel", "operatie"]:
        assert secret not in text
    assert len(stored["bsn_index"]) == 64 and "111222333" not in stored["bsn_index"]
    fresh = Candidate.objects.get(pk=person.pk)
    assert fresh.bsn == "111222333" and fresh.fml_profile == {"IV.12": {"level": 1, "value": 5.0}}
    assert fresh.support_notes == "rugklachten, geen tillen" and fresh.unavailable_reason == "operatie"
    assert Candidate.objects.filter(pk=person.pk).values_list("bsn", "needed_accommodations").get() == (
        "111222333", ["aangepaste-stoel"])


def test_bsn_lookups_and_uniqueness_use_the_blind_index(person: Candidate) -> None:
    assert Candidate.objects.get(bsn="111222333").pk == person.pk
    assert list(Candidate.objects.filter(bsn__in=["111222333", "100000010"])) == [person]
    assert not Candidate.objects.filter(bsn="100000010").exists()
    assert not Candidate.objects.filter(bsn__in=[]).exists()
    with pytest.raises(FieldError):
        Candidate.objects.filter(bsn__startswith="111").count()  # no lookup into ciphertext
    with pytest.raises(FieldError):
        Candidate.objects.filter(fml_profile__has_key="IV.12").count()
    twin = Candidate.objects.get(pk=person.pk)
    twin.pk, twin.external_key = None, "cand-2"
    with pytest.raises(IntegrityError), transaction.atomic():
        twin.save()


def test_a_changed_bsn_gets_a_new_index(person: Candidate) -> None:
    before = raw(person)["bsn_index"]
    person.bsn = "100000010"
    person.save()
    assert raw(person)["bsn_index"] != before
    assert Candidate.objects.get(bsn="100000010").pk == person.pk


def test_rotate_reencrypts_everything_under_the_newest_key(person: Candidate, cli_operator: Any) -> None:
    old = raw(person)
    with override_settings(WERKBRUG_ENCRYPTION_KEYS=f"{NEW},{conf.DEVELOPMENT_ENCRYPTION_KEYS}"):
        out = StringIO()
        call_command("keys", "rotate", stdout=out)
        assert "registry_candidate.bsn: vóór / before: dev: 1; opnieuw versleuteld / re-encrypted: 1" in out.getvalue()
        status = StringIO()
        call_command("keys", "status", stdout=status)
        assert "registry_candidate.fml_profile: k2027: 1" in status.getvalue()
    after = raw(person)
    assert all(keyring.key_id_of(after[name]) == "k2027" for name in ENCRYPTED)
    assert after["bsn_index"] == old["bsn_index"]  # same blind-index key: same index
    with override_settings(WERKBRUG_ENCRYPTION_KEYS=NEW):  # the old key can now be dropped
        assert Candidate.objects.get(bsn="111222333").support_notes == "rugklachten, geen tillen"


def test_rotate_is_all_or_nothing(person: Candidate, registry_base: dict[str, Any], cli_operator: Any) -> None:
    from record_values import candidate_values

    other, _ = services.save_record("candidates", candidate_values("cand-2", bsn="100000010"))
    with connection.cursor() as cursor:  # a changed value: its tag no longer matches
        cursor.execute("UPDATE registry_candidate SET support_notes = %s WHERE id = %s",
                       [raw(other)["bsn"], other.pk])
    before = raw(person)
    with override_settings(WERKBRUG_ENCRYPTION_KEYS=f"{NEW},{conf.DEVELOPMENT_ENCRYPTION_KEYS}"):
        with pytest.raises(CommandError, match="nothing changed"):
            call_command("keys", "rotate")
    assert raw(person) == before


def test_rotate_needs_an_operator_who_may_change_candidates(person: Candidate) -> None:
    with pytest.raises(CommandError, match="operator"):
        call_command("keys", "rotate")


def test_the_migration_path_encrypts_plaintext_rows(person: Candidate) -> None:
    with connection.cursor() as cursor:  # a row as it was before encryption at rest
        cursor.execute("UPDATE registry_candidate SET bsn = %s, fml_profile = %s, support_notes = %s, "
                       "bsn_index = %s WHERE id = %s", ["111222333", '{"I.1": {"level": 2}}', "notes", "x", person.pk])
    with transaction.atomic():
        counts = key_rotation.reseal(Candidate, encrypted_fields(Candidate), plaintext_ok=True)
    assert counts["registry_candidate.bsn"].by_key[key_rotation.UNENCRYPTED] == 1
    stored = raw(person)
    assert keyring.key_id_of(stored["bsn"]) == "dev" and keyring.key_id_of(stored["fml_profile"]) == "dev"
    assert Candidate.objects.get(bsn="111222333").fml_profile == {"I.1": {"level": 2}}


def test_bulk_loader_encrypts_and_indexes(registry_base: dict[str, Any]) -> None:
    from werkbrug.demo.bulk import insert_rows

    insert_rows(Candidate, [{"organisation_id": registry_base["gemeente"].pk, "external_key": "bulk-1", "given_name": "A", "family_name": "B", "bsn": "100000022",
                             "date_of_birth": date(1990, 1, 1), "postcode": "2311AB", "place": "Leiden",
                             "latitude": 52.1, "longitude": 4.5, "registered_on": date(2024, 1, 1),
                             "fml_profile": {"II.3": {"level": 1}}}])
    loaded = Candidate.objects.get(bsn="100000022")
    assert loaded.fml_profile == {"II.3": {"level": 1}}
    assert keyring.key_id_of(raw(loaded)["fml_profile"]) == "dev"


def test_generate_prints_a_usable_entry() -> None:
    out = StringIO()
    call_command("keys", "generate", "--id", "k2030", stdout=out)
    ring = keyring.KeyRing.parse(out.getvalue().strip())
    assert ring.current == "k2030" and ring.decrypt(ring.encrypt("x", "t.c"), "t.c") == "x"
    with pytest.raises(CommandError, match="invalid key id"):
        call_command("keys", "generate", "--id", "geen spaties")
