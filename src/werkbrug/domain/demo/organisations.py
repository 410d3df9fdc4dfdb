"""Organisations per region: gemeente, WSP, UWV, sociaal ontwikkelbedrijven and employers, each
with a location on a real PC4, plus baanambities for some employers."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from werkbrug.domain.demo import distributions as dist
from werkbrug.domain.demo.catalogue import FAMILIES, GOVERNMENT_NAMES
from werkbrug.domain.demo.geography import NAMED_SOBS, RegionPlaces, jitter, names
from werkbrug.domain.demo.identifiers import new_kvk, pc6
from werkbrug.domain.places import Place

Record = dict[str, Any]


@dataclass
class Employer:
    key: str
    family: int               # index into FAMILIES
    locations: list[str]
    sector: str


@dataclass
class RegionOrgs:
    region: RegionPlaces
    gemeente: str = ""
    uwv: str = ""
    sobs: list[str] = field(default_factory=list)
    employers: list[Employer] = field(default_factory=list)
    location_of: dict[str, str] = field(default_factory=dict)  # organisation key -> first location


@dataclass
class OrgBuilder:
    rng: random.Random
    as_of_year: int
    organisations: list[Record] = field(default_factory=list)
    locations: list[Record] = field(default_factory=list)
    baanambities: list[Record] = field(default_factory=list)
    kvk_taken: set[str] = field(default_factory=set)

    def organisation(self, orgs: RegionOrgs, name: str, kind: str, sector: str, employees: int,
                     place: Place) -> str:
        key = f"demo-org-{len(self.organisations) + 1:06d}"
        self.organisations.append({
            "external_key": key, "name": name, "kind": kind, "kvk_number": new_kvk(self.rng, self.kvk_taken),
            "sector": sector, "arbeidsmarktregio": orgs.region.name, "employees": employees,
            "verloonde_uren_per_year": Decimal(round(employees * dist.HOURS_PER_EMPLOYEE
                                                     * self.rng.uniform(0.85, 1.15))),
            "pso_trede": dist.PSO.pick(self.rng) if kind == "employer" and self.rng.random() < dist.PSO_SHARE
            else "",
        })
        orgs.location_of[key] = self.location(key, name, place)
        return key

    def location(self, org_key: str, name: str, place: Place) -> str:
        key = f"demo-loc-{len(self.locations) + 1:06d}"
        lat, lon = jitter(self.rng, place)
        self.locations.append({
            "external_key": key, "organisation": org_key, "name": f"{name} – {place.name}",
            "postcode": pc6(self.rng, place.pc4), "place": place.name, "latitude": lat, "longitude": lon,
            "arbeidsmarktregio": place.region,
        })
        return key

    def public_bodies(self, orgs: RegionOrgs) -> None:
        region, centre = orgs.region, orgs.region.centre
        orgs.gemeente = self.organisation(orgs, f"Gemeente {region.centrumgemeente}", "gemeente",
                                          "overheid", dist.between(self.rng, 600, 4000), centre)
        self.organisation(orgs, f"Werkgeversservicepunt {region.name}", "wsp", "overheid",
                          dist.between(self.rng, 15, 60), centre)
        orgs.uwv = self.organisation(orgs, f"UWV {region.centrumgemeente}", "uwv", "overheid",
                                     dist.between(self.rng, 80, 400), centre)
        named = [(p, NAMED_SOBS[p.pc4]) for p in region.places if p.pc4 in NAMED_SOBS]
        sobs = named or [(centre, f"SOB {region.name}")]
        if len(sobs) == 1 and self.rng.random() < 0.5:
            sobs.append((dist.pick(self.rng, region.places), f"SOB {region.name} Werkbedrijf"))
        for place, name in sobs:
            orgs.sobs.append(self.organisation(orgs, name, "sob", "overheid",
                                               dist.between(self.rng, 300, 1500), place))

    def employer(self, orgs: RegionOrgs) -> None:
        rng = self.rng
        place = dist.pick(rng, orgs.region.places)
        family_name = dist.pick(rng, names("family"))
        employees = max(2, min(8000, int(math.exp(rng.gauss(dist.EMPLOYEE_LOG_MEAN, dist.EMPLOYEE_LOG_SD)))))
        family = rng.randrange(len(FAMILIES))
        if rng.random() < dist.OVERHEID_SHARE:
            sector, pattern = "overheid", dist.pick(rng, GOVERNMENT_NAMES)
        else:
            sector, pattern = "markt", dist.pick(rng, FAMILIES[family].trades)
        name = pattern.format(name=family_name[0].upper() + family_name[1:], place=place.name)
        key = self.organisation(orgs, name, "employer", sector, employees, place)
        locations = [orgs.location_of[key]]
        for _ in range(dist.between(rng, 1, 2) if employees > 250 else 0):
            locations.append(self.location(key, name, dist.pick(rng, orgs.region.places)))
        orgs.employers.append(Employer(key, family, locations, sector))
        if employees >= 25 and rng.random() < dist.BAANAMBITIE_SHARE:
            # assumption: an ambition of 1.5-4% of the workforce in banen of 25.5 h
            target = max(Decimal("1"), Decimal(round(employees * rng.uniform(0.015, 0.04) * 2)) / 2)
            self.baanambities.append({"organisation": key, "year": self.as_of_year, "target_banen": target})
