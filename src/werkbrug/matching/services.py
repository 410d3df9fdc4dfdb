"""The matching app's public API: recommend, explain and assign, on registry data.

Loads candidates and work through `loading` (a handful of queries), runs the pure core
(werkbrug.domain.matching) and returns plain dicts that the CLI and API render. Recommendations
rank on the in-memory index of `population` (rebuilt when the data version changes)."""

from __future__ import annotations

from datetime import date
from typing import Any

from werkbrug.domain.matching import assignment
from werkbrug.domain.matching.arrays import encode_candidates, encode_work
from werkbrug.domain.matching.evaluate import evaluate
from werkbrug.domain.matching.settings import MatchSettings, load_settings
from werkbrug.domain.matching.specs import WorkSpec
from werkbrug.domain.matching.topk import SCORE_SCALE, edges_of, top_k
from werkbrug.matching import loading, population
from werkbrug.matching.presenting import pair_dict
from werkbrug.registry.models import Candidate, Work


def _settings(fair: bool) -> MatchSettings:
    return load_settings().fair() if fair else load_settings()


def _work_specs(ids: list[int]) -> dict[int, WorkSpec]:
    return {w.id: w for w in loading.work_specs(Work.objects.filter(id__in=ids))}


def recommend_for_candidate(ident: str, top: int = 10, today: date | None = None, fair: bool = False,
                            language: str = "nl") -> dict[str, Any]:
    """Best open work for one candidate, ranked on the in-memory index (`population`) and each
    explained by the one-pair kernel (the same arithmetic, so explanation and rank agree)."""
    today, settings = today or date.today(), _settings(fair)
    candidate = loading.find(Candidate, ident)
    pop = population.current(today, settings)
    ranked = pop.index.work_for_candidate(pop.candidate_row(candidate.id), top, allowed=pop.open_work)
    [spec] = loading.candidate_specs(Candidate.objects.filter(id=candidate.id))
    ids = pop.work_ids[ranked.rows].tolist()
    works = _work_specs(ids)
    return {"candidate": spec.key, "settings_version": settings.version,
            "work": [pair_dict(evaluate(spec, works[w], settings, today), spec, works[w], language) for w in ids]}


def recommend_for_work(ident: str, top: int = 10, today: date | None = None, fair: bool = False,
                       language: str = "nl", anonymous: bool = False) -> dict[str, Any]:
    """Best available candidates for one work item. anonymous=True is the employer's view: only
    candidates who consented (both flags), and no keys."""
    today, settings = today or date.today(), _settings(fair)
    work = loading.find(Work, ident)
    pop = population.current(today, settings)
    allowed = pop.available & pop.consented if anonymous else pop.available
    ranked = pop.index.candidates_for_work(pop.work_row(work.id), top, allowed=allowed)
    [spec] = _work_specs([work.id]).values()
    ids = pop.candidate_ids[ranked.rows].tolist()
    candidates = {c.id: c for c in loading.candidate_specs(Candidate.objects.filter(id__in=ids))}
    out = []
    for n, cid in enumerate(ids, start=1):
        row = pair_dict(evaluate(candidates[cid], spec, settings, today), candidates[cid], spec, language)
        if anonymous:
            row["candidate"] = f"#{n}"
        out.append(row)
    return {"work": spec.key, "settings_version": settings.version, "candidates": out}


def explain(candidate_ident: str, work_ident: str, today: date | None = None, language: str = "nl",
            fair: bool = False) -> dict[str, Any]:
    today, settings = today or date.today(), _settings(fair)
    candidate, work = loading.find(Candidate, candidate_ident), loading.find(Work, work_ident)
    [c] = loading.candidate_specs(Candidate.objects.filter(id=candidate.id))
    [w] = loading.work_specs(Work.objects.filter(id=work.id))
    return pair_dict(evaluate(c, w, settings, today), c, w, language)


def assign(region: str | None = None, mode: str = "optimal", top: int = 20, today: date | None = None,
           fair: bool = False) -> dict[str, Any]:
    """Each candidate at most one work item, each work item at most its places, for one region or all."""
    today, settings = today or date.today(), _settings(fair)
    cands, works = loading.available_candidates(today), loading.open_work()
    if region:
        cands = cands.filter(arbeidsmarktregio=region)
        works = works.filter(location__arbeidsmarktregio=region)
    c_specs, w_specs = loading.candidate_specs(cands), loading.work_specs(works)
    W = encode_work(w_specs, today)
    C = encode_candidates(c_specs, W.vocabulary, settings, today)
    ranked = top_k(C, W, settings, k=top)
    edges = edges_of(ranked)
    solve = assignment.stable if mode == "stable" else assignment.optimal
    result = solve(edges, W.places)
    rows = [{"candidate": c_specs[c].key, "work": w_specs[w].key, "score": round(s / SCORE_SCALE, 4)}
            for c, w, s in zip(result.candidate.tolist(), result.work.tolist(), result.score.tolist(), strict=True)]
    return {"region": region or "", "mode": mode, "fair": fair, "settings_version": settings.version,
            "candidates": len(c_specs), "work": len(w_specs), "edges": len(edges.score),
            "assigned": len(rows), "objective": round(result.objective / SCORE_SCALE, 4), "assignments": rows}


def explain_pairs(pairs: list[tuple[int, int]], today: date | None = None, fair: bool = False,
                  languages: tuple[str, ...] = ("nl", "en")) -> list[dict[str, dict[str, Any]]]:
    """Explain many (candidate id, work id) pairs at once (specs loaded in a fixed number of
    queries): per pair {language: the same dict as explain()}. Used to store proposals."""
    today, settings = today or date.today(), _settings(fair)
    cand_ids, work_ids = sorted({c for c, _ in pairs}), sorted({w for _, w in pairs})
    step = 5000  # stay below the database's limit on query parameters
    cands = {s.id: s for i in range(0, len(cand_ids), step)
             for s in loading.candidate_specs(Candidate.objects.filter(id__in=cand_ids[i:i + step]))}
    works = {s.id: s for i in range(0, len(work_ids), step)
             for s in loading.work_specs(Work.objects.filter(id__in=work_ids[i:i + step]))}
    out = []
    for c, w in pairs:
        result = evaluate(cands[c], works[w], settings, today)
        out.append({lang: pair_dict(result, cands[c], works[w], lang) for lang in languages})
    return out


def delete_proposals(ids: list[int]) -> dict[str, int]:
    """Retention (security.retention_sets): delete proposals with their history and assessments."""
    from werkbrug.matching.models import MatchProposal

    _, per_model = MatchProposal.objects.filter(pk__in=ids).delete()
    return {label.lower(): n for label, n in per_model.items() if n}
