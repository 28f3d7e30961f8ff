"""A local process pool: each worker builds the pipeline once (spaCy loaded once per worker)
and runs whole batches through ``nlp.pipe``; the parent stays the single database writer.

A watchdog guards the batch: when one runs past its time limit, or its worker dies, the pool is
replaced, the other batches are resubmitted, and that batch is rerun one input at a time, so only
the input that hangs or crashes is recorded as failed (and not retried by the next run).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from newsgraph.executors.base import BatchResult, Executor, failed_batch, run_batch
from newsgraph.pipeline import Pipeline
from newsgraph.readers import RawInput
from newsgraph.records import Article, Failure, Record, Status
from newsgraph.stages.base import StageStats

_WORKER_PIPELINE: Pipeline | None = None


def item_timeout() -> float:
    """Seconds one input may take in a worker; a batch gets this per input, at least 5 minutes."""
    return float(os.environ.get("NEWSGRAPH_ITEM_TIMEOUT", "300"))


def _die_with_parent() -> None:
    """Linux: a worker is killed when the parent dies, so a killed ingest leaves no orphans."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER_PIPELINE
    _die_with_parent()
    _WORKER_PIPELINE = pipeline
    pipeline.setup()


def _ready(_: int) -> int:
    import time

    time.sleep(0.2)  # busy, so the other workers take the other start-up tasks
    return os.getpid()


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
            self._wait_until_started(self._pool)
        return self._pool

    def _wait_until_started(self, pool: ProcessPoolExecutor) -> None:
        """Every worker has loaded its models before any time limit starts counting."""
        started: set[int] = set()
        while len(started) < self.workers:
            started.update(pool.map(_ready, range(self.workers)))

    def result_ready(self) -> bool:
        return bool(self._pending) and self._pending[0][1].done()

    def map_batches(self, batches: Iterable[list[RawInput]]) -> Iterator[BatchResult]:
        for raws in batches:
            self._pending.append((raws, self._ensure_pool().submit(_work, raws)))
            while len(self._pending) >= self.max_in_flight:
                yield self._result(*self._pending.popleft())
        while self._pending:
            yield self._result(*self._pending.popleft())

    def _result(self, raws: list[RawInput], future: Future) -> BatchResult:
        limit = max(item_timeout(), item_timeout() * len(raws) / 4)
        try:
            result = future.result(timeout=limit)
        except (FutureTimeout, BrokenProcessPool) as exc:
            self._restart()
            if len(raws) == 1:
                return _lost(raws, exc)
            return self._one_by_one(raws)
        except Exception as exc:  # e.g. a result that cannot be pickled: retried by the next run
            return failed_batch(raws, exc, "pool")
        result.raws = raws
        return result

    def _one_by_one(self, raws: list[RawInput]) -> BatchResult:
        parts = []
        for raw in raws:
            future = self._ensure_pool().submit(_work, [raw])
            try:
                part = future.result(timeout=item_timeout())
            except (FutureTimeout, BrokenProcessPool) as exc:
                self._restart()
                part = _lost([raw], exc)
            parts.append(part)
        stats = StageStats()
        for part in parts:
            stats = stats + part.stats
        worker = parts[0].worker
        rss = max(p.peak_rss_mb for p in parts)
        return BatchResult(raws, [r for p in parts for r in p.records], stats, worker, rss)

    def _restart(self) -> None:
        """Kill the workers (one may be stuck) and resubmit the batches that were waiting."""
        self._kill()
        waiting = [raws for raws, _ in self._pending]
        self._pending.clear()
        for raws in waiting:
            self._pending.append((raws, self._ensure_pool().submit(_work, raws)))

    def _kill(self) -> None:
        if self._pool is None:
            return
        for process in list(getattr(self._pool, "_processes", {}).values()):
            process.kill()  # a stuck worker ignores shutdown
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _lost(raws: list[RawInput], exc: BaseException) -> BatchResult:
    """An input that hung or crashed its worker: recorded as failed, not retried by the next run."""
    reason = "timeout" if isinstance(exc, FutureTimeout) else "worker_crashed"
    message = (
        f"no result within {item_timeout():.0f}s (NEWSGRAPH_ITEM_TIMEOUT)"
        if reason == "timeout"
        else f"the worker process died: {exc}"
    )
    records = []
    for raw in raws:
        record = Record(article=Article(source=raw.source, url=raw.url), status=Status.UNREADABLE, reason=message)
        record.failures.append(Failure(source=raw.source, stage="pipeline", reason=reason, message=message))
        records.append(record)
    return BatchResult(raws, records, StageStats(), "pool")
