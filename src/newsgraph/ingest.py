"""Read inputs, run the pipeline and store the records: the library side of `newsgraph ingest`.

The parent process is the only database writer. Inputs already read in an earlier run (same raw
bytes) are skipped before the pipeline runs; each batch of results is written in one
transaction, and the file is released between batches so readers can open it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsgraph.errors import InputError
from newsgraph.executors import BatchResult, make_executor
from newsgraph.kb import KnowledgeBase, merge_events
from newsgraph.pipeline import Pipeline
from newsgraph.readers import RawInput, iter_inputs
from newsgraph.records import Failure, Record, Status
from newsgraph.stages.base import StageStats
from newsgraph.store import Store
from newsgraph.store.connect import WRITER_PAUSE, WriterLock, writer_hold
from newsgraph.store.duckdb import raw_hash


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    already_stored: int = 0
    not_articles: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    merged_events: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    stats: StageStats = field(default_factory=StageStats)
    peak_rss_mb: dict[str, float] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


class StoreWriter:
    """Writes pipeline results, read failures and seen inputs into the store, batch by batch."""

    def __init__(self, store: Store, summary: IngestSummary, use_kb: bool = True):
        self.store = store
        self.summary = summary
        self.kb = KnowledgeBase() if use_kb else None
        self._known: set[str] | None = None  # raw hashes stored; this process is the only writer

    def new_inputs(self, raws: list[RawInput]) -> list[tuple[RawInput, str]]:
        """Drop inputs stored by an earlier run or met earlier in this one."""
        hashed = [(raw, raw_hash(raw.data)) for raw in raws]
        fresh = set(self.new_hashes([h for _, h in hashed]))
        chosen = []
        for raw, h in hashed:
            if h in fresh:
                fresh.discard(h)  # a byte-identical copy later in the batch is already counted as stored
                chosen.append((raw, h))
        return chosen

    def new_hashes(self, hashes: list[str]) -> list[str]:
        if self._known is None:
            self._known = self.store.all_sources()
            self.store.release()
        fresh = []
        for h in hashes:
            if h in self._known:
                self.summary.already_stored += 1
            else:
                self._known.add(h)
                fresh.append(h)
        return fresh

    def pause_for_readers(self) -> None:
        if self.store.release_if_held(writer_hold()):
            time.sleep(WRITER_PAUSE)

    def record_failures(self, result: BatchResult) -> None:
        """Failures of a batch that is not stored (its worker died): kept in the failures table only."""
        for record in result.records:
            self.summary.read += 1
            for failure in record.failures:
                self._fail(failure, None)

    def read_failure(self, error: InputError) -> None:
        self._fail(Failure(source=error.source, stage="read", reason=error.reason, message=error.message), None)
        self.store.release()

    def write(
        self, result: BatchResult, hashes: list[str], extra_rows: dict | None = None, more_ready: bool = True
    ) -> None:
        """Store one batch; the file is released when no further result waits (readers get in
        while the pipeline works) or after NEWSGRAPH_WRITER_HOLD seconds of back-to-back writes."""
        stored, stored_hashes, seen_only = [], [], []
        for record, h in zip(result.records, hashes, strict=True):
            self.summary.read += 1
            if record.status == Status.UNREADABLE:
                failure = record.failures[0] if record.failures else None
                failure = failure or Failure(
                    source=record.article.source, stage="page", reason="unreadable", message=record.reason or "?"
                )
                self._fail(failure, None if result.retryable else h)
                continue
            self._count(record)
            if record.article.id and record.article.body:
                stored.append(record)
                stored_hashes.append(h)
            else:
                seen_only.append((record, h))
        added = self.store.add_batch(stored, stored_hashes, hook=self.kb, seen_only=seen_only, extra_rows=extra_rows)
        self.summary.stored += sum(added)
        self.summary.duplicates += len(added) - sum(added)
        self.summary.stats = self.summary.stats + result.stats
        self.summary.peak_rss_mb[result.worker] = max(
            self.summary.peak_rss_mb.get(result.worker, 0), result.peak_rss_mb
        )
        if more_ready:
            self.pause_for_readers()
        else:
            self.store.release()

    def finish(self) -> None:
        self.summary.merged_events = merge_events(self.store.conn)
        self.store.release()

    def _count(self, record: Record) -> None:
        if record.status == Status.NO_ARTICLE:
            self.summary.not_articles += 1
        elif record.status == Status.SKIPPED:
            self.summary.skipped += 1
        self.summary.words += len(record.article.body.split())
        if record.failures:
            self.summary.failures.extend(record.failures)
            self.summary.failed += 1

    def _fail(self, failure: Failure, source_hash: str | None) -> None:
        self.store.add_failure(failure, source_hash=source_hash)
        self.summary.failures.append(failure)
        self.summary.failed += 1


def ingest(
    paths: Iterable[str],
    store: Store,
    pipeline: Pipeline | None = None,
    on_item: Callable[[str], None] | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Store every article under ``paths``; a bad input is recorded as a failure and the rest goes on."""
    pipeline = pipeline or Pipeline()
    summary = IngestSummary()
    started = time.perf_counter()
    writer = StoreWriter(store, summary)
    lock = WriterLock(store.path)
    lock.acquire()
    try:
        pending: deque[list[str]] = deque()  # raw hashes per batch; executors yield in submission order
        batches = _remember(fresh_batches(paths, pipeline, writer, on_item), pending)
        with make_executor(pipeline, workers) as executor:
            for result in executor.map_batches(batches):
                writer.write(result, pending.popleft(), more_ready=executor.result_ready())
                if on_item:
                    for raw in result.raws:
                        on_item(raw.source)
        writer.finish()
    finally:
        store.release()
        lock.release()
    summary.seconds = time.perf_counter() - started
    return summary


def _remember(batches: Iterable[tuple[list[RawInput], list[str]]], pending: deque) -> Iterator[list[RawInput]]:
    for raws, hashes in batches:
        pending.append(hashes)
        yield raws


def fresh_batches(
    paths: Iterable[str],
    pipeline: Pipeline,
    writer: StoreWriter,
    on_item: Callable[[str], None] | None = None,
) -> Iterator[tuple[list[RawInput], list[str]]]:
    """Batches of inputs not stored yet, with their raw hashes; read errors are written on the way."""
    size = pipeline.settings.batch_size
    batch: list[RawInput] = []

    def fresh() -> Iterator[tuple[list[RawInput], list[str]]]:
        chosen = writer.new_inputs(batch)
        if on_item and len(chosen) < len(batch):
            fresh_ids = {id(raw) for raw, _ in chosen}
            for raw in batch:
                if id(raw) not in fresh_ids:
                    on_item(raw.source)
        batch.clear()
        if chosen:
            yield [raw for raw, _ in chosen], [h for _, h in chosen]

    for item in iter_inputs(paths, pipeline.settings):
        if isinstance(item, InputError):
            writer.read_failure(item)
            if on_item:
                on_item(item.source)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield from fresh()
    if batch:
        yield from fresh()
