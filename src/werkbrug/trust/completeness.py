"""Completeness and staleness of the registry's profiles, per candidate and per work item."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from django.db.models import QuerySet

from werkbrug.domain.trust import completeness as rules
from werkbrug.registry.models import Candidate, Task, Work

CANDIDATE_FIELDS = ("id", "external_key", "arbeidsmarktregio", "consultant_id", "profile_reviewed_on",
                    *sorted({f for g in rules.load_rules().groups["candidate"] for e in g.entries for f in e.any_of}))


def _work_records(works: QuerySet[Work]) -> list[dict[str, Any]]:
    rows = list(works.order_by("id").values("id", "external_key", "start_date", "occupation", "sector",
                                             "day_parts", "contact_note", "location__postcode",
                                             "location__arbeidsmarktregio"))
    tasks: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for t in Task.objects.filter(work__in=works).values("work_id", "fml_demand", "required_skills",
                                                       "qualification_level"):
        tasks[t["work_id"]].append(t)
    for row in rows:
        mine = tasks[row["id"]]
        row |= {"tasks": mine, "location_postcode": row.pop("location__postcode"),
                "task_fml_demand": [t for t in mine if t["fml_demand"]],
                "task_skills": [t for t in mine if t["required_skills"]],
                "task_qualification_levels": [t["qualification_level"] for t in mine
                                              if t["qualification_level"] is not None]}
    return rows


def _questions(result: rules.Completeness, language: str) -> list[dict[str, Any]]:
    return [{"group": q.group, "field": q.key, "ask": q.ask.text(language), "gain": q.gain} for q in result.missing]


def candidate_rows(queryset: QuerySet[Candidate], today: date, stale_months: int | None = None,
                   language: str = "nl") -> list[dict[str, Any]]:
    config = rules.load_rules()
    months = config.stale_after_months if stale_months is None else stale_months
    out = []
    for record in queryset.order_by("id").values(*CANDIDATE_FIELDS).iterator(chunk_size=2000):
        result = rules.score(record, "candidate", config)
        out.append({"id": record["id"], "key": record["external_key"], "region": record["arbeidsmarktregio"],
                    "consultant": record["consultant_id"], "score": result.score, "groups": result.groups,
                    "reviewed_on": record["profile_reviewed_on"],
                    "stale": rules.is_stale(record["profile_reviewed_on"], today, months),
                    "ask_next": _questions(result, language)})
    return out


def work_rows(queryset: QuerySet[Work], language: str = "nl") -> list[dict[str, Any]]:
    config = rules.load_rules()
    out = []
    for record in _work_records(queryset):
        result = rules.score(record, "work", config)
        out.append({"id": record["id"], "key": record["external_key"],
                    "region": record["location__arbeidsmarktregio"], "score": result.score,
                    "groups": result.groups, "ask_next": _questions(result, language)})
    return out


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    groups = sorted({g for r in rows for g in r["groups"]})
    return {"count": len(rows), "mean_score": _mean([r["score"] for r in rows]),
            "groups": {g: _mean([r["groups"][g] for r in rows]) for g in groups},
            "stale": sum(1 for r in rows if r.get("stale")),
            "complete": sum(1 for r in rows if r["score"] >= 1.0)}


def report(region: str | None = None, today: date | None = None, stale_months: int | None = None,
           consultant: Any = None, language: str = "nl") -> dict[str, Any]:
    """Candidates (optionally one region, one consultant's caseload) and open work items:
    score per field group, staleness and what to ask next; least complete first."""
    today = today or date.today()
    cands = Candidate.objects.all()
    works = Work.objects.filter(status="open")
    if region:
        cands = cands.filter(arbeidsmarktregio=region)
        works = works.filter(location__arbeidsmarktregio=region)
    if consultant is not None:
        cands = cands.filter(consultant=consultant)
    candidates = candidate_rows(cands, today, stale_months, language)
    work = work_rows(works, language)
    config = rules.load_rules()
    return {"region": region or "", "reference_date": today.isoformat(), "rules_version": config.version,
            "stale_after_months": config.stale_after_months if stale_months is None else stale_months,
            "candidates": {"summary": summary(candidates),
                           "items": sorted(candidates, key=lambda r: (r["score"], r["id"]))},
            "work": {"summary": summary(work), "items": sorted(work, key=lambda r: (r["score"], r["id"]))}}
