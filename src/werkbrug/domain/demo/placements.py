"""Placements: the working part of the candidates on work in their own region, and an ended
earlier placement for some (with an end reason)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from werkbrug.domain.demo import distributions as dist
from werkbrug.domain.demo.organisations import RegionOrgs
from werkbrug.domain.demo.people import Person
from werkbrug.domain.demo.work import WorkRef

Record = dict[str, Any]
_POOLS = {"vacancy": "employer", "carved_role": "employer", "production_work": "production",
          "learning_place": "learning"}
_MIN_HOURS = Decimal(4)


@dataclass
class Pools:
    employer: list[WorkRef] = field(default_factory=list)
    production: list[WorkRef] = field(default_factory=list)
    learning: list[WorkRef] = field(default_factory=list)
    any: list[WorkRef] = field(default_factory=list)

    @classmethod
    def of(cls, refs: list[WorkRef]) -> Pools:
        staffed = [ref for ref in refs if ref.status in {"open", "filled"}]  # not draft or closed
        pools = cls(any=staffed)
        for ref in staffed:
            getattr(pools, _POOLS[ref.kind]).append(ref)
        return pools

    def pick(self, rng: random.Random, name: str) -> WorkRef | None:
        pool = getattr(self, name) or self.any
        return dist.pick(rng, pool) if pool else None


@dataclass
class PlacementBuilder:
    rng: random.Random
    as_of: date
    placements: list[Record] = field(default_factory=list)
    filled: dict[str, int] = field(default_factory=dict)  # work key -> active placements

    def _plan(self, person: Person) -> tuple[str, str] | None:
        """(placement kind, work pool) for the person's current situation."""
        rng, situation = self.rng, person.situation
        if situation == "sw_dienstverband":
            return ("detachering", "employer") if rng.random() < dist.SW_DETACHED_SHARE \
                else ("dienstverband", "production")
        if situation == "banenafspraak_baan":
            return ("detachering", "employer") if rng.random() < dist.BANENAFSPRAAK_VIA_SOB \
                else ("dienstverband", "employer")
        return {"detachering": ("detachering", "employer"), "beschut_werk": ("beschut_werk", "production"),
                "regulier_werk": ("dienstverband", "employer"), "proefplaatsing": ("proefplaatsing", "employer"),
                }.get(situation) or (("leerwerkplek_bbl", "learning")
                                     if situation == "opleiding" and rng.random() < 0.5 else None)

    def add(self, person: Person, work: WorkRef, kind: str, orgs: RegionOrgs,
            period: tuple[date, date | None], end_reason: str = "") -> None:
        sob = dist.pick(self.rng, orgs.sobs)
        if kind == "detachering":
            employer_of_record, inlener = sob, work.employer
        elif kind in {"beschut_werk", "dienstverband"} and work.executed_by:
            employer_of_record, inlener = work.executed_by, None
        else:
            employer_of_record, inlener = work.employer, None
        self.placements.append({
            "external_key": f"demo-plac-{len(self.placements) + 1:06d}", "candidate": person.key,
            "work": work.key, "kind": kind, "employer_of_record": employer_of_record, "inlener": inlener,
            "hours_per_week": max(_MIN_HOURS, min(person.hours, work.hours)), "start_date": period[0],
            "end_date": period[1], "end_reason": end_reason,
        })
        if period[1] is None:
            self.filled[work.key] = self.filled.get(work.key, 0) + 1

    def person(self, person: Person, pools: Pools, orgs: RegionOrgs) -> None:
        rng = self.rng
        current_start = None
        plan = self._plan(person)
        work = pools.pick(rng, plan[1]) if plan else None
        if plan and work:
            earliest = max(work.start, person.registered_on)
            days = max(0, (self.as_of - earliest).days)
            if plan[0] == "proefplaatsing":
                days = min(days, 60)  # a proefplaatsing lasts a few months at most
            current_start = self.as_of - timedelta(days=dist.between(rng, 0, days))
            self.add(person, work, plan[0], orgs, (current_start, None))
        if rng.random() < dist.ENDED_PLACEMENT_SHARE:
            self.ended(person, pools, orgs, current_start or self.as_of)

    def ended(self, person: Person, pools: Pools, orgs: RegionOrgs, before: date) -> None:
        rng = self.rng
        work = pools.pick(rng, "employer")
        if work is None:
            return
        end = before - timedelta(days=dist.between(rng, 1, 400))
        reasons = dist.SW_END_REASONS if person.wsw else dist.END_REASONS
        kind = "detachering" if person.wsw else dist.pick(rng, ("dienstverband", "proefplaatsing", "dienstverband"))
        # a UWV proefplaatsing lasts 2 months as a rule, never more than 6 (rules-nl 2.8)
        start = end - timedelta(days=dist.between(rng, 30, 90) if kind == "proefplaatsing"
                                else dist.between(rng, 60, 1500))
        self.add(person, work, kind, orgs, (start, end), reasons.pick(rng))
