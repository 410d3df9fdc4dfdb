"""Work items (vacancies, carved roles, learning places, SOB production orders) and their tasks."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from werkbrug.domain.demo import distributions as dist
from werkbrug.domain.demo.catalogue import FAMILIES, WorkFamily, family_entries, skill_uri
from werkbrug.domain.demo.organisations import RegionOrgs

Record = dict[str, Any]
PRODUCTION_FAMILIES = tuple(i for i, f in enumerate(FAMILIES)
                            if f.code in {"assembly", "packaging", "laundry", "recycling"})
_CONTRACTS = {"vacancy": ("tijdelijk", "tijdelijk", "vast", "oproep"), "carved_role": ("tijdelijk", "vast"),
              "learning_place": ("bbl", "stage"), "production_work": ("geen",)}
_ACCOMMODATIONS = ("hoogteverstelbare_werktafel", "sta_zit_stoel", "visuele_werkinstructies",
                   "stille_werkplek", "tilhulp", "transportkar", "interne_werkbegeleider")
WML_2026 = 14.71  # hourly WML 21+ from 1-1-2026 (rules-nl 2.3)


@dataclass
class WorkRef:
    """What placements need to know about a generated work item."""

    key: str
    kind: str
    employer: str
    executed_by: str | None
    hours: Decimal
    places: int
    start: date
    status: str


@dataclass
class WorkBuilder:
    rng: random.Random
    as_of: date
    work: list[Record] = field(default_factory=list)
    tasks: list[Record] = field(default_factory=list)
    refs: list[list[WorkRef]] = field(default_factory=list)  # per region

    def item(self, orgs: RegionOrgs, region_index: int) -> None:
        rng = self.rng
        kind = dist.WORK_KINDS.pick(rng)
        employer = dist.pick(rng, orgs.employers)
        executed_by = None
        if kind == "production_work":
            family = dist.pick(rng, PRODUCTION_FAMILIES)
            executed_by = dist.pick(rng, orgs.sobs)
            location = orgs.location_of[executed_by]
        else:
            family = employer.family if rng.random() < 0.8 else rng.randrange(len(FAMILIES))
            location = dist.pick(rng, employer.locations)
        spec = FAMILIES[family]
        hours = Decimal(str(dist.WORK_HOURS.pick(rng)))
        status = dist.WORK_STATUS.pick(rng)
        start = self.as_of + timedelta(days=dist.between(rng, -1500, 60))
        key = f"demo-work-{len(self.work) + 1:06d}"
        day_parts = list(dist.DAY_PARTS.pick(rng))
        places = dist.between(rng, 4, 20) if kind == "production_work" else (1 if rng.random() < 0.85 else 2)
        self.work.append({
            "external_key": key, "employer": employer.key, "location": location, "executed_by": executed_by,
            "kind": kind, "title": _title(rng, spec, kind), "description": "",
            "occupation": _occupation(rng, spec), "sector": spec.code, "hours_per_week": hours,
            "contract_type": dist.pick(rng, _CONTRACTS[kind]), "places": places, "start_date": start,
            "end_date": start + timedelta(days=dist.between(rng, 30, 700)) if status == "closed" else None,
            "status": status, "day_parts": day_parts,
            "wage_per_hour": None if kind == "production_work" else Decimal(f"{WML_2026 * rng.uniform(1, 1.3):.2f}"),
            "cao": "", "has_internal_supervisor": rng.random() < 0.4,
            "accommodations_available": sorted(set(rng.sample(_ACCOMMODATIONS, k=dist.between(rng, 0, 2)))),
            "contact_note": f"Via het werkgeversservicepunt {orgs.region.name}",
        })
        self.add_tasks(key, spec, hours, day_parts)
        self.refs[region_index].append(WorkRef(key, kind, employer.key, executed_by, hours, places, start,
                                                 status))

    def add_tasks(self, work_key: str, spec: WorkFamily, hours: Decimal, day_parts: list[str]) -> None:
        rng = self.rng
        count = dist.between(rng, 2, min(5, len(spec.tasks)))
        chosen = rng.sample(spec.tasks, k=count)
        for sequence, (template, task_hours) in enumerate(zip(chosen, _split_hours(rng, hours, count),
                                                               strict=True)):
            self.tasks.append({
                "work": work_key, "key": f"t{sequence + 1}", "name": template.name,
                "hours_per_week": task_hours, "qualification_level": template.qualification_level,
                "fml_demand": template.demand, "required_skills": [skill_uri(s) for s in template.skills],
                "required_certificates": list(template.certificates) if rng.random() < 0.7 else [],
                "day_part": dist.pick(rng, day_parts), "sequence": sequence,
            })


def _title(rng: random.Random, spec: WorkFamily, kind: str) -> str:
    title = dist.pick(rng, spec.titles)
    return {"carved_role": f"{title} (gecreëerde functie)", "learning_place": f"Leerwerkplek {title.lower()}",
            "production_work": f"Productieorder {title.lower()}"}.get(kind, title)


def _occupation(rng: random.Random, spec: WorkFamily) -> str:
    occupations = family_entries(spec.code, "occupation")
    return dist.pick(rng, occupations) if occupations else ""


def _split_hours(rng: random.Random, hours: Decimal, count: int) -> list[Decimal]:
    """Split the weekly hours over the tasks in half hours, at least half an hour each."""
    units = int(hours * 2)
    weights = [dist.between(rng, 1, 3) for _ in range(count)]
    extra = units - count
    shares = [extra * w // sum(weights) for w in weights]
    shares[0] += extra - sum(shares)
    return [Decimal(1 + s) / 2 for s in shares]
