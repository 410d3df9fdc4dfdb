"""Outcome figures from stored data: doorstroom between situation groups and placement survival."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from werkbrug.domain.pathways import model as trajectory
from werkbrug.domain.pathways.doorstroom import rates_by_region
from werkbrug.domain.pathways.survival import Spell, durability, durations, kaplan_meier
from werkbrug.registry.models import Placement


def doorstroom(timelines: list[Any], start: date, end: date, mode: str = "end") -> list[dict[str, Any]]:
    model = trajectory.load()
    rows: list[dict[str, Any]] = []
    for a, b in model.report_pairs:
        for r in rates_by_region(timelines, model.members(a), model.members(b), start, end, mode=mode,
                                 names=(a, b)):
            row = asdict(r)
            row.update(start=r.start.isoformat(), end=r.end.isoformat(), region=r.region or "totaal / total")
            rows.append(row)
    return rows


def placement_spells(region: str | None = None) -> list[Spell]:
    rows = Placement.objects.all()
    if region:
        rows = rows.filter(candidate__arbeidsmarktregio=region)
    return [Spell(s, e, r) for s, e, r in rows.values_list("start_date", "end_date", "end_reason")]


def survival(spells: list[Spell], as_of: date) -> dict[str, Any]:
    settings = trajectory.load().survival
    reasons = settings.get("censoring_end_reasons", [])
    times, events = durations(spells, as_of, reasons)
    curve = kaplan_meier(times, events)
    rows = durability(curve, settings.get("horizons_months", [3, 6, 12, 24]),
                      float(settings.get("days_per_month", 30.4375)))
    return {
        "as_of": as_of.isoformat(), "placements": int(times.size), "events": int(events.sum()),
        "censored": int(times.size - events.sum()), "censoring_end_reasons": list(reasons),
        "durability": [asdict(d) for d in rows],
        "curve": [{"day": float(t), "at_risk": int(n), "events": int(d), "survival": float(s)}
                  for t, n, d, s in zip(curve.times, curve.at_risk, curve.events, curve.survival, strict=True)],
    }


def report(timelines: list[Any], start: date, end: date, as_of: date, region: str | None,
           mode: str = "end") -> dict[str, Any]:
    return {
        "region": region or "", "period": {"from": start.isoformat(), "to": end.isoformat()},
        "doorstroom_mode": mode, "model_version": trajectory.load().version,
        "doorstroom": doorstroom(timelines, start, end, mode),
        "survival": survival(placement_spells(region), as_of),
    }
