"""Quotumregeling (Wfsv hoofdstuk 3a, version 2025): liability, quotumtekort and quotumheffing.

quotumtekort (banen) = (A × B − C) / D  (Wfsv 38g lid 3), where A = verloonde uren of all
werknemers in the year, B = quotumpercentage of the sector, C = verloonde uren of arbeidsbeperkten,
D = average verloonde uren of an arbeidsbeperkte per year. Never negative. The levy is the
shortfall rounded DOWN to whole banen × € 5.000 (Wfsv 38h lid 4): the worked example in the
sources states 68,1 as "68 banen", and rounding down never charges for a baan that is not
wholly missing. The rounding itself is a flagged parameter (quotumtekort_rounding)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from werkbrug.domain.banenafspraak.caveats import Caveat, caveats_for
from werkbrug.domain.errors import Issues
from werkbrug.domain.parameters import ParameterSet, ParameterVersion, load_parameters

SECTORS = ("markt", "overheid")


def version_for_year(params: ParameterSet, name: str, year: int) -> ParameterVersion | None:
    """The version set for exactly this calendar year; earlier years are never carried forward."""
    for version in params.history(name):
        if version.valid_from.year == year:
            return version
    return None


@dataclass(frozen=True)
class QuotumParameters:
    year: int
    sector: str
    quotumpercentage: ParameterVersion
    werknemer_hours: ParameterVersion
    threshold_factor: ParameterVersion
    arbeidsbeperkte_hours: ParameterVersion
    levy_per_baan: ParameterVersion
    rounding: ParameterVersion
    caveats: tuple[Caveat, ...]

    @property
    def threshold_hours(self) -> Decimal:
        return threshold_hours(self.werknemer_hours.decimal, self.threshold_factor.decimal)

    def used(self) -> list[dict[str, Any]]:
        return [v.as_dict() for v in (self.quotumpercentage, self.werknemer_hours,
                                      self.threshold_factor, self.arbeidsbeperkte_hours,
                                      self.levy_per_baan, self.rounding)]


def quotum_parameters(year: int, sector: str, parameters: ParameterSet | None = None) -> QuotumParameters:
    params = parameters or load_parameters()
    issues = Issues()
    if sector not in SECTORS:
        issues.add("sector", "unknown", f"onbekende sector; kies uit {', '.join(SECTORS)}",
                   f"unknown sector; choose from {', '.join(SECTORS)}")
    issues.raise_if_any()
    percentage = version_for_year(params, f"quotumpercentage_{sector}", year)
    if percentage is None:
        known = sorted(f"{v.valid_from.year}/{s}" for s in SECTORS
                       for v in params.history(f"quotumpercentage_{s}"))
        issues.add("year", "no-quotumpercentage",
                   f"geen quotumpercentage bekend voor {year}/{sector} (bekend: {', '.join(known)})",
                   f"no quotumpercentage known for {year}/{sector} (known: {', '.join(known)})")
    issues.raise_if_any()
    assert percentage is not None
    on = date(year, 1, 1)
    return QuotumParameters(
        year=year, sector=sector, quotumpercentage=percentage,
        werknemer_hours=params.get("werknemer_average_hours_per_year", on),
        threshold_factor=params.get("quotum_threshold_factor", on),
        arbeidsbeperkte_hours=params.get("arbeidsbeperkte_average_hours_per_year", on),
        levy_per_baan=params.get("quotumheffing_per_baan_eur", on),
        rounding=params.get("quotumtekort_rounding", on),
        caveats=caveats_for(year))


def threshold_hours(werknemer_hours_per_year: Decimal, factor: Decimal) -> Decimal:
    """25 × 1.623 = 40.575 verloonde uren (Wfsv 34 lid 4; Besluit Wfsv 2.20)."""
    return werknemer_hours_per_year * factor


def is_liable(previous_year_hours: Decimal, year_hours: Decimal, threshold: Decimal) -> bool:
    """Exempt when the previous year (lid 4) or the levy year itself (lid 6) stays below the threshold."""
    return previous_year_hours >= threshold and year_hours >= threshold


def shortfall_banen(a_hours: Decimal, b_percentage: Decimal, c_doelgroep_hours: Decimal,
                    d_hours_per_baan: Decimal) -> Decimal:
    """(A × B − C) / D in banen, never negative; B is a percentage (1.93 means 1,93%)."""
    return max(Decimal(0), (a_hours * b_percentage / 100 - c_doelgroep_hours) / d_hours_per_baan)


def whole_banen(shortfall: Decimal) -> int:
    return int(shortfall.to_integral_value(rounding=ROUND_FLOOR))


@dataclass(frozen=True)
class QuotumAssessment:
    liable: bool
    shortfall_unrounded: Decimal
    shortfall_banen: int
    levy_eur: Decimal
    parameters: QuotumParameters

    def as_dict(self) -> dict[str, Any]:
        p = self.parameters
        return {
            "year": p.year, "sector": p.sector, "liable": self.liable,
            "threshold_hours": str(p.threshold_hours.normalize()),
            "shortfall_banen_unrounded": str(self.shortfall_unrounded.quantize(Decimal("0.01"))),
            "shortfall_banen": self.shortfall_banen,
            "rounding": "down to whole banen / naar beneden op hele banen (unconfirmed)",
            "levy_eur": str(self.levy_eur.quantize(Decimal("0.01"))),
            "parameters": p.used(),
            "caveats": [c.as_dict() for c in p.caveats],
        }


def _check_hours(**hours: Decimal | None) -> None:
    issues = Issues()
    for field, value in hours.items():
        if value is not None and value < 0:
            issues.add(field, "negative", "mag niet negatief zijn", "must not be negative")
    issues.raise_if_any()


def assess_quotum(year: int, sector: str, hours_per_year: Decimal, doelgroep_hours_per_year: Decimal,
                  previous_year_hours: Decimal | None = None,
                  parameters: ParameterSet | None = None) -> QuotumAssessment:
    """The quotum result of one employer for one year; previous_year_hours defaults to this year's."""
    _check_hours(hours_per_year=hours_per_year, doelgroep_hours_per_year=doelgroep_hours_per_year,
                 previous_year_hours=previous_year_hours)
    p = quotum_parameters(year, sector, parameters)
    previous = hours_per_year if previous_year_hours is None else previous_year_hours
    liable = is_liable(previous, hours_per_year, p.threshold_hours)
    shortfall = Decimal(0)
    if liable:
        shortfall = shortfall_banen(hours_per_year, p.quotumpercentage.decimal,
                                    doelgroep_hours_per_year, p.arbeidsbeperkte_hours.decimal)
    whole = whole_banen(shortfall)
    return QuotumAssessment(liable, shortfall, whole, whole * p.levy_per_baan.decimal, p)
