"""Fast bulk load of generated demo data (the one path allowed to bypass services.save_record).

Everything happens in one transaction: a failure leaves the database as it was. Demo records are
recognised by their external key prefix ``demo-``; ``replace`` removes them first, dependants
before what they point to (PROTECT foreign keys)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.apps import apps
from django.db import models, transaction
from django.db.models import Q

from werkbrug.demo.bulk import insert_rows
from werkbrug.domain.demo import KEY_PREFIX, DemoData
from werkbrug.domain.errors import Message
from werkbrug.registry.models import (
    BaanAmbitie,
    Candidate,
    Certificate,
    DoelgroepRegistration,
    Location,
    Organisation,
    Placement,
    Task,
    Work,
)

_CANDIDATE_EXTRAS = ("doelgroep_category", "doelgroep_from", "doelgroep_to", "certificates")


class DemoLoadError(Exception):
    def __init__(self, message: Message):
        self.message = message
        super().__init__(f"{message.nl} / {message.en}")


def _demo(prefix: str = "") -> Q:
    return Q(**{f"{prefix}external_key__startswith": KEY_PREFIX})


def demo_present() -> bool:
    return Organisation.objects.filter(_demo()).exists() or Candidate.objects.filter(_demo()).exists()


def _foreign_references() -> int:
    """Non-demo records that point at demo records: removing the demo data would break them."""
    checks = [
        Placement.objects.filter(~_demo()).filter(_demo("candidate__") | _demo("work__")
                                                  | _demo("employer_of_record__") | _demo("inlener__")),
        Work.objects.filter(~_demo()).filter(_demo("employer__") | _demo("location__") | _demo("executed_by__")),
        Candidate.objects.filter(~_demo()).filter(_demo("organisation__")),
        Location.objects.filter(~_demo()).filter(_demo("organisation__")),
    ]
    return sum(query.count() for query in checks)


def _remove_other_apps_rows() -> None:
    """Rows other apps keep about demo people, work and placements (trajectories, proposals,
    consent, measurements, ...). The raw deletes below skip Django's cascade, so these go first,
    through the ORM, found from the model graph so that a new app's rows are included too."""
    targets = (Candidate, Work, Placement, Location, Organisation)  # dependants before what they point to
    for target in targets:
        demo_rows = target._default_manager.filter(_demo())
        for model in apps.get_models():
            if model._meta.app_label == "registry":
                continue
            for field in model._meta.fields:
                if not field.many_to_one or field.related_model is not target:
                    continue
                rows = model._default_manager.filter(**{f"{field.name}__in": demo_rows})
                if field.remote_field.on_delete is models.SET_NULL:
                    rows.update(**{field.name: None})
                else:  # memberships of demo accounts are made again by create_demo_accounts
                    rows.delete()


def remove_demo() -> dict[str, int]:
    """Delete all demo records, dependants first. Refused when other records depend on them."""
    blocking = _foreign_references()
    if blocking:
        raise DemoLoadError(Message(
            f"{blocking} eigen (niet-demo) records verwijzen naar demodata; verwijder of wijzig die eerst",
            f"{blocking} own (non-demo) records refer to demo data; remove or change them first"))
    from werkbrug.demo.sroi import remove_demo_ledgers

    remove_demo_ledgers()  # SROI contracts and Banenafspraak aggregates of the demo organisations
    _remove_other_apps_rows()
    steps: list[tuple[str, models.QuerySet[Any]]] = [
        ("placements", Placement.objects.filter(_demo())),
        ("tasks", Task.objects.filter(_demo("work__"))),
        ("work", Work.objects.filter(_demo())),
        ("doelgroep", DoelgroepRegistration.objects.filter(_demo("candidate__"))),
        ("certificates", Certificate.objects.filter(_demo("candidate__"))),
        ("candidates", Candidate.objects.filter(_demo())),
        ("baanambities", BaanAmbitie.objects.filter(_demo("organisation__"))),
        ("locations", Location.objects.filter(_demo())),
        ("organisations", Organisation.objects.filter(_demo())),
    ]
    # _raw_delete: one DELETE per table; the collector would load every row to check PROTECT,
    # which the order above and _foreign_references() already guarantee.
    return {name: query._raw_delete(query.db) for name, query in steps}


def _ids(model: type[models.Model]) -> dict[str, int]:
    return dict(model._default_manager.filter(_demo()).values_list("external_key", "id"))


def _linked(records: Iterable[dict[str, Any]], links: dict[str, dict[str, int]],
            drop: tuple[str, ...] = ()) -> Iterable[dict[str, Any]]:
    """Records with their reference keys replaced by ids (``organisation`` -> ``organisation_id``)."""
    skip = set(links) | set(drop)
    for record in records:
        row = {k: v for k, v in record.items() if k not in skip}
        for name, ids in links.items():
            key = record.get(name)
            row[f"{name}_id"] = ids[key] if key else None
        yield row


def _candidates(data: DemoData, orgs: dict[str, int]) -> None:
    insert_rows(Candidate, _linked(data.candidates, {"organisation": orgs}, drop=_CANDIDATE_EXTRAS))
    ids = _ids(Candidate)
    insert_rows(DoelgroepRegistration, (
        {"candidate_id": ids[r["external_key"]], "category": r["doelgroep_category"],
         "valid_from": r["doelgroep_from"], "valid_to": r["doelgroep_to"]}
        for r in data.candidates if r["doelgroep_category"]))
    insert_rows(Certificate, (
        {"candidate_id": ids[r["external_key"]], "kind": kind, "code": code, "name": code}
        for r in data.candidates for kind, _, code in (c.partition(":") for c in r["certificates"])))


def _work(data: DemoData, orgs: dict[str, int]) -> None:
    links = {"employer": orgs, "location": _ids(Location), "executed_by": orgs}
    insert_rows(Work, _linked(data.work, links))
    insert_rows(Task, _linked(data.tasks, {"work": _ids(Work)}))


def _placements(data: DemoData, orgs: dict[str, int]) -> None:
    links = {"candidate": _ids(Candidate), "work": _ids(Work), "employer_of_record": orgs, "inlener": orgs}
    insert_rows(Placement, _linked(data.placements, links))


@transaction.atomic
def load(data: DemoData, *, replace: bool = False) -> dict[str, int]:
    """Load generated data; with ``replace`` earlier demo data is removed first. Returns counts."""
    if demo_present():
        if not replace:
            raise DemoLoadError(Message(
                "Er staan al demodata in de database; gebruik --replace om ze te vervangen",
                "Demo data is already present; use --replace to replace it"))
        remove_demo()
    insert_rows(Organisation, data.organisations)
    orgs = _ids(Organisation)
    insert_rows(Location, _linked(data.locations, {"organisation": orgs}))
    insert_rows(BaanAmbitie, _linked(data.baanambities, {"organisation": orgs}))
    _candidates(data, orgs)
    _work(data, orgs)
    _placements(data, orgs)
    return data.counts()
