"""Matching benchmark on synthetic national-size data (numpy, from a seed).

    .venv/bin/python benchmarks/matching.py [--fraction 1.0] [--k 20] [--seed 7] [--workers 2]
                                            [--reference-fraction 0.05]
    WERKBRUG_DATA_DIR=/tmp/mbench .venv/bin/python benchmarks/matching.py --database [--queries 200]

Measures feasibility + scoring + top-k in both directions (wall and CPU time, all processes),
global assignment (optimal and stable), one-row recommendation queries (p95 over 200 random
queries against the arrays kept in memory), peak memory, and, in the same run, the baselines:
the previous block kernel (reference.py) on a fraction, a naive per-pair Python implementation
on a sample (extrapolated), and the PyPI `matching` library's stable matching on 5,000 x 500.

`--database` instead times one recommendation query through the service layer
(`werkbrug.matching.services`, database queries and explanations included) on the database the
settings point at (load demo data first: `werkbrug demo --size region --replace`)."""

from __future__ import annotations

import argparse
import math
import os
import platform
import resource
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from typing import Any

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
from werkbrug.domain.matching.query import MatchIndex
from werkbrug.domain.matching.reference import reference_top_k
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
    """Peak resident memory of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, child) / 1024**2


def cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children."""
    own, child = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + child.ru_utime + child.ru_stime


class Timer:
    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, cpu_seconds() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:.1f} s wall, {self.cpu:.1f} s CPU"


def machine() -> str:
    model = "?"
    if os.path.exists("/proc/cpuinfo"):
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return (f"{os.cpu_count()} CPUs ({model}), {ram:.0f} GB RAM, {platform.system()}, python "
            f"{platform.python_version()}, numpy {np.__version__}")


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def queries(C: CandidateArrays, W: WorkArrays, n: int, seed: int) -> None:
    settings = load_settings()
    with Timer() as t:
        index = MatchIndex(C, W, settings)
    print(f"query index (built once per data version): {t}")
    rng = np.random.default_rng(seed)
    for name, size, ask in (("work for a candidate", len(C), index.work_for_candidate),
                            ("candidates for a work item", len(W), index.candidates_for_work)):
        times = []
        for row in rng.integers(0, size, n).tolist():
            start = time.perf_counter()
            ask(row, 20)
            times.append(time.perf_counter() - start)
        ms = np.array(times) * 1000
        print(f"query {name}: p50 {np.percentile(ms, 50):.1f} ms, p95 {np.percentile(ms, 95):.1f} ms, "
              f"max {ms.max():.1f} ms over {n} random queries")


def _deep(work: Callable[[], Any]) -> Any:
    """Run in a thread with a large stack: the library deep-copies its linked player objects
    recursively, which overflows Python's default recursion limit at 5,000 players."""
    box: list[Any] = []
    old_limit, old_stack = sys.getrecursionlimit(), threading.stack_size(1 << 30)
    sys.setrecursionlimit(1_000_000)
    try:
        thread = threading.Thread(target=lambda: box.append(work()))
        thread.start()
        thread.join()
    finally:
        sys.setrecursionlimit(old_limit)
        threading.stack_size(old_stack)
    return box[0]


def library_stable(seed: int) -> None:
    """Our deferred acceptance against the PyPI `matching` library on 5,000 x 500."""
    here = os.path.dirname(os.path.abspath(__file__))
    saved = sys.path[:]
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]  # not this file
    try:
        from importlib.metadata import version

        from matching.games import HospitalResident
    except ImportError:
        print("stable matching baseline: PyPI `matching` not installed (pip install matching)")
        return
    finally:
        sys.path[:] = saved
    C, W = synthetic(seed, 5_000, 500)
    edges = edges_of(top_k(C, W, load_settings()))
    with Timer() as ours:
        mine = assignment.stable(edges, W.places)
    with Timer() as theirs:
        order = np.lexsort((edges.work, -edges.score, edges.candidate))
        residents: dict[str, list[str]] = {}
        for c, w in zip(edges.candidate[order].tolist(), edges.work[order].tolist(), strict=True):
            residents.setdefault(f"c{c}", []).append(f"w{w}")
        order = np.lexsort((edges.candidate, -edges.score, edges.work))
        hospitals: dict[str, list[str]] = {}
        for c, w in zip(edges.candidate[order].tolist(), edges.work[order].tolist(), strict=True):
            hospitals.setdefault(f"w{w}", []).append(f"c{c}")
        solution = _deep(lambda: HospitalResident.create_from_dictionaries(
            residents, hospitals, {h: int(W.places[int(h[1:])]) for h in hospitals}).solve(optimal="resident"))
    theirs_pairs = {(str(r), str(h)) for h, rs in solution.items() for r in rs}
    same = theirs_pairs == {(f"c{c}", f"w{w}") for c, w in zip(mine.candidate.tolist(), mine.work.tolist(),
                                                               strict=True)}
    print(f"stable matching 5,000 x 500 ({len(edges.score):,} edges): ours {ours.wall * 1000:.0f} ms, "
          f"PyPI matching {version('matching')} {theirs.wall:.2f} s -> {theirs.wall / ours.wall:,.0f}x; "
          f"same matching: {same}")


def reference_ratio(fraction: float, seed: int, fast_cpu: float, full_fraction: float) -> None:
    """The previous block kernel on a smaller instance, against the new one on the same instance."""
    C, W = synthetic(seed, int(250_000 * fraction), int(100_000 * fraction))
    settings = load_settings()
    with Timer() as old:
        before = reference_top_k(C, W, settings)
    with Timer() as new:
        after = top_k(C, W, settings)
    same = all(np.array_equal(getattr(before, n), getattr(after, n))
               for n in ("work_for_candidate", "work_keys", "candidates_for_work", "candidate_keys"))
    print(f"previous kernel at fraction {fraction}: {old}; new (1 process) {new}; "
          f"CPU ratio {old.cpu / new.cpu:.1f}x; identical top-k: {same}")


def _percentiles(times: list[float]) -> str:
    ms = np.array(times) * 1000
    return f"p50 {np.percentile(ms, 50):.1f} ms, p95 {np.percentile(ms, 95):.1f} ms, max {ms.max():.1f} ms"


def database_queries(n: int, seed: int) -> None:
    """p95 of one recommendation through the service, on the loaded database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkbrug.config.settings")
    django.setup()
    from werkbrug.matching import population, services
    from werkbrug.registry.models import Candidate, Work

    cands = list(Candidate.objects.order_by("id").values_list("id", flat=True))
    works = list(Work.objects.filter(status="open").order_by("id").values_list("id", flat=True))
    print(f"database: {len(cands):,} candidates, {len(works):,} open work items")
    with Timer() as t:
        population.current(date.today(), load_settings())
    print(f"index build (first query after a data change): {t}")
    with Timer() as t:
        population.data_version()
    print(f"data version check (every query): {t.wall * 1000:.1f} ms")
    rng = np.random.default_rng(seed)
    for name, ids, ask in (
            ("work for a candidate", cands, lambda i: services.recommend_for_candidate(str(i), 20)),
            ("candidates for a work item", works, lambda i: services.recommend_for_work(str(i), 20)),
            ("candidates for a work item, anonymous", works,
             lambda i: services.recommend_for_work(str(i), 20, anonymous=True))):
        times = []
        for i in rng.choice(ids, n).tolist():
            start = time.perf_counter()
            ask(i)
            times.append(time.perf_counter() - start)
        print(f"service query {name} (top 20, explained): {_percentiles(times)} over {n}; {load()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fraction", type=float, default=1.0)
    parser.add_argument("--k", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--reference-fraction", type=float, default=0.05)
    parser.add_argument("--skip-stable", action="store_true")
    parser.add_argument("--database", action="store_true", help="service queries on the configured database")
    args = parser.parse_args()
    if args.database:
        print(f"machine: {machine()}; {load()}")
        database_queries(args.queries, args.seed)
        return
    n_cand, n_work = int(250_000 * args.fraction), int(100_000 * args.fraction)
    print(f"machine: {machine()}; {load()}")
    with Timer() as t:
        C, W = synthetic(args.seed, n_cand, n_work)
    print(f"generate {n_cand:,} candidates x {n_work:,} work: {t}")
    settings = load_settings()
    with Timer() as t_topk:
        top = top_k(C, W, settings, k=args.k, workers=args.workers)
    print(f"feasibility + scoring + top-{args.k} both directions ({args.workers} processes): {t_topk} "
          f"({top.pairs_scored:,} pairs scored); peak RSS so far {peak_gb():.2f} GB; {load()}")
    with Timer() as t_opt:
        edges = edges_of(top)
        result = assignment.optimal(edges, W.places)
    print(f"optimal assignment: {t_opt}, {len(edges.score):,} edges, {len(result.score):,} placed")
    if not args.skip_stable:
        with Timer() as t:
            st = assignment.stable(edges, W.places)
        print(f"stable matching: {t}, {len(st.score):,} placed, objective {st.objective / result.objective:.3f} "
              f"of optimal")
    queries(C, W, args.queries, args.seed)
    per_pair = naive_seconds_per_pair(C, W, 20_000, args.seed)
    naive_total = per_pair * n_cand * n_work
    print(f"naive per-pair Python: {per_pair * 1e6:.1f} µs/pair -> {naive_total / 3600:,.0f} h for all "
          f"{n_cand * n_work:,} pairs (extrapolated from 20,000); ratio {naive_total / t_topk.cpu:,.0f}x "
          f"(against the sweep's CPU time)")
    del C, W, top, edges
    if args.reference_fraction:
        reference_ratio(args.reference_fraction, args.seed, t_topk.cpu, args.fraction)
    library_stable(args.seed)
    print(f"peak RSS: {peak_gb():.2f} GB; {load()}")


if __name__ == "__main__":
    main()
