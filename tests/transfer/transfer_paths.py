"""Paths of the example files and a generator of valid BSNs for the import/export tests."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
GOOD = HERE / "good_files"
BAD = HERE / "bad_files"
ORDER = ("organisations", "locations", "candidates", "work", "tasks", "placements")


def make_bsn(number: int) -> str:
    """The first BSN (elfproef) at or after an 8-digit stem: a test-data generator."""
    for stem in range(number, number + 20):
        digits = f"{stem:08d}"
        weighted = sum(int(d) * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        check = weighted % 11
        if check < 10 and weighted != check:  # the elfproef also refuses a total of zero
            return digits + str(check)
    raise ValueError(number)  # pragma: no cover - every run of 20 stems has one


