"""Saving a matching run and its proposals: what went in (ids and versions, weights version,
code version, date) and what came out (one proposal per recommended or assigned pair).

Runs call the public functions of werkbrug.matching.services with an explicit date, so the
recorded input is exactly what the engine saw."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

import werkbrug
from werkbrug.domain.matching.settings import load_settings
from werkbrug.matching import loading, services
from werkbrug.matching.models import MatchProposal, MatchRun, ProposalEvent
from werkbrug.matching.workflow import load_workflow
from werkbrug.registry.models import Candidate, Work


def input_hash(candidates: QuerySet[Candidate], works: QuerySet[Work]) -> tuple[str, int, int]:
    """sha256 over the sorted ids and versions of the candidates and work used; and their counts.
    A change to any of them (every registry write raises the version) changes the hash."""
    digest = hashlib.sha256()
    n_cand = n_work = 0
    for pk, version in candidates.order_by("id").values_list("id", "version").iterator(chunk_size=5000):
        digest.update(f"c:{pk}:{version}\n".encode())
        n_cand += 1
    for pk, version in works.order_by("id").values_list("id", "version").iterator(chunk_size=5000):
        digest.update(f"w:{pk}:{version}\n".encode())
        n_work += 1
    return digest.hexdigest(), n_cand, n_work


def assign_inputs(region: str | None, today: date) -> tuple[QuerySet[Candidate], QuerySet[Work]]:
    """The same selection services.assign makes for a region (or the whole country)."""
    cands, works = loading.available_candidates(today), loading.open_work()
    if region:
        cands = cands.filter(arbeidsmarktregio=region)
        works = works.filter(location__arbeidsmarktregio=region)
    return cands, works


def _components(rows: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    nl, en = rows["nl"], rows["en"]
    return [{"name": a["name"], "value": a["value"], "contribution": a["contribution"],
             "label_nl": a["label"], "label_en": b["label"]} for a, b in zip(nl["components"], en["components"],
                                                                            strict=True)]


def _explanation(rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
    nl, en = rows["nl"], rows["en"]
    conflicts = [{k: v for k, v in a.items() if k != "text"} | {"text_nl": a["text"], "text_en": b["text"]}
                 for a, b in zip(nl["conflicts"], en["conflicts"], strict=True)]
    return {"verdict": nl["verdict"], "summary_nl": nl["summary"], "summary_en": en["summary"],
            "conflicts": conflicts, "carving": nl["carving"]}


def _accommodations(rows: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in a.items() if k != "name"} | {"name_nl": a["name"], "name_en": b["name"]}
            for a, b in zip(rows["nl"]["accommodations"], rows["en"]["accommodations"], strict=True)]


CHUNK = 5000  # stay below the database's limit on query parameters


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    ordered = sorted(set(values))
    for i in range(0, len(ordered), CHUNK):
        yield ordered[i:i + CHUNK]


def _ids(model: type[Candidate] | type[Work], keys: Iterable[str]) -> dict[str, int]:
    return {key: pk for chunk in _chunks(keys)
            for key, pk in model.objects.filter(external_key__in=chunk).values_list("external_key", "id")}


def _open_pairs(candidate_ids: Iterable[int]) -> set[tuple[int, int]]:
    """(candidate, work) pairs that already have an open proposal."""
    open_states = load_workflow().open_states()
    return {pair for chunk in _chunks(candidate_ids) for pair in MatchProposal.objects.filter(
        status__in=open_states, candidate_id__in=chunk).values_list("candidate_id", "work_id")}


def _store(run: MatchRun, pairs: list[tuple[str, str]], today: date, fair: bool, actor: Any) -> MatchRun:
    """Create the run's proposals (skipping pairs that already have an open one) with their
    first history row."""
    cand_ids, work_ids = _ids(Candidate, (c for c, _ in pairs)), _ids(Work, (w for _, w in pairs))
    wanted = [(rank, cand_ids[c], work_ids[w]) for rank, (c, w) in enumerate(pairs, start=1)]
    workflow = load_workflow()
    busy = _open_pairs(c for _, c, _ in wanted)
    fresh = [(rank, c, w) for rank, c, w in wanted if (c, w) not in busy]
    explained = services.explain_pairs([(c, w) for _, c, w in fresh], today=today, fair=fair)
    run.proposals_count, run.skipped_open_count = len(fresh), len(wanted) - len(fresh)
    run.save()
    proposals = MatchProposal.objects.bulk_create([
        MatchProposal(run=run, candidate_id=c, work_id=w, rank=rank, score=rows["nl"]["score"],
                      verdict=rows["nl"]["verdict"], components=_components(rows),
                      explanation=_explanation(rows), accommodations=_accommodations(rows),
                      status=workflow.initial)
        for (rank, c, w), rows in zip(fresh, explained, strict=True)], batch_size=1000)
    ProposalEvent.objects.bulk_create([
        ProposalEvent(proposal=p, from_status="", to_status=workflow.initial, actor=actor,
                      note=f"run {run.pk}") for p in proposals], batch_size=1000)
    return run


def _new_run(kind: str, mode: str, candidates: QuerySet[Candidate], works: QuerySet[Work], today: date,
             parameters_version: str, actor: Any, **fields: Any) -> MatchRun:
    digest, n_cand, n_work = input_hash(candidates, works)
    return MatchRun(kind=kind, mode=mode, reference_date=today, parameters_version=parameters_version,
                    input_hash=digest, code_version=werkbrug.__version__, candidates_count=n_cand,
                    work_count=n_work, created_by=actor if getattr(actor, "pk", None) else None, **fields)


@transaction.atomic
def assign_and_save(region: str | None = None, mode: str = "optimal", top: int = 20, fair: bool = False,
                    today: date | None = None, actor: Any = None) -> tuple[dict[str, Any], MatchRun]:
    today = today or date.today()
    result = services.assign(region, mode, top, today=today, fair=fair)
    cands, works = assign_inputs(region, today)
    run = _new_run("assign", mode, cands, works, today, result["settings_version"], actor,
                   region=region or "", fair=fair, top=top, objective=result["objective"])
    pairs = [(a["candidate"], a["work"]) for a in result["assignments"]]
    return result, _store(run, pairs, today, fair, actor)


@transaction.atomic
def recommend_and_save(candidate: str | None = None, work: str | None = None, top: int = 10,
                       fair: bool = False, today: date | None = None, language: str = "nl",
                       actor: Any = None) -> tuple[dict[str, Any], MatchRun]:
    """Recommend for one candidate (work) or for one work item (candidates) and store the
    top results as proposals. The employer's anonymous view is never stored."""
    today = today or date.today()
    if candidate is not None:
        result = services.recommend_for_candidate(candidate, top, today=today, fair=fair, language=language)
        subject = loading.find(Candidate, candidate)
        cands, works = Candidate.objects.filter(id=subject.id), loading.open_work()
        pairs = [(result["candidate"], row["work"]) for row in result["work"]]
        mode = "candidate"
    else:
        result = services.recommend_for_work(str(work), top, today=today, fair=fair, language=language)
        subject = loading.find(Work, str(work))
        cands, works = loading.available_candidates(today), Work.objects.filter(id=subject.id)
        pairs = [(row["candidate"], result["work"]) for row in result["candidates"]]
        mode = "work"
    run = _new_run("recommend", mode, cands, works, today, result["settings_version"], actor,
                   subject_key=subject.external_key, fair=fair, top=top)
    return result, _store(run, pairs, today, fair, actor)


@transaction.atomic
def propose_pair(candidate: str, work: str, today: date | None = None, actor: Any = None) -> MatchProposal:
    """The open proposal for one candidate × work item, made now (a run of one pair) when there is
    none: a consultant who introduces a candidate from a match starts the workflow here."""
    today = today or date.today()
    subject, job = loading.find(Candidate, candidate), loading.find(Work, work)
    existing = MatchProposal.objects.filter(candidate=subject, work=job, status__in=load_workflow().open_states())
    if (found := existing.order_by("-created_at", "-id").first()) is not None:
        return found
    cands, works = Candidate.objects.filter(id=subject.id), Work.objects.filter(id=job.id)
    run = _new_run("recommend", "pair", cands, works, today, load_settings().version, actor,
                   subject_key=subject.external_key, top=1)
    _store(run, [(subject.external_key, job.external_key)], today, False, actor)
    return MatchProposal.objects.get(run=run)
