"""Which payroll hours count for the banenafspraak, for whom and when (rules-nl.md 1.5, 1.6).

- A detachering or uitzending counts for the inlener, not for the uitlener (Wfsv 38g lid 4,
  122n lid 5).
- Hours count only for aangiftetijdvakken in which the person is in the doelgroep; when the
  status starts or ends during a period, the whole period counts (Wfsv 38g lid 8).
- A record belongs to the quarter and year in which its aangiftetijdvak starts (4-weekly
  periods may end in the next month; they are still reported for the period they start in)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from werkbrug.domain.errors import Issues

GROUPINGS = ("employer", "sector", "region", "year", "quarter")


@dataclass(frozen=True)
class PayrollRecord:
    """Verloonde uren of one person at one employer over one aangiftetijdvak."""

    person: str
    employer: str
    period_start: date
    period_end: date
    hours: Decimal
    inlener: str | None = None


@dataclass(frozen=True)
class DoelgroepPeriod:
    """A person's registration in the doelgroepregister; end None = still registered."""

    person: str
    start: date
    end: date | None = None


def credited_employer(record: PayrollRecord) -> str:
    return record.inlener or record.employer


def in_doelgroep(record: PayrollRecord, periods: Iterable[DoelgroepPeriod]) -> bool:
    """True when any registration overlaps the aangiftetijdvak (the whole period then counts)."""
    return any(p.person == record.person and p.start <= record.period_end
               and (p.end is None or p.end >= record.period_start) for p in periods)


def validate_records(records: Sequence[PayrollRecord]) -> None:
    """Negative hours, reversed periods and overlapping periods of the same person at the same
    employer (which would count hours twice). Names record numbers, never persons."""
    issues = Issues()
    seen: dict[tuple[str, str, str | None], list[tuple[date, date, int]]] = defaultdict(list)
    for number, r in enumerate(records, start=1):
        if r.hours < 0:
            issues.add(f"record {number}.hours", "negative", "mag niet negatief zijn",
                       "must not be negative")
        if r.period_end < r.period_start:
            issues.add(f"record {number}.period_end", "before-start", "ligt vóór de begindatum",
                       "is before the start date")
        seen[(r.person, r.employer, r.inlener)].append((r.period_start, r.period_end, number))
    for spans in seen.values():
        spans.sort()
        for (_, end, first), (start, _, second) in zip(spans, spans[1:], strict=False):
            if start <= end:
                issues.add(f"record {second}.period_start", "overlap",
                           f"overlapt met record {first} van dezelfde persoon en werkgever",
                           f"overlaps record {first} of the same person and employer")
    issues.raise_if_any()


def validate_doelgroep(periods: Sequence[DoelgroepPeriod]) -> None:
    issues = Issues()
    by_person: dict[str, list[tuple[date, date | None, int]]] = defaultdict(list)
    for number, p in enumerate(periods, start=1):
        if p.end is not None and p.end < p.start:
            issues.add(f"doelgroep period {number}.end", "before-start", "ligt vóór de begindatum",
                       "is before the start date")
        by_person[p.person].append((p.start, p.end, number))
    for spans in by_person.values():
        spans.sort(key=lambda s: s[0])
        for (_, end, first), (start, _, second) in zip(spans, spans[1:], strict=False):
            if end is None or start <= end:
                issues.add(f"doelgroep period {second}.start", "overlap",
                           f"overlapt met periode {first} van dezelfde persoon",
                           f"overlaps period {first} of the same person")
    issues.raise_if_any()


@dataclass
class Tally:
    hours: Decimal = Decimal(0)
    persons: set[str] = field(default_factory=set)
    banen: Decimal = Decimal(0)


def _key(record: PayrollRecord, by: Sequence[str], sectors: Mapping[str, str],
         regions: Mapping[str, str]) -> tuple[str, ...]:
    employer = credited_employer(record)
    start = record.period_start
    values = {"employer": employer, "sector": sectors.get(employer, "onbekend"),
              "region": regions.get(employer, "onbekend"), "year": str(start.year),
              "quarter": f"{start.year}-Q{(start.month - 1) // 3 + 1}"}
    return tuple(values[name] for name in by)


def _check_grouping(by: Sequence[str]) -> None:
    issues = Issues()
    unknown = [name for name in by if name not in GROUPINGS]
    if unknown:
        issues.add("by", "unknown", f"onbekende indeling {', '.join(unknown)}; kies uit {', '.join(GROUPINGS)}",
                   f"unknown grouping {', '.join(unknown)}; choose from {', '.join(GROUPINGS)}")
    elif ("year" in by) == ("quarter" in by):
        issues.add("by", "period", "kies precies één van year en quarter",
                   "choose exactly one of year and quarter")
    issues.raise_if_any()


def aggregate(records: Sequence[PayrollRecord], doelgroep: Sequence[DoelgroepPeriod], *,
              by: Sequence[str] = ("employer", "year"), hours_per_baan_per_year: Decimal,
              sectors: Mapping[str, str] | None = None,
              regions: Mapping[str, str] | None = None) -> dict[tuple[str, ...], Tally]:
    """Doelgroep hours and banen per group; banen = hours ÷ (1.331 per year, or a quarter of it)."""
    _check_grouping(by)
    validate_records(records)
    validate_doelgroep(doelgroep)
    periods: dict[str, list[DoelgroepPeriod]] = defaultdict(list)
    for period in doelgroep:
        periods[period.person].append(period)
    tallies: dict[tuple[str, ...], Tally] = defaultdict(Tally)
    for record in records:
        if not in_doelgroep(record, periods.get(record.person, ())):
            continue
        tally = tallies[_key(record, by, sectors or {}, regions or {})]
        tally.hours += record.hours
        tally.persons.add(record.person)
    unit = hours_per_baan_per_year / (4 if "quarter" in by else 1)
    for tally in tallies.values():
        tally.banen = tally.hours / unit
    return dict(tallies)
