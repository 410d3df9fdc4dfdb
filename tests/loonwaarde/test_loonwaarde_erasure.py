"""`werkbrug erase` (AVG art. 17) also removes the person's loonwaarde measurements: their
zienswijze holds the person's own words."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from loonwaarde_builders import placement_world, with_zienswijzen

from werkbrug.loonwaarde import services
from werkbrug.loonwaarde.models import LoonwaardeMeasurement

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def test_erase_removes_the_measurements_of_the_person_only(cli_operator: object) -> None:
    world = placement_world()
    services.save_measurement(world["placement"], with_zienswijzen())
    assert LoonwaardeMeasurement.objects.filter(placement__candidate=world["candidate"]).count() == 1

    call_command("erase", "--candidate", str(world["candidate"].pk), "--reason", "verzoek-7", stdout=StringIO())

    assert not LoonwaardeMeasurement.objects.filter(placement__candidate_id=world["candidate"].pk).exists()
