"""Properties: recommendations never break a hard constraint unless an accommodation is listed
for each conflict; the national kernel agrees with the one-pair explanation; determinism."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from matching_synthetic import TODAY, population

from werkbrug.domain.matching.arrays import encode_candidates, encode_work
from werkbrug.domain.matching.evaluate import evaluate
from werkbrug.domain.matching.settings import load_settings
from werkbrug.domain.matching.topk import top_k

SETTINGS = load_settings()


def _run(seed: int, n_cand: int, n_work: int, k: int = 3):  # type: ignore[no-untyped-def]
    cands, works = population(seed, n_cand, n_work)
    W = encode_work(works, TODAY)
    C = encode_candidates(cands, W.vocabulary, SETTINGS, TODAY)
    return cands, works, top_k(C, W, SETTINGS, k=k, chunk=7, cell_km=3.0)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 100_000))
def test_recommended_pairs_break_no_hard_constraint_without_listed_accommodation(seed: int) -> None:
    cands, works, top = _run(seed, 25, 15)
    pairs = {(c, int(w)) for c, row in enumerate(top.work_for_candidate) for w in row if w >= 0}
    pairs |= {(int(c), w) for w, row in enumerate(top.candidates_for_work) for c in row if c >= 0}
    for c, w in pairs:
        result = evaluate(cands[c], works[w], SETTINGS, TODAY)
        assert result.verdict in ("fits", "fits_with_accommodations")
        relieved = {item for a in result.accommodations for item in a.relieves}
        for conflict in result.conflicts:
            assert conflict.kind == "fml" and conflict.item in relieved, conflict


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 100_000))
def test_kernel_and_explanation_agree_on_every_pair(seed: int) -> None:
    cands, works, top = _run(seed, 12, 10, k=10)
    listed = {(c, int(w)) for c, row in enumerate(top.work_for_candidate) for w in row if w >= 0}
    for c, cand in enumerate(cands):
        for w, job in enumerate(works):
            result = evaluate(cand, job, SETTINGS, TODAY)
            direct = result.verdict in ("fits", "fits_with_accommodations")
            assert direct == ((c, w) in listed), (c, w, result.verdict, result.conflicts)
            if result.verdict == "fits":
                assert result.conflicts == []


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 100_000))
def test_results_are_deterministic_for_a_seed(seed: int) -> None:
    _, _, first = _run(seed, 30, 20)
    _, _, second = _run(seed, 30, 20)
    assert np.array_equal(first.work_for_candidate, second.work_for_candidate)
    assert np.array_equal(first.candidate_keys, second.candidate_keys)
    assert first.pairs_scored == second.pairs_scored
