"""The exact shortcuts before the greedy accommodation choice (greedy.resolvable, cost_floor):
never drop a pair the greedy choice would resolve, never bound the cost above what it pays."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from matching_synthetic import TODAY, population

from werkbrug.domain.matching.arrays import encode_candidates, encode_work
from werkbrug.domain.matching.greedy import cost_floor, resolvable
from werkbrug.domain.matching.kernel import evaluate_block
from werkbrug.domain.matching.relief import choose, relief_table
from werkbrug.domain.matching.settings import load_settings
from werkbrug.domain.matching.sweep import Context, _fetcher

SETTINGS = load_settings()


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 100_000))
def test_resolvable_and_cost_floor_bound_the_greedy_choice(seed: int) -> None:
    cands, works = population(seed, 40, 20)
    W = encode_work(works, TODAY)
    C = encode_candidates(cands, W.vocabulary, SETTINGS, TODAY)
    block = evaluate_block(C, W, np.arange(len(C)), np.arange(len(W)))
    relievable = (block.conflicts != 0) & ((block.conflicts & ~relief_table().relievable) == 0)
    ci, wi, conflicts = block.rows[block.r[relievable]], block.cols[block.c[relievable]], block.conflicts[relievable]
    greedy = choose(C, W, ci, wi, conflicts)
    resolved = greedy.unresolved == 0
    ok = resolvable(conflicts, _fetcher(Context.build(C, W, SETTINGS), ci, wi))
    assert not (resolved & ~ok).any()                      # never drops a pair the greedy resolves
    assert (cost_floor(conflicts)[resolved] <= greedy.cost[resolved]).all()
    assert (cost_floor(conflicts)[conflicts != 0] >= 0).all()


def test_an_unliftable_load_is_dropped_before_the_greedy_choice() -> None:
    cands, works = population(3, 60, 30)
    W = encode_work(works, TODAY)
    C = encode_candidates(cands, W.vocabulary, SETTINGS, TODAY)
    block = evaluate_block(C, W, np.arange(len(C)), np.arange(len(W)))
    relievable = (block.conflicts != 0) & ((block.conflicts & ~relief_table().relievable) == 0)
    ci, wi, conflicts = block.rows[block.r[relievable]], block.cols[block.c[relievable]], block.conflicts[relievable]
    ok = resolvable(conflicts, _fetcher(Context.build(C, W, SETTINGS), ci, wi))
    greedy = choose(C, W, ci, wi, conflicts)
    assert (~ok).sum() > 0 and ((greedy.unresolved != 0) | ok).all()   # some are dropped, all rightly
