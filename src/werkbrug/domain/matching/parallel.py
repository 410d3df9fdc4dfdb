"""Two (or more) processes over parts of the chunk list; the parent merges their tables.

Forked children share the input arrays copy-on-write; each sends back only its key tables.
Chunks are dealt round-robin in grid order, so both halves get a similar mix of dense and
sparse areas."""

from __future__ import annotations

import multiprocessing as mp
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

import numpy as np

from werkbrug.domain.matching.blocks import Plan
from werkbrug.domain.matching.sweep import Context

if TYPE_CHECKING:
    from werkbrug.domain.matching.topk import Tables


def _child(ctx: Context, plan: Plan, part: int, workers: int, k: int, pipe: Connection) -> None:
    from werkbrug.domain.matching.topk import run_chunks
    tables = run_chunks(ctx, plan, plan.chunks[part::workers], k)
    pipe.send((tables.work_keys, tables.cand_keys, tables.pairs))
    pipe.close()


def run_parallel(ctx: Context, plan: Plan, k: int, workers: int) -> Tables:
    from werkbrug.domain.matching.topk import NONE, run_chunks
    fork = mp.get_context("fork")
    children = []
    for part in range(1, workers):
        receive, send = fork.Pipe(duplex=False)
        process = fork.Process(target=_child, args=(ctx, plan, part, workers, k, send), daemon=True)
        process.start()
        send.close()
        children.append((process, receive))
    tables = run_chunks(ctx, plan, plan.chunks[0::workers], k)
    for process, receive in children:
        work_keys, cand_keys, pairs = receive.recv()
        process.join()
        if process.exitcode:
            raise RuntimeError("a matching worker process failed")
        mine = work_keys[:, 0] != NONE
        tables.work_keys[mine] = work_keys[mine]
        owner = np.nonzero(cand_keys != NONE)[0]
        tables.merge_work(owner, cand_keys[cand_keys != NONE])
        tables.pairs += pairs
    return tables
