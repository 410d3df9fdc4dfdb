"""Demo Social Return contracts and Banenafspraak figures on top of the region demo data, so the
inkoper's, the supplier's and the employer's pages show something. Written through the SROI
services (valued like real entries); keys start with 'demo-sroi-'."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from werkbrug.registry.models import BaanAmbitie, Organisation, Placement

PREFIX = "demo-sroi-"
METHODS = {"Holland Rijnland": "holland-rijnland-2023", "Haaglanden": "haaglanden-2023"}


def _demo(kind: str) -> Any:
    return Organisation.objects.filter(external_key__startswith="demo-", kind=kind).order_by("pk")


def demo_supplier() -> Organisation | None:
    """The demo supplier: the employer (other than the demo HR officer's, the first) with a
    baanambitie and the most placements."""
    employers = _demo("employer")
    first = employers.first()
    ambitious = BaanAmbitie.objects.filter(organisation__external_key__startswith="demo-").values("organisation_id")
    candidates = employers.exclude(pk=getattr(first, "pk", None)).filter(pk__in=ambitious).annotate(
        placed=Count("placements_as_employer", distinct=True)).order_by("-placed", "pk")
    return candidates.first() or employers.exclude(pk=getattr(first, "pk", None)).first()


def remove_demo_ledgers() -> None:
    """Before the demo organisations go: their SROI contracts and Banenafspraak aggregates."""
    from werkbrug.banenafspraak.models import BanenQuarter
    from werkbrug.sroi.models import Contract, Entry, EntryEvent, Evidence

    demo = Q(contract__external_key__startswith=PREFIX)
    for document in Evidence.objects.filter(entry__contract__external_key__startswith=PREFIX):
        document.file.delete(save=False)
    Evidence.objects.filter(Q(entry__contract__external_key__startswith=PREFIX)).delete()
    EntryEvent.objects.filter(Q(entry__contract__external_key__startswith=PREFIX)).delete()
    Entry.objects.filter(demo).delete()
    Contract.objects.filter(external_key__startswith=PREFIX).delete()
    BanenQuarter.objects.filter(employer__external_key__startswith="demo-").delete()


def _contract(key: str, name: str, buyer: Organisation, supplier: Organisation, value: str, start: date,
              end: date) -> Any:
    from werkbrug.sroi import services

    return services.create_contract({
        "external_key": f"{PREFIX}{key}", "name": name, "buyer": buyer, "supplier": supplier,
        "contract_value_eur": Decimal(value), "sroi_percentage": Decimal("5"), "base": "contract_value",
        "start_date": start, "end_date": end, "method": METHODS.get(buyer.arbeidsmarktregio, "haaglanden-2023"),
        "penalty_factor": Decimal("1"), "herstelperiode_days": 90})


def _entries(contract: Any, sob: Organisation | None, supplier: Organisation, scale: int) -> int:
    from werkbrug.sroi import services

    made = []
    if sob is not None:
        made.append(services.create_entry({
            "contract": contract.pk, "kind": "purchase", "counterparty": sob, "amount_eur": Decimal(12000 * scale),
            "invoice_reference": f"{contract.external_key}-F1", "period_start": contract.start_date}))
    made.append(services.create_entry({
        "contract": contract.pk, "kind": "activity", "period_start": contract.start_date,
        "hours": Decimal(40 * scale), "days": Decimal(5 * scale), "rate_eur": Decimal("50"),
        "description": "Gastlessen op het mbo"}))
    placement = Placement.objects.filter(employer_of_record=supplier, start_date__lte=contract.end_date).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=contract.start_date)).order_by("pk").first()
    if placement is not None and scale > 1:
        made.append(services.create_entry({"contract": contract.pk, "kind": "placement", "placement": placement.pk}))
    services.transition(made[0].pk, "verified", made[0].version)
    return len(made)


@transaction.atomic
def load_demo_ledgers(today: date | None = None) -> dict[str, int]:
    """Two contracts of the first demo gemeente with the demo supplier (one on track, one that
    will miss its target), one of another gemeente; then the Banenafspraak aggregates."""
    from werkbrug.banenafspraak import services as banen

    remove_demo_ledgers()
    today = today or timezone.localdate()
    gemeenten, supplier = list(_demo("gemeente")[:2]), demo_supplier()
    if not gemeenten or supplier is None:
        return {}
    sob = _demo("sob").first()
    start, end = date(today.year - 1, 1, 1), date(today.year + 1, 12, 31)
    on_track = _contract("1", "Onderhoud openbare ruimte", gemeenten[0], supplier, "600000", start, end)
    behind = _contract("2", "Schoonmaak gemeentelijke gebouwen", gemeenten[0], supplier, "2400000",
                       start, date(today.year, 12, 31))
    entries = _entries(on_track, sob, supplier, 3) + _entries(behind, sob, supplier, 1)
    if len(gemeenten) > 1:
        other = _contract("3", "ICT-beheer", gemeenten[1], supplier, "800000", start, end)
        entries += _entries(other, sob, supplier, 1)
    banen.refresh(until=today)
    return {"sroi contracts": 3 if len(gemeenten) > 1 else 2, "sroi entries": entries}
