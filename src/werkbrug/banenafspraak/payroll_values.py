"""Parse each distinct cell value of a payroll file once; the batch checks work on the results.

A 30-million-row file holds few distinct values per column (periods, hours, employers, flags)
and one distinct person key per person, so every value is parsed in Python exactly once and
the per-row work is numpy indexing (payroll_batch.py). A failing value yields an error number
into ``Problems`` (a message with its column); -1 means fine."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from werkbrug.banenafspraak.pseudonym import pseudonymiser
from werkbrug.domain.errors import Message
from werkbrug.domain.identifiers import bsn_is_valid, normalise_bsn
from werkbrug.domain.tabular import FALSE_WORDS, TRUE_WORDS, date_from_text, decimal_from_text

SECTORS = ("markt", "overheid")  # sector code = index + 1; 0 = not given
OK = -1


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


@dataclass
class Problems:
    """Numbered (column, message) pairs, each stored once."""

    items: list[tuple[str, Message]] = field(default_factory=list)
    _index: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def add(self, column: str, nl: str, en: str) -> int:
        key = (column, nl, en)
        if key not in self._index:
            self._index[key] = len(self.items)
            self.items.append((column, Message(nl, en)))
        return self._index[key]


class Lookup:
    """Cell text -> tuple of ints, parsed once per distinct (stripped) text."""

    def __init__(self, parse: Callable[[str], tuple[int, ...]], width: int):
        self.parse, self.width = parse, width
        self.cache: dict[str, tuple[int, ...]] = {}

    def rows(self, dictionary: list[str], indices: np.ndarray) -> np.ndarray:
        """(rows × width) int64 results for a batch given as dictionary + indices."""
        cache, parse = self.cache, self.parse
        local = [cache.get(v) or cache.setdefault(v, parse(v.strip())) for v in dictionary]
        table = np.array(local, dtype=np.int64).reshape(len(local), self.width)
        return table[indices]


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


class ValueParsers:
    """The per-value parsers of one import; problems are collected in ``problems``."""

    def __init__(self, context: Context, problems: Problems):
        self.context, self.problems = context, problems
        self.employer_codes: dict[int, int] = {}  # organisation id -> dense code (1, 2, ...)
        self.employer_ids: list[int] = [0]
        self.person_codes: dict[int, int] = {}  # pseudonym -> dense code
        self.pseudonyms: list[int] = []
        self.registered = {p: i for i, p in enumerate(context.doelgroep)}
        self.pseudonym = pseudonymiser()

    def start(self, text: str) -> tuple[int, ...]:
        """periode_van -> (ordinal, month index, last day of its month as ordinal, first of month?, error)."""
        day = date_from_text(text)
        if day is None:
            return 0, 0, 0, 0, self.problems.add("periode_van", f"'{text}' is geen datum (dd-mm-jjjj)",
                                                 f"'{text}' is not a date (dd-mm-jjjj)")
        last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        return day.toordinal(), month_index(day), last.toordinal(), int(day.day == 1), OK

    def end(self, text: str) -> tuple[int, ...]:
        day = date_from_text(text)
        if day is None:
            return 0, self.problems.add("periode_tot", f"'{text}' is geen datum (dd-mm-jjjj)",
                                        f"'{text}' is not a date (dd-mm-jjjj)")
        return day.toordinal(), OK

    def hours(self, text: str) -> tuple[int, ...]:
        value = decimal_from_text(text) if text else None
        if value is None:
            return 0, self.problems.add("uren", f"'{text}' is geen aantal uren (zoals 86,5)",
                                        f"'{text}' is not a number of hours (like 86,5)")
        if value < 0:
            return 0, self.problems.add("uren", "verloonde uren mogen niet negatief zijn",
                                        "paid hours must not be negative")
        return int((value * 100).to_integral_value()), OK

    def employer(self, column: str) -> Callable[[str], tuple[int, ...]]:
        """-> (dense code, sector code, error); an empty inlener is code 0."""
        def parse(text: str) -> tuple[int, ...]:
            found = self.context.employers.get(text)
            if found is None:
                if not text:
                    if column == "inlener":
                        return 0, 0, OK
                    return 0, 0, self.problems.add(column, "is verplicht", "is required")
                return 0, 0, self.problems.add(
                    column, "onbekende werkgever (KvK-nummer of sleutel); importeer eerst de organisatie",
                    "unknown employer (KvK number or key); import the organisation first")
            code = self.employer_codes.setdefault(found.id, len(self.employer_ids))
            if code == len(self.employer_ids):
                self.employer_ids.append(found.id)
            return code, SECTORS.index(found.sector) + 1 if found.sector in SECTORS else 0, OK
        return parse

    def sector(self, text: str) -> tuple[int, ...]:
        if not text:
            return 0, OK
        if text.lower() not in SECTORS:
            return 0, self.problems.add("sector", "kies markt of overheid", "choose markt or overheid")
        return SECTORS.index(text.lower()) + 1, OK

    def sector_mismatch(self, registered: int) -> int:
        name = SECTORS[registered - 1] if registered else "-"
        return self.problems.add("sector", f"werkgever staat in het register als sector {name}",
                                 f"the employer is registered with sector {name}")

    def flag(self, text: str) -> tuple[int, ...]:
        lowered = text.lower()
        if not lowered or lowered in FALSE_WORDS:
            return 0, OK
        if lowered in TRUE_WORDS:
            return 1, OK
        return 0, self.problems.add("doelgroep", "vul ja of nee in", "fill in ja or nee")

    def person(self, text: str) -> tuple[int, ...]:
        """-> (dense person code, index among registered persons or -1, error)."""
        if not text:
            return 0, -1, self.problems.add("persoon", "is verplicht", "is required")
        cleaned = normalise_bsn(text.replace(" ", "").replace(".", ""))
        if cleaned.isdigit() and len(cleaned) == 9:
            if not bsn_is_valid(cleaned):
                return 0, -1, self.problems.add("persoon", "BSN is ongeldig (elfproef)",
                                                "BSN is invalid (elfproef check)")
            key = self.pseudonym("bsn", cleaned)
        else:
            bsn = self.context.candidate_bsns.get(text)
            key = self.pseudonym("bsn", normalise_bsn(bsn)) if bsn else self.pseudonym("key", text)
        code = self.person_codes.setdefault(key, len(self.pseudonyms))
        if code == len(self.pseudonyms):
            self.pseudonyms.append(key)
        return code, self.registered.get(key, -1), OK

    def register_months(self) -> tuple[np.ndarray, np.ndarray]:
        """(first, last) month index per registered person and period slot; unused slots never match."""
        slots = max((len(p) for p in self.context.doelgroep.values()), default=1)
        first = np.full((max(len(self.registered), 1), slots), np.iinfo(np.int64).max, dtype=np.int64)
        last = np.full_like(first, -1)
        for person, index in self.registered.items():
            for slot, (since, until) in enumerate(self.context.doelgroep[person]):
                first[index, slot] = month_index(since)
                last[index, slot] = month_index(until) if until else np.iinfo(np.int64).max
        return first, last
