"""Global assignment: exact against scipy on dense instances; stable matching has no blocking pair."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment

from werkbrug.domain.matching.assignment import Edges, optimal, stable


def dense_edges(seed: int, n_cand: int, n_work: int) -> Edges:
    rng = np.random.default_rng(seed)
    scores = rng.integers(1, 1000, size=(n_cand, n_work))
    c, w = np.meshgrid(np.arange(n_cand), np.arange(n_work), indexing="ij")
    return Edges(c.ravel(), w.ravel(), scores.ravel())


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 12), st.integers(1, 12))
def test_optimal_objective_equals_linear_sum_assignment(seed: int, n_cand: int, n_work: int) -> None:
    edges = dense_edges(seed, n_cand, n_work)
    result = optimal(edges, np.ones(n_work, dtype=np.int64))
    matrix = edges.score.reshape(n_cand, n_work)
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    assert result.objective == int(matrix[rows, cols].sum())
    assert len(set(result.candidate.tolist())) == len(result.candidate)
    assert len(set(result.work.tolist())) == len(result.work)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 15), st.integers(1, 8), st.floats(0.2, 1.0))
def test_optimal_respects_places_on_sparse_graphs(seed: int, n_cand: int, n_work: int, density: float) -> None:
    rng = np.random.default_rng(seed)
    edges = dense_edges(seed, n_cand, n_work)
    keep = rng.random(len(edges.score)) < density
    edges = Edges(edges.candidate[keep], edges.work[keep], edges.score[keep])
    places = rng.integers(0, 3, size=n_work)
    result = optimal(edges, places)
    assert np.all(np.bincount(result.work, minlength=n_work) <= places)
    # Same optimum as the assignment problem with one column per place.
    columns = [w for w in range(n_work) for _ in range(places[w])]
    matrix = np.zeros((n_cand, max(1, len(columns))))
    for c, w, s in zip(edges.candidate, edges.work, edges.score, strict=True):
        for j, col in enumerate(columns):
            if col == w:
                matrix[c, j] = s
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    assert result.objective == int(matrix[rows, cols].sum())


def blocking_pairs(edges: Edges, places: np.ndarray, result: object) -> list[tuple[int, int]]:
    match = dict(zip(result.candidate.tolist(), result.score.tolist(), strict=True))  # type: ignore[attr-defined]
    match_work = dict(zip(result.candidate.tolist(), result.work.tolist(), strict=True))  # type: ignore[attr-defined]
    held: dict[int, list[tuple[int, int]]] = {}
    for c, w, s in zip(result.candidate.tolist(), result.work.tolist(), result.score.tolist(), strict=True):  # type: ignore[attr-defined]
        held.setdefault(w, []).append((s, -c))
    found = []
    for c, w, s in zip(edges.candidate.tolist(), edges.work.tolist(), edges.score.tolist(), strict=True):
        if match_work.get(c) == w:
            continue
        cand_prefers = c not in match or (s, -w) > (match[c], -match_work[c])
        taken = held.get(w, [])
        work_prefers = len(taken) < places[w] or (s, -c) > min(taken)
        if cand_prefers and work_prefers:
            found.append((c, w))
    return found


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 20), st.integers(1, 8))
def test_stable_matching_has_no_blocking_pair(seed: int, n_cand: int, n_work: int) -> None:
    rng = np.random.default_rng(seed)
    edges = dense_edges(seed, n_cand, n_work)
    keep = rng.random(len(edges.score)) < 0.6
    edges = Edges(edges.candidate[keep], edges.work[keep], edges.score[keep])
    places = rng.integers(1, 3, size=n_work)
    result = stable(edges, places)
    assert np.all(np.bincount(result.work, minlength=n_work) <= places)
    assert len(set(result.candidate.tolist())) == len(result.candidate)
    assert blocking_pairs(edges, places, result) == []


def test_optimal_beats_stable_or_ties() -> None:
    edges = dense_edges(3, 30, 10)
    places = np.full(10, 2)
    assert optimal(edges, places).objective >= stable(edges, places).objective
