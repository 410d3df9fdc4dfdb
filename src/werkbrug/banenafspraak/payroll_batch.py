"""Vectorised checks of one batch of payroll rows and the running totals per employer-month.

A row's first failing check wins, in the order of the old row-by-row reader: period, hours,
werkgever, inlener, sector, doelgroep, persoon. Valid rows are summed per group = (employer of
record, inlener, month): the import stores those groups (store.py), not the person rows. Within
a group a person occurs at most once (overlaps are refused), so "doelgroep persons" is a count
of counting rows. Each row also leaves one 64-bit key (person, group) for the overlap check."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from werkbrug.banenafspraak.payroll_values import Lookup, Problems, ValueParsers

EMPLOYER_BITS, MONTH_BITS = 23, 17  # dense employer codes < 8 million; month index < year 10923
FIELD = (1 << EMPLOYER_BITS) - 1


@dataclass
class BatchRows:
    error: np.ndarray  # problem number per row, -1 = fine
    blank: np.ndarray  # an empty line: skipped, like the old reader did
    person: np.ndarray
    registered: np.ndarray  # index among registered persons, -1 = not in the register
    employer: np.ndarray  # dense codes (payroll_values.ValueParsers.employer_ids)
    inlener: np.ndarray  # 0 = none
    month: np.ndarray  # year * 12 + month - 1
    hours: np.ndarray  # centi-hours
    flag: np.ndarray  # doelgroep column


def _first(error: np.ndarray, more: np.ndarray) -> np.ndarray:
    return np.where(error < 0, more, error)


class BatchChecker:
    """Turns a batch (column -> (dictionary, indices)) into BatchRows."""

    def __init__(self, parsers: ValueParsers, problems: Problems):
        self.parsers, p = parsers, problems
        self.lookups = {
            "periode_van": Lookup(parsers.start, 5), "periode_tot": Lookup(parsers.end, 2),
            "uren": Lookup(parsers.hours, 2), "werkgever": Lookup(parsers.employer("werkgever"), 3),
            "inlener": Lookup(parsers.employer("inlener"), 3), "sector": Lookup(parsers.sector, 2),
            "doelgroep": Lookup(parsers.flag, 2), "persoon": Lookup(parsers.person, 3)}
        self.before = p.add("periode_tot", "ligt vóór periode_van", "is before periode_van")
        self.not_a_month = p.add("periode_tot", "een aangiftetijdvak moet één kalendermaand zijn (1e t/m laatste dag)",
                                 "a payroll period must be one calendar month (1st to last day)")
        self.too_many = p.add("uren", "meer uren dan de periode heeft", "more hours than the period has")
        self.mismatch = np.array([parsers.sector_mismatch(s) for s in range(3)], dtype=np.int64)

    def _values(self, batch: dict, name: str, rows: int) -> np.ndarray:
        if name not in batch:  # optional column absent: every value empty
            return np.broadcast_to(np.array(self.lookups[name].parse(""), dtype=np.int64),
                                   (rows, self.lookups[name].width))
        dictionary, indices = batch[name]
        return self.lookups[name].rows(dictionary, indices)

    def check(self, batch: dict[str, tuple[list[str], np.ndarray]], rows: int) -> BatchRows:
        v = {name: self._values(batch, name, rows) for name in self.lookups}
        start, end, hours = v["periode_van"], v["periode_tot"], v["uren"]
        error = _first(start[:, 4], end[:, 1])
        error = np.where((error < 0) & (end[:, 0] < start[:, 0]), self.before, error)
        error = np.where((error < 0) & ((start[:, 3] == 0) | (end[:, 0] != start[:, 2])), self.not_a_month, error)
        error = _first(error, hours[:, 1])
        error = np.where((error < 0) & (hours[:, 0] > 2400 * (end[:, 0] - start[:, 0] + 1)), self.too_many, error)
        employer, inlener, sector = v["werkgever"], v["inlener"], v["sector"]
        error = _first(_first(_first(error, employer[:, 2]), inlener[:, 2]), sector[:, 1])
        error = np.where((error < 0) & (sector[:, 0] != 0) & (sector[:, 0] != employer[:, 1]),
                         self.mismatch[employer[:, 1]], error)
        error = _first(_first(error, v["doelgroep"][:, 1]), v["persoon"][:, 2])
        blank = _blank(batch, rows)
        return BatchRows(np.where(blank, -1, error), blank, v["persoon"][:, 0], v["persoon"][:, 1], employer[:, 0],
                         inlener[:, 0], start[:, 1], hours[:, 0], v["doelgroep"][:, 0])


def _blank(batch: dict[str, tuple[list[str], np.ndarray]], rows: int) -> np.ndarray:
    blank = np.ones(rows, dtype=bool)
    for dictionary, indices in batch.values():
        empty = np.array([not v.strip() for v in dictionary], dtype=bool)
        blank &= empty[indices] if len(dictionary) else True
    return blank


class Totals:
    """Sums per group (employer of record, inlener, month) over all batches, plus the overlap keys."""

    def __init__(self, register: tuple[np.ndarray, np.ndarray]):
        self.first_month, self.last_month = register
        self.codes: dict[int, int] = {}
        self.sums = np.zeros((4, 1024), dtype=np.int64)  # total, doelgroep hours, doelgroep persons, rows
        self.keys: list[np.ndarray] = []
        self.blanks = 0

    def counts(self, rows: BatchRows) -> np.ndarray:
        """Doelgroep per row: the file's flag, or a register period overlapping the month (Wfsv 38g lid 8)."""
        counts = rows.flag.astype(bool)
        known = np.nonzero(rows.registered >= 0)[0]
        if len(known):
            who, month = rows.registered[known], rows.month[known][:, None]
            inside = (self.first_month[who] <= month) & (month <= self.last_month[who])
            counts[known] |= inside.any(axis=1)
        return counts

    def add(self, rows: BatchRows, counts: np.ndarray, offset: int) -> None:
        """Sum the batch's rows (``offset``: index of its first row in the file) into their groups."""
        live = np.nonzero(~rows.blank)[0]
        self.blanks += len(rows.blank) - len(live)
        employer, inlener, month = rows.employer[live], rows.inlener[live], rows.month[live]
        if employer.max(initial=0) > FIELD or inlener.max(initial=0) > FIELD:
            raise ValueError("too many distinct employers for one payroll file")
        if month.max(initial=0) >= 1 << MONTH_BITS:
            raise ValueError("payroll month out of range")
        group = (employer << (EMPLOYER_BITS + MONTH_BITS)) | (inlener << MONTH_BITS) | month
        unique, inverse = np.unique(group, return_inverse=True)
        codes = np.fromiter((self.codes.setdefault(k, len(self.codes)) for k in unique.tolist()),
                            dtype=np.int64, count=len(unique))
        if len(self.codes) > self.sums.shape[1]:
            self.sums = np.pad(self.sums, ((0, 0), (0, max(len(self.codes), 2 * self.sums.shape[1]))))
        hours, counting = rows.hours[live], counts[live]
        for line, weight in enumerate((hours, hours * counting, counting, None)):
            summed = np.bincount(inverse, weights=weight, minlength=len(unique))
            self.sums[line, codes] += np.rint(summed).astype(np.int64)
        # one key per row (a blank line gets a unique negative one), so key index = row index
        keys = -1 - np.arange(offset, offset + len(rows.blank), dtype=np.int64)
        keys[live] = (rows.person[live] << 32) | codes[inverse]
        self.keys.append(keys)

    def groups(self) -> dict[str, np.ndarray]:
        """Column arrays of the groups: employer and inlener as dense codes, month index, sums."""
        keys = np.fromiter(self.codes, dtype=np.int64, count=len(self.codes))
        sums = self.sums[:, :len(keys)]
        return {"employer": keys >> (EMPLOYER_BITS + MONTH_BITS), "inlener": (keys >> MONTH_BITS) & FIELD,
                "month": keys & ((1 << MONTH_BITS) - 1), "total": sums[0], "doelgroep": sums[1],
                "persons": sums[2], "rows": sums[3]}


def overlaps(keys: np.ndarray, limit: int) -> tuple[int, list[tuple[int, int]]]:
    """(number of repeated rows, the first ``limit`` (repeated, first) row indices in file order)."""
    ordered = np.sort(keys)
    same = ordered[1:] == ordered[:-1]
    count = int(same.sum())
    if not count:
        return 0, []
    repeated_keys = np.unique(ordered[1:][same])
    positions = np.nonzero(np.isin(keys, repeated_keys))[0]
    by_key = positions[np.argsort(keys[positions], kind="stable")]
    key_of = keys[by_key]
    starts = np.r_[True, key_of[1:] != key_of[:-1]]
    first_of = by_key[np.maximum.accumulate(np.where(starts, np.arange(len(by_key)), 0))]
    pairs = sorted(zip(by_key[~starts].tolist(), first_of[~starts].tolist(), strict=True))
    return count, pairs[:limit]
