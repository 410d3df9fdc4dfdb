"""Matching benchmark on synthetic national-size data (numpy, from a seed).

    .venv/bin/python benchmarks/matching.py [--fraction 1.0] [--k 20] [--seed 7]

Measures feasibility + scoring + top-k in both directions, global assignment (optimal and
stable), peak memory, and a naive per-pair Python baseline on a sample (extrapolated)."""

from __future__ import annotations

import argparse
import math
import platform
import resource
import time

import numpy as np

from werkbrug.domain.matching import assignment
from werkbrug.domain.matching.arrays import (
    CandidateArrays,
    Vocabulary,
    WorkArrays,
    level_masks,
    numeric_positions,
)
from werkbrug.domain.matching.capacity import item_index
from werkbrug.domain.matching.settings import load_settings
from werkbrug.domain.matching.topk import edges_of, top_k
from werkbrug.domain.matching.travel import km_to_min_dot, unit_vectors

CENTRES = 35
TODAY = 739_000


def _places(rng: np.random.Generator, n: int, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    region = rng.integers(0, len(centres), n)
    lat = centres[region, 0] + rng.normal(0, 0.12, n)
    lon = centres[region, 1] + rng.normal(0, 0.18, n)
    return lat, lon, region


def _levels(rng: np.random.Generator, n: int, per_row: int, p2: float) -> np.ndarray:
    items = len(item_index().codes)
    levels = np.zeros((n, items), dtype=np.int8)
    cols = rng.integers(0, items, (n, per_row))
    levels[np.arange(n)[:, None], cols] = np.where(rng.random((n, per_row)) < p2, 2, 1)
    return levels


def _bits(rng: np.random.Generator, n: int, vocab: int, per_row: int) -> np.ndarray:
    picks = rng.integers(0, vocab, (n, per_row))
    return np.bitwise_or.reduce(np.uint64(1) << picks.astype(np.uint64), axis=1)[:, None]


def synthetic(seed: int, n_cand: int, n_work: int) -> tuple[CandidateArrays, WorkArrays]:
    rng = np.random.default_rng(seed)
    settings = load_settings()
    centres = np.column_stack([rng.uniform(51.4, 53.2, CENTRES), rng.uniform(4.2, 6.8, CENTRES)])
    norms = np.array([item_index().items[i].norm for i in numeric_positions()], dtype=np.float64)
    wlat, wlon, _ = _places(rng, n_work, centres)
    wlevel = _levels(rng, n_work, 8, 0.35)
    d1, d2 = level_masks(wlevel)
    wvalue = np.where(rng.random((n_work, len(norms))) < 0.3, rng.uniform(0, 1.2, (n_work, len(norms))) * norms, 0)
    vocab = Vocabulary({str(i): i for i in range(48)}, {str(i): i for i in range(22)}, {"markt": 0, "overheid": 1},
                       {str(i): i for i in range(4)})
    W = WorkArrays(
        ids=np.arange(n_work), level=wlevel, value=wvalue, d1=d1, d2=d2,
        hours=rng.choice([12, 16, 20, 24, 25.5, 32, 36], n_work).astype(np.float64), unit=unit_vectors(wlat, wlon),
        start_day=TODAY + rng.integers(0, 60, n_work), skills=_bits(rng, n_work, 48, 4),
        skill_count=np.full(n_work, 4), certificates=np.where(rng.random(n_work) < 0.1, _bits(rng, n_work, 4, 1)[:, 0],
                                                               0).astype(np.uint64)[:, None],
        day_parts=_bits(rng, n_work, 5, 2), occupation=rng.integers(0, 22, n_work),
        sector=rng.integers(0, 2, n_work), supervisor=rng.random(n_work) < 0.3,
        places=rng.integers(1, 4, n_work), vocabulary=vocab)
    clat, clon, _ = _places(rng, n_cand, centres)
    clevel = _levels(rng, n_cand, 6, 0.3)
    c1, c2 = level_masks(clevel)
    fraction = np.array(settings.level_fraction)[clevel[:, numeric_positions()]]
    limit = rng.choice([10.0, 15, 20, 25, 30], n_cand)
    C = CandidateArrays(
        ids=np.arange(n_cand), level=clevel, value=fraction * norms, c1=c1, c2=c2,
        hours_max=rng.choice([16.0, 20, 24, 32, 36, 40], n_cand), hours_min=rng.choice([0.0, 8, 12], n_cand),
        unit=unit_vectors(clat, clon), limit_km=limit, min_dot=km_to_min_dot(limit / settings.detour_factor),
        ready_day=TODAY + rng.integers(-100, 30, n_cand), waiting_days=rng.uniform(0, 2000, n_cand),
        needs_coach=rng.random(n_cand) < 0.2, skills=_bits(rng, n_cand, 48, 5), skill_count=np.full(n_cand, 5),
        certificates=_bits(rng, n_cand, 4, 2), day_parts=_bits(rng, n_cand, 5, 3),
        wish_occupations=_bits(rng, n_cand, 22, 2), wish_sectors=_bits(rng, n_cand, 2, 1),
        experience=np.where(rng.random((n_cand, 22)) < 0.05, rng.uniform(0, 10, (n_cand, 22)), 0).astype(np.float32))
    return C, W


def naive_pair(C: CandidateArrays, W: WorkArrays, c: int, w: int, detour: float) -> float | None:
    """The straightforward way: one pair at a time, plain Python loops."""
    cu, wu = C.unit[c].tolist(), W.unit[w].tolist()
    km = 6371.0088 * math.acos(max(-1.0, min(1.0, sum(a * b for a, b in zip(cu, wu, strict=True))))) * detour
    if km > C.limit_km[c] or W.hours[w] > C.hours_max[c] or C.ready_day[c] > W.start_day[w]:
        return None
    cl, wl = C.level[c].tolist(), W.level[w].tolist()
    if any(a + b > 2 for a, b in zip(cl, wl, strict=True)):
        return None
    if any(d > v for d, v in zip(W.value[w].tolist(), C.value[c].tolist(), strict=True)):
        return None
    inter = int(C.skills[c, 0] & W.skills[w, 0]).bit_count()
    return inter / (5 + 4 - inter) + (1 - km / C.limit_km[c])


def naive_seconds_per_pair(C: CandidateArrays, W: WorkArrays, n: int, seed: int) -> float:
    rng = np.random.default_rng(seed)
    cs, ws = rng.integers(0, len(C), n), rng.integers(0, len(W), n)
    detour = load_settings().detour_factor
    start = time.perf_counter()
    for c, w in zip(cs.tolist(), ws.tolist(), strict=True):
        naive_pair(C, W, c, w, detour)
    return (time.perf_counter() - start) / n


def peak_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fraction", type=float, default=1.0)
    parser.add_argument("--k", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-stable", action="store_true")
    args = parser.parse_args()
    n_cand, n_work = int(250_000 * args.fraction), int(100_000 * args.fraction)
    print(f"machine: {platform.processor() or platform.machine()}, {platform.system()}, "
          f"python {platform.python_version()}, numpy {np.__version__}")
    t = time.perf_counter()
    C, W = synthetic(args.seed, n_cand, n_work)
    print(f"generate {n_cand:,} candidates x {n_work:,} work: {time.perf_counter() - t:.1f} s")
    settings = load_settings()
    t = time.perf_counter()
    top = top_k(C, W, settings, k=args.k)
    t_topk = time.perf_counter() - t
    print(f"feasibility + scoring + top-{args.k} both directions: {t_topk:.1f} s "
          f"({top.pairs_scored:,} feasible pairs scored); peak RSS so far {peak_gb():.2f} GB")
    t = time.perf_counter()
    edges = edges_of(top)
    result = assignment.optimal(edges, W.places)
    t_opt = time.perf_counter() - t
    print(f"optimal assignment: {t_opt:.1f} s, {len(edges.score):,} edges, {len(result.score):,} placed")
    if not args.skip_stable:
        t = time.perf_counter()
        st = assignment.stable(edges, W.places)
        print(f"stable matching: {time.perf_counter() - t:.1f} s, {len(st.score):,} placed, "
              f"objective {st.objective / result.objective:.3f} of optimal")
    per_pair = naive_seconds_per_pair(C, W, 20_000, args.seed)
    naive_total = per_pair * n_cand * n_work
    print(f"naive per-pair Python: {per_pair * 1e6:.1f} µs/pair -> {naive_total / 3600:,.0f} h for all "
          f"{n_cand * n_work:,} pairs (extrapolated from 20,000); ratio {naive_total / t_topk:,.0f}x")
    print(f"peak RSS: {peak_gb():.2f} GB")


if __name__ == "__main__":
    main()
