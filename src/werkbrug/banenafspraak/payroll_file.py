"""Stream-parse a Dutch payroll CSV (';', decimal comma, dd-mm-jjjj) into compact fact rows.

One pass, constant memory: rows are yielded in batches and every distinct cell value that repeats
(periods, hours, persons, employers) is parsed once and cached. Problems are collected as
"file:row:column: nl / en" lines, never with a person's identifier in them."""

from __future__ import annotations

import calendar
import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path

from werkbrug.banenafspraak.pseudonym import pseudonym
from werkbrug.domain.errors import Message
from werkbrug.domain.identifiers import bsn_is_valid, normalise_bsn
from werkbrug.domain.tabular import FALSE_WORDS, TRUE_WORDS, date_from_text, decimal_from_text

COLUMNS = {
    "persoon": ("persoon", "person", "bsn"),
    "werkgever": ("werkgever", "employer"),
    "inlener": ("inlener", "hirer"),
    "periode_van": ("periode_van", "period_start"),
    "periode_tot": ("periode_tot", "period_end"),
    "uren": ("uren", "hours", "verloonde_uren"),
    "sector": ("sector",),
    "doelgroep": ("doelgroep", "target_group"),
}
REQUIRED = ("persoon", "werkgever", "periode_van", "periode_tot", "uren")
SECTORS = ("markt", "overheid")
MAX_REPORTED = 50
BATCH = 50_000


@dataclass(frozen=True)
class Employer:
    id: int
    sector: str


@dataclass
class Context:
    """What the reader needs from the registry, prepared once per import."""

    employers: Mapping[str, Employer]  # KvK number or external key -> organisation
    candidate_bsns: Mapping[str, str]  # candidate external key -> BSN
    doelgroep: Mapping[int, list[tuple[date, date | None]]]  # pseudonym -> register periods


class Bad(Exception):
    def __init__(self, column: str, nl: str, en: str):
        self.column, self.message = column, Message(nl, en)


@dataclass
class Report:
    rows: int = 0
    errors: list[str] = field(default_factory=list)
    error_count: int = 0
    # employer id -> (first, last) month as year * 12 + month - 1: what this file replaces
    employer_months: dict[int, tuple[int, int]] = field(default_factory=dict)

    def add_error(self, where: str, message: Message) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED:
            self.errors.append(f"{where}: {message}")


def _header(raw: list[str]) -> dict[str, int]:
    names = [h.strip().lower().lstrip("\ufeff") for h in raw]
    found = {}
    for column, aliases in COLUMNS.items():
        for index, name in enumerate(names):
            if name in aliases:
                found[column] = index
    missing = [c for c in REQUIRED if c not in found]
    if missing:
        raise Bad(", ".join(missing), f"verplichte kolom ontbreekt in de kopregel: {', '.join(missing)}",
                  f"required column missing from the header: {', '.join(missing)}")
    return found


class PayrollReader:
    """Yields batches of fact rows (see store.FACT_COLUMNS). The hot loop splits a line once and
    looks its columns up in caches: everything after the person (employer, inlener, period, hours,
    sector, flag) is parsed once per distinct combination."""

    def __init__(self, path: Path, context: Context, import_id: int):
        self.path, self.context, self.import_id = path, context, import_id
        self.report = Report()
        self._persons: dict[str, int] = {}
        self._tails: dict[tuple[str, ...], tuple] = {}

    def batches(self) -> Iterator[list[tuple]]:
        with self.path.open(encoding="utf-8-sig", newline="") as handle:
            try:
                columns = _header(next(csv.reader([handle.readline()], delimiter=";"), []))
            except Bad as bad:
                self.report.add_error(f"{self.path.name}:1:{bad.column}", bad.message)
                return
            yield from self._lines(handle, columns)

    def _lines(self, handle: Iterator[str], columns: dict[str, int]) -> Iterator[list[tuple]]:
        names = [n for n in COLUMNS if n != "persoon" and n in columns]
        pick = itemgetter(*[columns[n] for n in names])
        at_person, head, registered = columns["persoon"], (self.import_id,), self.context.doelgroep
        tails, persons, batch = self._tails, self._persons, []
        for number, line in enumerate(handle, start=2):
            cells = line.rstrip("\r\n").split(";") if '"' not in line else next(csv.reader([line], delimiter=";"))
            try:
                key = pick(cells)
                tail = tails.get(key) or self._tail(key, names)
                raw = cells[at_person].strip()
                person = persons.get(raw) or self._person(raw)
            except IndexError:
                if line.strip():
                    self.report.add_error(f"{self.path.name}:{number}", Message(
                        "te weinig kolommen", "too few columns"))
                continue
            except Bad as bad:
                self.report.add_error(f"{self.path.name}:{number}:{bad.column}", bad.message)
                continue
            row = head + (number, person) + tail
            if person in registered:
                row = row[:-1] + (tail[-1] or self._registered(person, tail[3], tail[4]),)
            batch.append(row)
            if len(batch) >= BATCH:
                self.report.rows += len(batch)
                yield batch
                batch = []
        self.report.rows += len(batch)
        if batch:
            yield batch

    def _tail(self, key: tuple[str, ...], names: list[str]) -> tuple:
        """(employer, inlener, credited, year, month, hours, flag, counts) for one column combination."""
        cell = dict(zip(names, (k.strip() for k in key), strict=True))
        year, month, start, end = _parse_period(cell["periode_van"], cell["periode_tot"])
        hours = _hours_centi(cell["uren"], start, end)
        employer = self._employer("werkgever", cell["werkgever"])
        inlener = self._employer("inlener", cell["inlener"]).id if cell.get("inlener") else None
        _check_sector(cell.get("sector", ""), employer)
        flag = _flag(cell.get("doelgroep", ""))
        self._cover(employer.id, year * 12 + month - 1)
        tail = (employer.id, inlener, inlener or employer.id, year, month, hours, flag, flag)
        if len(self._tails) > 500_000:
            self._tails.clear()  # bounded memory on files with very many distinct combinations
        self._tails[key] = tail
        return tail

    def _employer(self, column: str, key: str) -> Employer:
        found = self.context.employers.get(key)
        if found is None:
            if not key:
                raise Bad(column, "is verplicht", "is required")
            raise Bad(column, "onbekende werkgever (KvK-nummer of sleutel); importeer eerst de organisatie",
                      "unknown employer (KvK number or key); import the organisation first")
        return found

    def _person(self, raw: str) -> int:
        found = self._resolve_person(raw)
        self._persons[raw] = found
        return found

    def _resolve_person(self, raw: str) -> int:
        if not raw:
            raise Bad("persoon", "is verplicht", "is required")
        cleaned = normalise_bsn(raw.replace(" ", "").replace(".", ""))
        if cleaned.isdigit() and len(cleaned) == 9:
            if not bsn_is_valid(cleaned):
                raise Bad("persoon", "BSN is ongeldig (elfproef)", "BSN is invalid (elfproef check)")
            return pseudonym("bsn", cleaned)
        bsn = self.context.candidate_bsns.get(raw)
        return pseudonym("bsn", normalise_bsn(bsn)) if bsn else pseudonym("key", raw)

    def _registered(self, person: int, year: int, month: int) -> bool:
        # Wfsv 38g lid 8: entering or leaving the doelgroep during the period counts the whole period.
        start = date(year, month, 1)
        end = start.replace(day=calendar.monthrange(year, month)[1])
        return any(since <= end and (until is None or until >= start)
                   for since, until in self.context.doelgroep.get(person, ()))

    def _cover(self, employer: int, month: int) -> None:
        first, last = self.report.employer_months.get(employer, (month, month))
        self.report.employer_months[employer] = (min(first, month), max(last, month))


def _hours_centi(text: str, start: date, end: date) -> int:
    value = decimal_from_text(text) if text else None
    if value is None:
        raise Bad("uren", f"'{text}' is geen aantal uren (zoals 86,5)", f"'{text}' is not a number of hours (like 86,5)")
    if value < 0:
        raise Bad("uren", "verloonde uren mogen niet negatief zijn", "paid hours must not be negative")
    centi = int((value * 100).to_integral_value())
    if centi > 2400 * ((end - start).days + 1):
        raise Bad("uren", "meer uren dan de periode heeft", "more hours than the period has")
    return centi


def _check_sector(text: str, employer: Employer) -> None:
    if not text:
        return
    if text.lower() not in SECTORS:
        raise Bad("sector", "kies markt of overheid", "choose markt or overheid")
    if text.lower() != employer.sector:
        raise Bad("sector", f"werkgever staat in het register als sector {employer.sector}",
                  f"the employer is registered with sector {employer.sector}")


def _flag(text: str) -> bool:
    lowered = text.lower()
    if not lowered or lowered in FALSE_WORDS:
        return False
    if lowered in TRUE_WORDS:
        return True
    raise Bad("doelgroep", "vul ja of nee in", "fill in ja or nee")


def _parse_period(start_text: str, end_text: str) -> tuple[int, int, date, date]:
    start, end = date_from_text(start_text), date_from_text(end_text)
    if start is None:
        raise Bad("periode_van", f"'{start_text}' is geen datum (dd-mm-jjjj)", f"'{start_text}' is not a date (dd-mm-jjjj)")
    if end is None:
        raise Bad("periode_tot", f"'{end_text}' is geen datum (dd-mm-jjjj)", f"'{end_text}' is not a date (dd-mm-jjjj)")
    if end < start:
        raise Bad("periode_tot", "ligt vóór periode_van", "is before periode_van")
    last_day = calendar.monthrange(start.year, start.month)[1]
    if start.day != 1 or end != start.replace(day=last_day):
        raise Bad("periode_tot", "een aangiftetijdvak moet één kalendermaand zijn (1e t/m laatste dag)",
                  "a payroll period must be one calendar month (1st to last day)")
    return start.year, start.month, start, end
