"""Dual consent, its log, instant revocation in every employer view, contact requests, labels."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from trust_builders import TODAY

from werkbrug.domain.trust import labels
from werkbrug.matching.workflow import load_workflow
from werkbrug.trust import services
from werkbrug.trust.models import ConsentEvent

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def _api_list(api: Any, work: Any) -> list[Any]:
    body = api.get(f"/api/v1/match/work/{work.pk}/candidates/", {"anonymous": "true"}).json()
    return body["results"]


def _export(work: Any, path: Path) -> list[list[str]]:
    services.export_employer_view(work.external_key, path, today=TODAY)
    with path.open(encoding="utf-8") as f:
        return list(csv.reader(f, delimiter=";"))[1:]


def test_switching_either_flag_off_removes_the_candidate_everywhere(
        api: Any, consultant: Any, region: dict[str, Any], tmp_path: Path) -> None:
    work, bram = region["work"], region["bram"]
    assert len(_api_list(api, work)) == 2 and len(_export(work, tmp_path / "a.csv")) == 2
    event = services.set_visibility(bram.pk, "candidate", False, consultant, note="kandidaat belde")
    assert (event.visible_before, event.visible_after, event.actor) == (True, False, consultant)
    assert event.shown["arbeidsmarktregio"] == bram.arbeidsmarktregio and "family_name" not in event.shown
    assert len(_api_list(api, work)) == 1 and len(_export(work, tmp_path / "b.csv")) == 1
    services.set_visibility(bram.pk, "candidate", True, consultant)
    assert len(_api_list(api, work)) == 2
    off = api.post("/api/v1/trust/consent/", {"candidate": bram.pk, "flag": "consultant", "value": False},
                   format="json")
    assert off.status_code == 200 and off.json()["visible_after"] is False
    assert len(_api_list(api, work)) == 1 and len(_export(work, tmp_path / "c.csv")) == 1
    assert list(ConsentEvent.objects.filter(candidate=bram).values_list("flag", "value")) == [
        ("candidate", False), ("candidate", True), ("consultant", False)]
    rows = _export(work, tmp_path / "d.csv")
    assert all(r[1].startswith("#") for r in rows)   # no keys, no names in the employer's export


def test_contact_goes_through_the_consultant_and_reveals_only_after_yes(
        api: Any, consultant: Any, region: dict[str, Any]) -> None:
    employer = region["employer"]
    made = api.post("/api/v1/trust/contact-requests/", {"candidate": region["anna"].pk, "work": region["work"].pk,
                                                       "employer": employer.pk, "message": "Graag kennismaken"},
                    format="json")
    assert made.status_code == 201 and made.json()["identity"] is None
    pk = made.json()["id"]
    with pytest.raises(services.NotRevealed):
        services.reveal_identity(pk)
    answered = api.post(f"/api/v1/trust/contact-requests/{pk}/answer/", {"agreed": True}, format="json").json()
    assert answered["status"] == "agreed" and answered["identity"]["family_name"] == "TR-C1"
    again = api.post(f"/api/v1/trust/contact-requests/{pk}/answer/", {"agreed": False}, format="json")
    assert again.status_code == 400
    services.set_visibility(region["bram"].pk, "candidate", False, consultant)
    hidden = api.post("/api/v1/trust/contact-requests/", {"candidate": region["bram"].pk}, format="json")
    assert hidden.status_code == 400


def test_candidate_facing_labels_never_show_internal_labels() -> None:
    for name, catalogue in labels.CATALOGUES.items():
        for code, message in catalogue.items():
            assert not labels.internal_words(message.nl + " " + message.en), (name, code)
    workflow = load_workflow()
    assert set(labels.STATUS) == set(workflow.states)     # every status has a candidate wording
    assert labels.internal_words(workflow.states["declined"].label.en)  # the internal one would be caught
