"""The executor interface and the in-process executor."""

from __future__ import annotations

import resource
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from newsgraph.pipeline import Pipeline
from newsgraph.readers import RawInput
from newsgraph.records import Article, Failure, Record, Status
from newsgraph.stages.base import StageStats


@dataclass
class BatchResult:
    raws: list[RawInput]
    records: list[Record]
    stats: StageStats = field(default_factory=StageStats)
    worker: str = "main"
    peak_rss_mb: float = 0.0
    retryable: bool = False  # the inputs were not read to the end (worker died): not remembered as seen


class Executor:
    """Runs batches; ``workers`` is how many run at once."""

    workers = 1

    def map_batches(self, batches: Iterable[list[RawInput]]) -> Iterator[BatchResult]:
        raise NotImplementedError

    def result_ready(self) -> bool:
        """Whether the next result is already waiting (the writer then keeps the database open)."""
        return False

    def close(self) -> None:
        """Release workers."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class InlineExecutor(Executor):
    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline

    def map_batches(self, batches: Iterable[list[RawInput]]) -> Iterator[BatchResult]:
        for raws in batches:
            yield run_batch(self.pipeline, raws, "main")


def run_batch(pipeline: Pipeline, raws: list[RawInput], worker: str) -> BatchResult:
    """Run one batch, returning only this batch's share of the stage timings."""
    before = StageStats(dict(pipeline.stats.seconds), pipeline.stats.items, pipeline.stats.failures)
    records = pipeline.run_batch(raws)
    after = pipeline.stats
    delta = StageStats(
        {k: v - before.seconds.get(k, 0.0) for k, v in after.seconds.items()},
        after.items - before.items,
        after.failures - before.failures,
    )
    return BatchResult(raws, records, delta, worker, peak_rss_mb())


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports kB


def failed_batch(raws: list[RawInput], exc: BaseException, worker: str) -> BatchResult:
    """A batch whose worker died: every input comes back as a failure (and is retried next run)."""
    records = []
    for raw in raws:
        record = Record(article=Article(source=raw.source, url=raw.url), status=Status.UNREADABLE)
        record.reason = f"worker failed: {type(exc).__name__}: {str(exc)[:300]}"
        record.failures.append(
            Failure(source=raw.source, stage="pipeline", reason="worker_failed", message=record.reason)
        )
        records.append(record)
    return BatchResult(raws, records, StageStats(), worker, retryable=True)


def make_executor(pipeline: Pipeline, workers: int = 1) -> Executor:
    if workers <= 1:
        return InlineExecutor(pipeline)
    from newsgraph.executors.pool import PoolExecutor

    return PoolExecutor(pipeline, workers)
