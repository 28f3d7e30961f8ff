"""Read inputs, run the pipeline and store the records: the library side of `newsgraph ingest`."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsgraph.errors import InputError
from newsgraph.pipeline import Pipeline
from newsgraph.readers import RawInput, iter_inputs
from newsgraph.records import Failure, Record, Status
from newsgraph.store import Store


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    not_articles: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def ingest(
    paths: Iterable[str],
    store: Store,
    pipeline: Pipeline | None = None,
    on_item: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Store every article under ``paths``; a bad input is recorded as a failure and the rest goes on."""
    pipeline = pipeline or Pipeline()
    summary = IngestSummary()
    started = time.perf_counter()
    batch: list[RawInput] = []

    def flush() -> None:
        for record in pipeline.run_batch(batch):
            _store_record(record, store, summary)
            if on_item:
                on_item(record.article.source)
        batch.clear()

    for item in iter_inputs(paths, pipeline.settings):
        if isinstance(item, InputError):
            failure = Failure(source=item.source, stage="read", reason=item.reason, message=item.message)
            store.add_failure(failure)
            summary.failures.append(failure)
            summary.failed += 1
            if on_item:
                on_item(item.source)
            continue
        batch.append(item)
        if len(batch) >= pipeline.settings.batch_size:
            flush()
    if batch:
        flush()
    summary.seconds = time.perf_counter() - started
    return summary


def _store_record(record: Record, store: Store, summary: IngestSummary) -> None:
    summary.read += 1
    if record.status == Status.UNREADABLE:
        failure = Failure(
            source=record.article.source,
            stage="page",
            reason="unreadable",
            message=record.reason or "unreadable input",
        )
        store.add_failure(failure)
        summary.failures.append(failure)
        summary.failed += 1
        return
    if record.status == Status.NO_ARTICLE:
        summary.not_articles += 1
    elif record.status == Status.SKIPPED:
        summary.skipped += 1
    if record.failures:
        summary.failures.extend(record.failures)
        summary.failed += 1
    if record.article.id and store.add(record):
        summary.stored += 1
    elif record.article.id:
        summary.duplicates += 1
