"""Monitoring a contract (pure): obligation against realised and verified value per month, a
forecast from the pace so far, an alert and the penalty on the projected shortfall.

- realised: every entry whose status counts (submitted and verified); verified: verified only.
  Values accrue in the months given by each entry's valuation (a placement month by month).
  Month granularity: the month of the as-of date counts in full.
- forecast: LINEAR on the verified value per elapsed contract month, extrapolated to the contract
  end (projected = verified so far ÷ elapsed months × contract months). After the end the
  projection is the verified value itself. It is an estimate and is labelled as such.
- penalty: deduction = max(0, obligation − projected) × the contract's penalty factor, after the
  herstelperiode and only where the shortfall is attributable to the supplier (rules-nl.md 3.4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.sroi.periods import month_fractions, month_key

CENT = Decimal("0.01")
FORECAST_METHOD = ("lineair: geverifieerde waarde per verstreken contractmaand × alle contractmaanden / "
                   "linear: verified value per elapsed contract month × all contract months")


@dataclass(frozen=True)
class EntryFacts:
    counts: bool
    verified: bool
    value_eur: Decimal
    accrual: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class Terms:
    start: date
    end: date
    obligation_eur: Decimal
    penalty_factor: Decimal | None
    herstelperiode_days: int | None


def _cumulative(months: list[str], entries: Iterable[EntryFacts], verified_only: bool) -> list[Decimal]:
    per_month = dict.fromkeys(months, Decimal(0))
    for entry in entries:
        if not entry.counts or (verified_only and not entry.verified):
            continue
        for key, value in entry.accrual:
            if key in per_month:
                per_month[key] += value
    running, out = Decimal(0), []
    for key in months:
        running += per_month[key]
        out.append(running)
    return out


def _penalty(terms: Terms, projected: Decimal | None) -> dict[str, Any]:
    if terms.penalty_factor is None:
        return {"agreed": False, "deduction_eur": None,
                "note": "geen boeteclausule in het contract / no penalty terms in the contract"}
    if projected is None:
        return {"agreed": True, "factor": str(terms.penalty_factor), "deduction_eur": None,
                "herstelperiode_days": terms.herstelperiode_days, "note": "nog geen prognose / no forecast yet"}
    shortfall = max(Decimal(0), terms.obligation_eur - projected)
    return {"agreed": True, "factor": str(terms.penalty_factor), "herstelperiode_days": terms.herstelperiode_days,
            "projected_shortfall_eur": str(shortfall.quantize(CENT)),
            "deduction_eur": str((shortfall * terms.penalty_factor).quantize(CENT)),
            "formula": "max(0, obligation − projected) × factor",
            "note": ("korting na de herstelperiode, tenzij de tekortkoming de leverancier niet valt toe te rekenen "
                     "(rules-nl.md 3.4) / deduction after the herstelperiode, unless the shortfall is not "
                     "attributable to the supplier")}


def monitor(terms: Terms, entries: list[EntryFacts], as_of: date) -> dict[str, Any]:
    fractions = month_fractions(terms.start, terms.end)
    months = [key for key, _ in fractions]
    total_months = sum((f for _, f in fractions), Decimal(0))
    current = month_key(as_of)
    elapsed = sum((f for key, f in fractions if key <= current), Decimal(0))
    realised = _cumulative(months, entries, verified_only=False)
    verified = _cumulative(months, entries, verified_only=True)
    series, passed = [], Decimal(0)
    for (key, fraction), real, ver in zip(fractions, realised, verified, strict=True):
        passed += fraction
        series.append({"month": key, "elapsed": key <= current,
                       "obligation_pace_eur": str((terms.obligation_eur * passed / total_months).quantize(CENT)),
                       "realised_eur": str(real.quantize(CENT)), "verified_eur": str(ver.quantize(CENT))})
    done = [i for i, key in enumerate(months) if key <= current]
    realised_now = realised[done[-1]] if done else Decimal(0)
    verified_now = verified[done[-1]] if done else Decimal(0)
    ended = as_of >= terms.end
    projected: Decimal | None = None
    if ended:
        projected = verified_now
    elif elapsed > 0:
        projected = verified_now / elapsed * total_months
    will_miss = projected is not None and projected < terms.obligation_eur
    registered = sum((e.value_eur for e in entries if e.counts), Decimal(0))
    return {
        "as_of": as_of.isoformat(), "contract_months": str(total_months.quantize(Decimal("0.01"))),
        "elapsed_months": str(elapsed.quantize(Decimal("0.01"))), "ended": ended,
        "obligation_eur": str(terms.obligation_eur),
        "registered_eur": str(registered.quantize(CENT)),
        "realised_eur": str(realised_now.quantize(CENT)), "verified_eur": str(verified_now.quantize(CENT)),
        "remaining_eur": str(max(Decimal(0), terms.obligation_eur - verified_now).quantize(CENT)),
        "forecast": {"method": FORECAST_METHOD, "estimate": not ended,
                     "projected_eur": None if projected is None else str(projected.quantize(CENT)),
                     "note": None if projected is not None else
                     "nog geen verstreken maand: geen prognose / no elapsed month yet: no forecast"},
        "alert": {"will_miss_target": will_miss,
                  "projected_shortfall_eur": str(max(Decimal(0), terms.obligation_eur - (projected or 0))
                                                 .quantize(CENT)) if projected is not None else None},
        "penalty": _penalty(terms, projected),
        "months": series,
    }
