"""Banen from registry placements, for employers (and years) without payroll data.

Hours = hours_per_week × active days ÷ 7, per month; a month counts when the person's
doelgroepregistratie overlaps it (the whole period counts, Wfsv 38g lid 8). Only placements
with paid hours count: dienstverband, detachering and BBL. Beschut werk is excluded because
people indicated for beschut werk are not arbeidsbeperkten in the sense of Wfsv 38b; a
proefplaatsing or stage has no verloonde uren."""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from werkbrug.banenafspraak.models import BanenQuarter
from werkbrug.registry.models import DoelgroepRegistration, Placement

COUNTED_KINDS = ("dienstverband", "detachering", "leerwerkplek_bbl")


def _months(start: date, end: date) -> Iterator[tuple[date, date]]:
    current = start.replace(day=1)
    while current <= end:
        last = current.replace(day=calendar.monthrange(current.year, current.month)[1])
        yield current, last
        current = last + timedelta(days=1)


def _registered(periods: list[tuple[date, date | None]], first: date, last: date) -> bool:
    return any(since <= last and (until is None or until >= first) for since, until in periods)


def placement_quarters(until: date, skip: set[tuple[int, int]]) -> list[BanenQuarter]:
    """Aggregate rows (source 'placements') for every credited employer and quarter up to ``until``,
    except the (employer, year) pairs in ``skip`` (those have payroll data)."""
    periods: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
    for candidate, since, to in DoelgroepRegistration.objects.values_list("candidate_id", "valid_from", "valid_to"):
        periods[candidate].append((since, to))
    totals: dict[tuple[int, int, int], list] = defaultdict(lambda: [Decimal(0), Decimal(0), set()])
    placements = Placement.objects.filter(kind__in=COUNTED_KINDS, start_date__lte=until).values_list(
        "candidate_id", "employer_of_record_id", "inlener_id", "hours_per_week", "start_date", "end_date")
    for candidate, employer, inlener, per_week, start, end in placements:
        credited = inlener or employer
        for first, last in _months(start, min(end or until, until)):
            if (credited, first.year) in skip:
                continue
            days = (min(last, end or last, until) - max(first, start)).days + 1
            hours = Decimal(per_week) * days / 7
            tally = totals[(credited, first.year, (first.month + 2) // 3)]
            tally[0] += hours
            if _registered(periods.get(candidate, []), first, last):
                tally[1] += hours
                tally[2].add((candidate, first.month))
    return [BanenQuarter(employer_id=e, year=y, quarter=q, source="placements",
                         total_hours_centi=int((t * 100).to_integral_value()),
                         doelgroep_hours_centi=int((d * 100).to_integral_value()), doelgroep_person_months=len(p))
            for (e, y, q), (t, d, p) in totals.items()]
