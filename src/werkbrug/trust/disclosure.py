"""Small-count suppression for published aggregates, so that no figure points at a few people.

Primary: a count of 1 to MIN_CELL - 1 is not shown (0 is shown: it names nobody). Secondary: in a
line of cells whose total is shown, one suppressed cell could be recovered by subtraction, so the
smallest other non-zero cell is suppressed as well. Lines are the rows and columns of a table;
they are protected in turn until nothing changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MIN_CELL = 5  # the usual statistical-disclosure threshold (CBS microdata rules use the same order)
SUPPRESSED = "<5"


@dataclass(frozen=True)
class Cell:
    """A count as published: `shown` is None when suppressed."""

    value: int
    suppressed: bool

    @property
    def shown(self) -> int | None:
        return None if self.suppressed else self.value

    def __str__(self) -> str:
        return SUPPRESSED if self.suppressed else str(self.value)


def too_small(count: int) -> bool:
    return 0 < count < MIN_CELL


def _protect_line(values: Sequence[int], hidden: list[bool]) -> bool:
    """Secondary suppression in one additive line; True when a cell was added."""
    if sum(hidden) != 1:
        return False
    others = [(v, i) for i, v in enumerate(values) if not hidden[i] and v > 0]
    if not others:
        return False
    hidden[min(others)[1]] = True
    return True


def protect(values: Sequence[int], total_shown: bool = True) -> list[Cell]:
    """One line of counts (e.g. regions of one quarter) whose total may be published."""
    hidden = [too_small(v) for v in values]
    if total_shown:
        _protect_line(values, hidden)
    return [Cell(v, h) for v, h in zip(values, hidden, strict=True)]


def protect_table(matrix: Sequence[Sequence[int]]) -> list[list[Cell]]:
    """A table with row and column totals published: protect every row and every column."""
    hidden = [[too_small(v) for v in row] for row in matrix]
    changed = True
    while changed:
        changed = False
        for r, row in enumerate(matrix):
            line = hidden[r][:]
            if _protect_line(row, line):
                hidden[r], changed = line, True
        for c in range(len(matrix[0]) if matrix else 0):
            column = [row[c] for row in matrix]
            line = [hidden[r][c] for r in range(len(matrix))]
            if _protect_line(column, line):
                for r, flag in enumerate(line):
                    hidden[r][c] = flag
                changed = True
    return [[Cell(v, h) for v, h in zip(row, flags, strict=True)] for row, flags in zip(matrix, hidden, strict=True)]


def total(values: Sequence[int]) -> Cell:
    """A published total: suppressed itself when it is small."""
    amount = sum(values)
    return Cell(amount, too_small(amount))


def safe_rate(numerator: int, denominator: int) -> float | None:
    """A rate is published only when the people it counts and the people it leaves out are both
    zero or at least MIN_CELL; otherwise it would tell something about a few persons."""
    if denominator == 0 or too_small(denominator) or too_small(numerator) or too_small(denominator - numerator):
        return None
    return numerator / denominator
