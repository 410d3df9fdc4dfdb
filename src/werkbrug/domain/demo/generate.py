"""Generate a complete, deterministic demo data set: same size, seed and as-of date → same data.

Each part draws from its own random stream (seeded from the seed and the part's name), so a
change in how work is generated does not reshuffle the candidates."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from werkbrug.domain.demo.geography import region_places, split
from werkbrug.domain.demo.organisations import OrgBuilder, RegionOrgs
from werkbrug.domain.demo.people import PeopleBuilder
from werkbrug.domain.demo.placements import PlacementBuilder, Pools
from werkbrug.domain.demo.sizes import SIZES
from werkbrug.domain.demo.work import WorkBuilder

Record = dict[str, Any]
DEFAULT_AS_OF = date(2026, 11, 1)  # fixed so that a seed always gives the same dates
KEY_PREFIX = "demo-"


@dataclass
class DemoData:
    """Records in the shape of domain.schema (typed values; references are external keys)."""

    size: str
    seed: int
    as_of: date
    organisations: list[Record] = field(default_factory=list)
    locations: list[Record] = field(default_factory=list)
    baanambities: list[Record] = field(default_factory=list)
    candidates: list[Record] = field(default_factory=list)
    work: list[Record] = field(default_factory=list)
    tasks: list[Record] = field(default_factory=list)
    placements: list[Record] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        kinds = ("organisations", "locations", "baanambities", "candidates", "work", "tasks", "placements")
        return {kind: len(getattr(self, kind)) for kind in kinds}


def _stream(seed: int, part: str) -> random.Random:
    return random.Random(f"werkbrug-demo/{seed}/{part}")


def generate(size: str = "small", seed: int = 1, as_of: date = DEFAULT_AS_OF) -> DemoData:
    spec = SIZES[size]
    regions = region_places(spec.regions)
    weights = [len(r.places) for r in regions]

    org_builder = OrgBuilder(_stream(seed, "organisations"), as_of.year)
    all_orgs = [RegionOrgs(region) for region in regions]
    for orgs, employers in zip(all_orgs, split(spec.employers, weights), strict=True):
        org_builder.public_bodies(orgs)
        for _ in range(max(1, employers)):
            org_builder.employer(orgs)

    people = PeopleBuilder(_stream(seed, "candidates"), as_of)
    for index, (orgs, count) in enumerate(zip(all_orgs, split(spec.candidates, weights), strict=True)):
        for _ in range(count):
            people.candidate(orgs, index)

    work = WorkBuilder(_stream(seed, "work"), as_of, refs=[[] for _ in regions])
    for index, (orgs, count) in enumerate(zip(all_orgs, split(spec.work, weights), strict=True)):
        for _ in range(count):
            work.item(orgs, index)

    placements = PlacementBuilder(_stream(seed, "placements"), as_of)
    pools = [Pools.of(refs) for refs in work.refs]
    for person in people.people:
        placements.person(person, pools[person.region], all_orgs[person.region])
    _mark_filled(work.work, placements.filled)

    return DemoData(size, seed, as_of, org_builder.organisations, org_builder.locations,
                    org_builder.baanambities, people.candidates, work.work, work.tasks, placements.placements)


def _mark_filled(work: list[Record], active: dict[str, int]) -> None:
    """Work whose places are all taken by active placements is 'filled', not 'open'."""
    for record in work:
        if record["status"] == "open" and active.get(record["external_key"], 0) >= record["places"]:
            record["status"] = "filled"
