"""The measurement's input: a normfunctie, the contract hours and up to five hoofdtaken."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Normfunctie:
    """The job of an average employee outside the LKS doelgroep closest to the actual work (art. 1)."""

    name: str
    source: str = ""  # cao or bedrijfsreglement
    normloon_hourly: Decimal | None = None
    fulltime_hours: Decimal | None = None


@dataclass(frozen=True)
class Hoofdtaak:
    """One hoofdtaak with its time and the measured performance, each in % of the normfunctie.

    minutes_per_day holds one value per working day of the week (the 30-minute rule is per day)."""

    name: str
    hours_per_week: Decimal
    minutes_per_day: tuple[Decimal, ...]
    tempo_pct: Decimal
    kwaliteit_pct: Decimal
    netto_werktijd_pct: Decimal


@dataclass(frozen=True)
class Measurement:
    contract_hours: Decimal
    hoofdtaken: tuple[Hoofdtaak, ...]
    normfunctie: Normfunctie | None = None
