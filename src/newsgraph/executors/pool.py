"""A local process pool: each worker builds the pipeline once (spaCy loaded once per worker)
and runs whole batches through ``nlp.pipe``; the parent stays the single database writer."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from newsgraph.executors.base import BatchResult, Executor, failed_batch, run_batch
from newsgraph.pipeline import Pipeline
from newsgraph.readers import RawInput

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pipeline
    pipeline.setup()


def _work(raws: list[RawInput]) -> BatchResult:
    assert _WORKER_PIPELINE is not None
    result = run_batch(_WORKER_PIPELINE, raws, f"pid{os.getpid()}")
    result.raws = []  # the parent has them; do not send the bytes back
    return result


class PoolExecutor(Executor):
    def __init__(self, pipeline: Pipeline, workers: int, in_flight_per_worker: int = 2):
        self.pipeline = pipeline
        self.workers = workers
        self.max_in_flight = workers * in_flight_per_worker
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[list[RawInput], Future]] = deque()

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: the parent holds DuckDB threads and locks that a forked child must not inherit
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_init_worker, initargs=(self.pipeline,)
            )
        return self._pool

    def result_ready(self) -> bool:
        return bool(self._pending) and self._pending[0][1].done()

    def map_batches(self, batches: Iterable[list[RawInput]]) -> Iterator[BatchResult]:
        self._pending = pending = deque()
        for raws in batches:
            pending.append((raws, self._ensure_pool().submit(_work, raws)))
            while len(pending) >= self.max_in_flight:
                yield self._result(*pending.popleft())
        while pending:
            yield self._result(*pending.popleft())

    def _result(self, raws: list[RawInput], future: Future) -> BatchResult:
        try:
            result = future.result()
            result.raws = raws
            return result
        except BrokenProcessPool as exc:  # a worker died (out of memory, crash): restart the pool
            self.close()
            return failed_batch(raws, exc, "pool")
        except Exception as exc:
            return failed_batch(raws, exc, "pool")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
