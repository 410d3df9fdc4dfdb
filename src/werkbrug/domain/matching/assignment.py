"""Global assignment on the sparse top-k graph: exact optimum (min-cost flow) or stable matching.

Optimal: each candidate at most one work item, each work item at most `places` candidates,
maximising the sum of integer pair scores. Modelled as a flow from a source through candidates
and work to a sink, with a zero-cost bypass arc so that leaving someone unassigned is allowed;
OR-Tools' SimpleMinCostFlow solves it exactly. Independent components are solved one by one.

Stable: candidate-proposing deferred acceptance with capacities (as in residency matching); both
sides rank by the pair score, ties by the lower index."""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from ortools.graph.python import min_cost_flow
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


@dataclass
class Edges:
    candidate: NDArray[np.int64]
    work: NDArray[np.int64]
    score: NDArray[np.int64]   # integer-scaled; higher is better


@dataclass
class Assignment:
    candidate: NDArray[np.int64]
    work: NDArray[np.int64]
    score: NDArray[np.int64]

    @property
    def objective(self) -> int:
        return int(self.score.sum())


def _solve(edges: Edges, places: NDArray[np.int64]) -> NDArray[np.bool_]:
    cands, c_local = np.unique(edges.candidate, return_inverse=True)
    works, w_local = np.unique(edges.work, return_inverse=True)
    nc, nw = len(cands), len(works)
    source, sink = nc + nw, nc + nw + 1
    flow = min_cost_flow.SimpleMinCostFlow()
    tails = np.concatenate([np.full(nc, source), c_local, nc + np.arange(nw), [source]])
    heads = np.concatenate([np.arange(nc), nc + w_local, np.full(nw, sink), [sink]])
    caps = np.concatenate([np.ones(nc + len(edges.score), dtype=np.int64),
                           np.minimum(places[works], nc), [nc]])
    costs = np.concatenate([np.zeros(nc, dtype=np.int64), -edges.score, np.zeros(nw + 1, dtype=np.int64)])
    arcs = flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    flow.set_nodes_supplies(np.array([source, sink]), np.array([nc, -nc]))
    if flow.solve() != flow.OPTIMAL:
        raise RuntimeError("min-cost flow found no optimum")
    used = flow.flows(arcs[nc:nc + len(edges.score)])
    return used > 0


def optimal(edges: Edges, places: NDArray[np.int64]) -> Assignment:
    """Maximum total score; places[w] is the number of places of work row w."""
    keep = edges.score > 0  # a pair with a score <= 0 never raises the total
    e = Edges(edges.candidate[keep], edges.work[keep], edges.score[keep])
    if not len(e.score):
        return Assignment(*(np.zeros(0, np.int64) for _ in range(3)))
    offset = int(e.candidate.max()) + 1
    n = offset + int(e.work.max()) + 1
    graph = coo_matrix((np.ones(len(e.score)), (e.candidate, offset + e.work)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    component = label[e.candidate]
    order = np.argsort(component, kind="stable")
    chosen = np.zeros(len(e.score), dtype=np.bool_)
    for part in np.split(order, np.flatnonzero(np.diff(component[order])) + 1):
        sub = Edges(e.candidate[part], e.work[part], e.score[part])
        chosen[part] = _solve(sub, places)
    return Assignment(e.candidate[chosen], e.work[chosen], e.score[chosen])


def stable(edges: Edges, places: NDArray[np.int64]) -> Assignment:
    """Candidate-proposing deferred acceptance; the result has no blocking pair."""
    order = np.lexsort((edges.work, -edges.score, edges.candidate))
    cand, work, score = edges.candidate[order], edges.work[order], edges.score[order]
    starts = np.searchsorted(cand, np.unique(cand))
    ends = np.append(starts[1:], len(cand))[:len(starts)]
    next_choice = dict(zip(cand[starts].tolist(), starts.tolist(), strict=True))
    end_of = dict(zip(cand[starts].tolist(), ends.tolist(), strict=True))
    held: dict[int, list[tuple[int, int, int]]] = {}   # work -> heap of (score, -candidate, edge)
    free = sorted(next_choice)
    while free:
        c = free.pop()
        i = next_choice[c]
        if i >= end_of[c]:
            continue
        next_choice[c] = i + 1
        w = int(work[i])
        heap = held.setdefault(w, [])
        heapq.heappush(heap, (int(score[i]), -c, i))
        if len(heap) > places[w]:
            _, loser, _ = heapq.heappop(heap)
            free.append(-loser)
    idx = np.array(sorted(i for heap in held.values() for _, _, i in heap), dtype=np.int64)
    return Assignment(cand[idx], work[idx], score[idx])
