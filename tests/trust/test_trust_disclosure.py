"""Small-count suppression: counts 1-4 hidden, no hidden cell recoverable from a published total,
rates only when both sides are safe."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from werkbrug.trust import disclosure


def test_primary_and_secondary_suppression_in_one_line() -> None:
    assert [str(c) for c in disclosure.protect([0, 12, 7])] == ["0", "12", "7"]
    # the 3 alone could be worked out from the total: the smallest other non-zero cell goes too
    assert [str(c) for c in disclosure.protect([3, 12, 7, 0])] == ["<5", "12", "<5", "0"]
    assert [str(c) for c in disclosure.protect([3, 12], total_shown=False)] == ["<5", "12"]
    assert [str(c) for c in disclosure.protect([3, 2, 9])] == ["<5", "<5", "9"]  # two hidden: safe
    assert str(disclosure.total([1, 2])) == "<5" and str(disclosure.total([0, 0])) == "0"


def test_safe_rate() -> None:
    assert disclosure.safe_rate(6, 13) == 6 / 13
    assert disclosure.safe_rate(3, 13) is None  # three people moved on
    assert disclosure.safe_rate(10, 12) is None  # two people did not
    assert disclosure.safe_rate(0, 20) == 0.0 and disclosure.safe_rate(0, 0) is None


@given(st.lists(st.lists(st.integers(0, 12), min_size=3, max_size=3), min_size=1, max_size=5))
def test_no_published_line_gives_a_single_hidden_cell_away(rows: list[list[int]]) -> None:
    matrix = [row + [sum(row)] for row in rows]
    matrix.append([sum(column) for column in zip(*matrix, strict=True)])
    cells = disclosure.protect_table(matrix)
    for r, row in enumerate(cells):
        for c, cell in enumerate(row):
            assert cell.suppressed or not disclosure.too_small(matrix[r][c])
    lines = [list(row) for row in cells] + [list(column) for column in zip(*cells, strict=True)]
    for line in lines:
        hidden = [cell for cell in line if cell.suppressed]
        assert len(hidden) != 1, line
