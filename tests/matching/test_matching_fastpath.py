"""The fast national sweep (sweep.py, packed.py, greedy.py, topk.top_k) against the reference
kernel (kernel.py, reference.py): same feasibility classes, same scores, same top-k lists."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from matching_synthetic import TODAY, population

from werkbrug.domain.matching.arrays import (
    CandidateArrays,
    WorkArrays,
    encode_candidates,
    encode_work,
)
from werkbrug.domain.matching.kernel import evaluate_block, feasible_pairs
from werkbrug.domain.matching.packed import over, pack
from werkbrug.domain.matching.query import MatchIndex
from werkbrug.domain.matching.reference import reference_top_k
from werkbrug.domain.matching.settings import load_settings
from werkbrug.domain.matching.sweep import Context, block_pairs
from werkbrug.domain.matching.topk import top_k

SETTINGS = load_settings()
TABLES = ("work_for_candidate", "work_keys", "candidates_for_work", "candidate_keys")


def _arrays(seed: int, n_cand: int, n_work: int) -> tuple[CandidateArrays, WorkArrays]:
    cands, works = population(seed, n_cand, n_work)
    W = encode_work(works, TODAY)
    return encode_candidates(cands, W.vocabulary, SETTINGS, TODAY), W


def _classes(C: CandidateArrays, W: WorkArrays) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int], int]]:
    rows, cols = np.arange(len(C)), np.arange(len(W))
    old = feasible_pairs(C, W, evaluate_block(C, W, rows, cols), SETTINGS)
    new = block_pairs(Context.build(C, W, SETTINGS), rows, cols)
    as_dict = lambda p: {(int(c), int(w)): (int(v), round(float(s), 9))  # noqa: E731
                         for c, w, v, s in zip(p.candidate, p.work, p.verdict, p.score, strict=True)}
    return as_dict(old), as_dict(new)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 100_000))
def test_fast_kernel_gives_the_same_classes_and_scores_as_the_reference(seed: int) -> None:
    old, new = _classes(*_arrays(seed, 30, 20))
    assert new == old


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 100_000), st.sampled_from([1, 3, 20]))
def test_fast_top_k_equals_the_reference_top_k(seed: int, k: int) -> None:
    C, W = _arrays(seed, 60, 25)
    old = reference_top_k(C, W, SETTINGS, k=k, chunk=7, cell_km=3.0)
    new = top_k(C, W, SETTINGS, k=k, chunk=7, cell_km=3.0)
    for name in TABLES:
        assert np.array_equal(getattr(old, name), getattr(new, name)), name


def test_two_worker_processes_give_the_same_tables_as_one() -> None:
    C, W = _arrays(5, 300, 80)
    one = top_k(C, W, SETTINGS, k=5, chunk=16, cell_km=3.0)
    two = top_k(C, W, SETTINGS, k=5, chunk=16, cell_km=3.0, workers=2)
    for name in TABLES:
        assert np.array_equal(getattr(one, name), getattr(two, name)), name
    assert (one.work_for_candidate >= 0).sum() > 0


def test_numeric_items_with_many_distinct_limits_fall_back_to_float_comparison() -> None:
    C, W = _arrays(11, 200, 40)
    rng = np.random.default_rng(3)
    C.value[:, 0] = rng.uniform(0, 30, len(C))       # 200 distinct capacity values: not packable
    W.value[:, 0] = np.where(rng.random(len(W)) < 0.7, rng.uniform(0, 30, len(W)), 0.0)
    packed = pack(C, W)
    assert [k for k, _ in packed.loose] == [0]
    old, new = _classes(C, W)
    assert new == old


def test_packed_bytes_flag_exactly_the_demands_above_capacity() -> None:
    high = np.uint64(0x8080)
    cand = np.array([0x8580 | 0x03, 0x8080 | 0x10], dtype=np.uint64)   # ranks: slot0 3 / 16, slot1 5 / 0
    work = np.array([0x0504, 0x0110], dtype=np.uint64)                  # ranks: slot0 4 / 16, slot1 5 / 1
    flags = over(cand, work, high)
    assert flags.tolist() == [0x80, 0x8000]   # 4 > 3 in slot 0; 1 > 0 in slot 1; equal ranks fit


def test_one_row_queries_return_the_national_top_k_rows() -> None:
    C, W = _arrays(21, 120, 40)
    top = top_k(C, W, SETTINGS, k=4)
    index = MatchIndex(C, W, SETTINGS)
    for row in range(len(C)):
        expected = top.work_for_candidate[row]
        assert np.array_equal(index.work_for_candidate(row, 4).rows, expected[expected >= 0])
    for col in range(len(W)):
        expected = top.candidates_for_work[col]
        assert np.array_equal(index.candidates_for_work(col, 4).rows, expected[expected >= 0])
