"""The three demo sizes. Counts are targets; the generator stays within a few percent."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Size:
    name: str
    candidates: int
    employers: int
    work: int
    regions: tuple[str, ...] | None  # None = all 35 arbeidsmarktregio's


SIZES: dict[str, Size] = {
    "small": Size("small", 200, 40, 60, ("Holland Rijnland", "Haaglanden")),
    "region": Size("region", 10_000, 1_000, 3_000, ("Holland Rijnland", "Haaglanden")),
    "national": Size("national", 250_000, 30_000, 100_000, None),
}
